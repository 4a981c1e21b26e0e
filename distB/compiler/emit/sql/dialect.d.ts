/**
 * The SQL dialects slac emits, and the only place that writes names and values into SQL.
 *
 * API (for the other files of compiler/emit/sql):
 *  - `type Dialect = 'duckdb' | 'postgres'`
 *  - `ident(name)`            a quoted identifier: "x", with `"` doubled; any text is safe
 *  - `text(value)`            a string literal: 'x', with `'` doubled; any text is safe
 *  - `int(value)`             an integer literal; throws unless a safe integer
 *  - `floorDiv(d, a, b)`      ⌊a / b⌋ as BIGINT for integer SQL expressions a and b > 0
 *  - `literalTable(d, table, columns, rows)`  DROP + CREATE TABLE + INSERT … VALUES of escaped rows
 *  - `addMonthsToDay(d, day, months)`        a local date (days since 1970-01-01) plus whole months, the
 *                                             day clamped to the month's end (runtime addMonthsToDate)
 *  - `unionView(d, view, columns, parts)`     DROP + CREATE VIEW of the parts' UNION ALL (typed empty without parts)
 *
 * Both dialects run with standard conforming strings (Postgres' default since 9.1, DuckDB always):
 * a backslash in '…' is an ordinary character, so doubling the quote is the whole escape. NUL is
 * the one character Postgres cannot store in text; it is refused rather than dropped.
 */
export type Dialect = 'duckdb' | 'postgres';
export declare const DIALECTS: readonly Dialect[];
/** A quoted identifier; the name is kept exactly (case included). */
export declare function ident(name: string): string;
/** A string literal. */
export declare function text(value: string): string;
/** An integer literal (epoch ms, durations, counts). */
export declare function int(value: number): string;
/** ⌊a / b⌋ for BIGINT expressions (b > 0), also for negative a; both dialects truncate `/` otherwise. */
export declare function floorDiv(d: Dialect, a: string, b: string): string;
/** Whole months added to a day number, clamped to the month's end as both engines' date + interval do. */
export declare function addMonthsToDay(d: Dialect, day: string, months: number): string;
export type SqlType = 'BIGINT' | 'INTEGER' | 'TEXT' | 'BOOLEAN' | 'DOUBLE';
export interface Column {
    name: string;
    type: SqlType;
}
export type SqlValue = string | number | boolean | null;
/** Columns written `name TYPE, …`. */
export declare const columns: (spec: string) => Column[];
/**
 * A table holding literal rows: `DROP TABLE IF EXISTS`, `CREATE TABLE`, then INSERTs of at most
 * 1000 rows. Every value goes through `text`/`int`, every name through `ident`. Statements end
 * with `;\n`.
 */
export declare function literalTable(d: Dialect, table: string, columns: readonly Column[], rows: readonly (readonly SqlValue[])[]): string;
/**
 * A view over the UNION ALL of `parts` (SELECTs with `columns`, in order); without parts, a view
 * with those columns and no rows, so queries on it still work.
 */
export declare function unionView(d: Dialect, view: string, columns: readonly Column[], parts: readonly string[]): string;
