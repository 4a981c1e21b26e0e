import type { Dialect, SqlValue } from '../../compiler/emit/sql/dialect.js';
import type { RtTier, RuntimeContract } from '../../runtime/contract.js';
import type { ParsedTicket } from '../../runtime/data/validate.js';
import type { Evaluation } from '../../runtime/evaluate/engine.js';
import type { RecordRef, Report } from '../../runtime/evaluate/report.js';
export type Row = Record<string, number | string | boolean | null>;
/** A database the SQL engine runs on: DuckDB (cli/engines/duckdb.ts), or PGlite in the tests. */
export interface SqlDatabase {
    dialect: Dialect;
    exec(sql: string): Promise<void>;
    rows(sql: string): Promise<Row[]>;
    /** The rows of a query a chunk at a time (the tickets' results: memory stays bounded). */
    stream(sql: string): AsyncIterable<Row>;
    /** Opens the input tables for `append` (after they exist). */
    beginAppend(tables: readonly string[]): Promise<void>;
    /** One row into an input table, synchronously (the records arrive from a synchronous callback). */
    append(table: string, row: readonly SqlValue[]): void;
    /** Everything appended is in the tables. */
    endAppend(): Promise<void>;
}
export declare class SqlTickets {
    private readonly db;
    private readonly batch;
    private readonly files;
    private readonly fileIndex;
    private constructor();
    /**
     * Creates the contract's tables and the input tables (the views' tables follow the data, in
     * `finish`); the ticket steps run in batches of `batch` tickets (batches.ts).
     */
    static open(db: SqlDatabase, contract: RuntimeContract, batch?: number): Promise<SqlTickets>;
    /** The number of a file in `source_file` (numbered as first seen). */
    fileNumber(path: string | null): number;
    /** The Evaluation's `ticketSink`: an accepted ticket into the input tables. */
    readonly sink: (t: ParsedTicket, tier: RtTier, ref: RecordRef, seq: number) => void;
    /** Runs the views and hands every ticket's result to the evaluation, then finishes it. */
    finish(ev: Evaluation, engine: NonNullable<Report['engine']>, loaded?: () => Promise<void>): Promise<Report>;
    private clock;
    /** Where a ticket was read, from its row's `id`, `source_file`, `source_line` and `source_index`. */
    readonly source: (r: Row) => RecordRef;
    /** Rows of a query ordered by ticket, per ticket. */
    private grouped;
}
