/**
 * `slac evaluate --engine duckdb`: DuckDB reads the ticket files and checks the clean records
 * itself (native-read.ts; the others, and files it cannot read exactly, are read and checked as
 * with the JavaScript engine: the same problems, with file, line and field), the accepted tickets
 * are evaluated by the SQL views in embedded DuckDB, and the report is the JavaScript engine's
 * apart from `engine`.
 */
import type { RuntimeContract } from '../../runtime/contract.js';
import { Evaluation, type EvaluateOptions } from '../../runtime/evaluate/engine.js';
import type { Report } from '../../runtime/evaluate/report.js';
import type { ReadOptions } from '../../runtime/data/read.js';
import type { InputFile } from './gate.js';
import { type SqlDatabase, SqlTickets } from './sql-tickets.js';
/**
 * Evaluates with a SQL database: `read` feeds the records to the evaluation it is given; `loaded`
 * runs once the appended records are in the input tables, before the views; the ticket steps run
 * in batches of `batch` tickets (batches.ts).
 */
export declare function evaluateInSql(db: SqlDatabase, engine: NonNullable<Report['engine']>, contract: RuntimeContract, options: EvaluateOptions, read: (ev: Evaluation, tickets: SqlTickets) => Promise<void>, loaded?: () => Promise<void>, batch?: number): Promise<Report>;
/** How slac runs DuckDB: its memory limit and threads, and the tickets per batch of the ticket steps. */
export interface DuckDbSettings {
    memoryLimit?: string;
    threads?: number;
    batchTickets?: number;
}
/**
 * DuckDB's memory limit, threads and batches from SLAC_DUCKDB_MEMORY_LIMIT (`2GB`; default 1 GB),
 * SLAC_DUCKDB_THREADS (default one per core) and SLAC_DUCKDB_BATCH_TICKETS (default 1,000,000),
 * for the command line.
 */
export declare function duckDbSettings(env: NodeJS.ProcessEnv): DuckDbSettings;
/** The same in embedded DuckDB, reading the files in order. */
export declare function evaluateInDuckDb(contract: RuntimeContract, options: EvaluateOptions, files: readonly InputFile[], readOptions: ReadOptions, db?: DuckDbSettings): Promise<Report>;
