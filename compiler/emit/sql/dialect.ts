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
 *  - `emptySelect(d, columns)`  a typed SELECT of no rows
 *  - `unionView(d, view, columns, parts, kind)`  DROP + CREATE VIEW (or TABLE) of the parts' UNION ALL (typed empty without parts)
 *  - `TableRows`              a table's rows as values, for an appender instead of literal INSERTs
 *
 * Both dialects run with standard conforming strings (Postgres' default since 9.1, DuckDB always):
 * a backslash in '…' is an ordinary character, so doubling the quote is the whole escape. NUL is
 * the one character Postgres cannot store in text; it is refused rather than dropped.
 */

export type Dialect = 'duckdb' | 'postgres';

export const DIALECTS: readonly Dialect[] = ['duckdb', 'postgres'];

function refuseNul(s: string, what: string): void {
  if (s.includes('\u0000')) throw new RangeError(`a ${what} cannot contain the NUL character (U+0000): ${JSON.stringify(s)}`);
}

/** A quoted identifier; the name is kept exactly (case included). */
export function ident(name: string): string {
  refuseNul(name, 'SQL name');
  if (name.length === 0) throw new RangeError('a SQL name cannot be empty');
  return `"${name.replaceAll('"', '""')}"`;
}

/** A string literal. */
export function text(value: string): string {
  refuseNul(value, 'SQL text');
  return `'${value.replaceAll("'", "''")}'`;
}

/** An integer literal (epoch ms, durations, counts). */
export function int(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer SQL value: ${value}`);
  return String(value);
}

/** ⌊a / b⌋ for BIGINT expressions (b > 0), also for negative a; both dialects truncate `/` otherwise. */
export function floorDiv(d: Dialect, a: string, b: string): string {
  // Integer division truncates toward zero in both (DuckDB's `/` would be floating point, hence //).
  const q = d === 'duckdb' ? `((${a}) // (${b}))` : `((${a}) / (${b}))`;
  return `(${q} - CASE WHEN (${a}) % (${b}) < 0 THEN 1 ELSE 0 END)`;
}

/** Whole months added to a day number, clamped to the month's end as both engines' date + interval do. */
export function addMonthsToDay(d: Dialect, day: string, months: number): string {
  const date = `(DATE '1970-01-01' + CAST(${day} AS INTEGER))`;
  return d === 'duckdb'
    ? `date_diff('day', DATE '1970-01-01', CAST(${date} + INTERVAL (${int(months)}) MONTH AS DATE))`
    : `(CAST(${date} + INTERVAL '${int(months)} months' AS DATE) - DATE '1970-01-01')`;
}

export type SqlType = 'BIGINT' | 'INTEGER' | 'TEXT' | 'BOOLEAN' | 'DOUBLE';

export interface Column {
  name: string;
  type: SqlType;
}

export type SqlValue = string | number | boolean | null;

/** A table's rows as values, for a database's appender instead of literal SQL. */
export interface TableRows {
  table: string;
  columns: readonly Column[];
  rows: readonly (readonly SqlValue[])[];
}

/** Columns written `name TYPE, …`. */
export const columns = (spec: string): Column[] =>
  spec.split(', ').map((c) => {
    const [name, type] = c.split(' ') as [string, SqlType];
    return { name, type };
  });

function typeName(d: Dialect, t: SqlType): string {
  if (t === 'DOUBLE') return d === 'postgres' ? 'DOUBLE PRECISION' : 'DOUBLE';
  return t;
}

function value(v: SqlValue, c: Column): string {
  if (v === null) return 'NULL';
  if (c.type === 'TEXT') {
    if (typeof v !== 'string') throw new TypeError(`column ${c.name}: expected text, got ${typeof v}`);
    return text(v);
  }
  if (c.type === 'BOOLEAN') {
    if (typeof v !== 'boolean') throw new TypeError(`column ${c.name}: expected a boolean, got ${typeof v}`);
    return v ? 'TRUE' : 'FALSE';
  }
  if (typeof v !== 'number') throw new TypeError(`column ${c.name}: expected a number, got ${typeof v}`);
  if (c.type === 'DOUBLE') {
    if (!Number.isFinite(v)) throw new RangeError(`column ${c.name}: not a finite number: ${v}`);
    return String(v);
  }
  return int(v);
}

/** Rows per INSERT statement: keeps each statement small for parsers and for psql. */
const BATCH = 1000;

/**
 * A table holding literal rows: `DROP TABLE IF EXISTS`, `CREATE TABLE`, then INSERTs of at most
 * 1000 rows. Every value goes through `text`/`int`, every name through `ident`. Statements end
 * with `;\n`.
 */
export function literalTable(d: Dialect, table: string, columns: readonly Column[], rows: readonly (readonly SqlValue[])[]): string {
  const name = ident(table);
  const cols = columns.map((c) => `${ident(c.name)} ${typeName(d, c.type)}`).join(', ');
  let out = `DROP TABLE IF EXISTS ${name};\nCREATE TABLE ${name} (${cols});\n`;
  for (let i = 0; i < rows.length; i += BATCH) {
    const values = rows.slice(i, i + BATCH).map((r) => {
      if (r.length !== columns.length) throw new RangeError(`table ${table}: a row has ${r.length} values for ${columns.length} columns`);
      return `(${r.map((v, k) => value(v, columns[k]!)).join(', ')})`;
    });
    out += `INSERT INTO ${name} VALUES\n${values.join(',\n')};\n`;
  }
  return out;
}

/** A SELECT of no rows with `columns`, typed. */
export function emptySelect(d: Dialect, columns: readonly Column[]): string {
  return `SELECT ${columns.map((c) => `CAST(NULL AS ${typeName(d, c.type)}) AS ${ident(c.name)}`).join(', ')} WHERE FALSE`;
}

/**
 * A view over the UNION ALL of `parts` (SELECTs with `columns`, in order); without parts, a view
 * with those columns and no rows, so queries on it still work.
 */
export function unionView(
  d: Dialect,
  view: string,
  columns: readonly Column[],
  parts: readonly string[],
  kind: 'VIEW' | 'TABLE' = 'VIEW',
): string {
  const name = ident(view);
  return `DROP ${kind} IF EXISTS ${name};\nCREATE ${kind} ${name} AS\n${parts.length > 0 ? parts.join('\nUNION ALL\n') : emptySelect(d, columns)};\n`;
}
