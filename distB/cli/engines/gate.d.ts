import { type Diagnostic } from '../../diagnostics/index.js';
import type { RuntimeContract } from '../../runtime/contract.js';
import type { DataFile } from '../../runtime/files.js';
/** One diagnostic per clause the SQL engine does not cover, on its line of `text`. */
export declare function sqlGate(contract: RuntimeContract, text: string): Diagnostic[];
/** A data file of the command line: as the JavaScript engine reads them, or Parquet (read by DuckDB). */
export type InputFile = DataFile | (Omit<DataFile, 'format'> & {
    format: 'parquet';
});
export type EngineName = 'js' | 'duckdb';
/** A clock the SQL tables cannot answer (where the JavaScript engine's calendars throw a RangeError). */
export declare class SqlRangeError extends Error {
}
/** DuckDB ran out of what the user gives it (memory, disk for what it spills): the user's to raise, not a bug. */
export declare class SqlResourceError extends Error {
}
/** DuckDB ran out of its memory limit (`SLAC_DUCKDB_MEMORY_LIMIT`). */
export declare class SqlMemoryError extends SqlResourceError {
    readonly limit: string;
    constructor(limit: string);
}
/** The disk under DuckDB's temporary folder is full (what exceeds the memory limit goes there). */
export declare class SqlDiskError extends SqlResourceError {
    readonly limit: string;
    readonly folder: string;
    constructor(limit: string, folder: string);
}
/** DuckDB's error as what the user can act on: out of memory (SqlMemoryError), out of disk for what it spills (SqlDiskError); others unchanged. */
export declare function duckDbError(error: unknown, limit: string, folder: string): unknown;
