/** Embedded DuckDB (`@duckdb/node-api`) as the SQL engine's database: appenders load the input tables. */
import { type DuckDBValue } from '@duckdb/node-api';
import type { SqlValue } from '../../compiler/emit/sql/dialect.js';
import type { Row, SqlDatabase } from './sql-tickets.js';
export declare class DuckDb implements SqlDatabase {
    private readonly instance;
    private readonly c;
    private readonly spill;
    private readonly memoryLimit;
    readonly dialect: "duckdb";
    private readonly appenders;
    private constructor();
    /** DuckDB's out-of-memory and out-of-disk errors as the user's to act on (gate.ts duckDbError). */
    private failed;
    /**
     * An in-memory database whose pages beyond `memoryLimit` spill to a temporary folder (removed by
     * `close`), so memory stays within the limit. In memory rather than a database file: the file's
     * writes (compressed blocks, checkpoints) cost a fifth of the time of the views' tables.
     * `threads`: DuckDB's default is one per core. The allocator's background threads return freed
     * memory to the system off the query threads: without them a fifth of the CPU time went to the
     * kernel (page faults), and 1,000,000 tickets took 10 to 15% longer (docs/sql-engine.md).
     */
    static open(options?: {
        memoryLimit?: string;
        threads?: number;
    }): Promise<DuckDb>;
    exec(sql: string): Promise<void>;
    rows(sql: string): Promise<Row[]>;
    stream(sql: string): AsyncGenerator<Row>;
    /**
     * The rows of a query as value arrays, chunk by chunk (memory stays bounded however many rows),
     * on a connection of its own: the appenders flush on the main one, and any statement there would
     * end a streaming result early (Parquet files were cut off after the first flush).
     */
    rowsApart(sql: string): AsyncGenerator<DuckDBValue[]>;
    /** The values of a one-column query, as `rowsApart`. */
    column(sql: string): AsyncGenerator<DuckDBValue>;
    beginAppend(tables: readonly string[]): Promise<void>;
    append(table: string, row: readonly SqlValue[]): void;
    endAppend(): Promise<void>;
    close(): void;
}
