/**
 * The SQL engine's refusals, checked before DuckDB is loaded: a contract clause it does not
 * evaluate (`sql-unsupported` on the clause's line).
 */
import { LineIndex, splitLines } from '../../diagnostics/lines.js';
import { type Diagnostic, diagnostic } from '../../diagnostics/index.js';
import { uncoveredFeatures, uncoveredMessage } from '../../compiler/emit/sql/coverage.js';
import type { RuntimeContract } from '../../runtime/contract.js';
import type { DataFile } from '../../runtime/files.js';

/** One diagnostic per clause the SQL engine does not cover, on its line of `text`. */
export function sqlGate(contract: RuntimeContract, text: string): Diagnostic[] {
  const lines = splitLines(text);
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; i++) {
    starts.push(at);
    at += lines[i]!.length;
    at += text.startsWith('\r\n', at) ? 2 : 1;
  }
  const index = new LineIndex(text);
  return uncoveredFeatures(contract).map((u) => {
    const line = Math.min(Math.max(u.line, 1), lines.length);
    const content = lines[line - 1]!;
    const indent = content.length - content.trimStart().length;
    const start = index.position(starts[line - 1]! + indent);
    const end = index.position(starts[line - 1]! + content.length);
    return diagnostic('sql-unsupported', { start, end }, uncoveredMessage(u));
  });
}

/** A data file of the command line: as the JavaScript engine reads them, or Parquet (read by DuckDB). */
export type InputFile = DataFile | (Omit<DataFile, 'format'> & { format: 'parquet' });

export type EngineName = 'js' | 'duckdb';

/** A clock the SQL tables cannot answer (where the JavaScript engine's calendars throw a RangeError). */
export class SqlRangeError extends Error {}

/** DuckDB ran out of what the user gives it (memory, disk for what it spills): the user's to raise, not a bug. */
export class SqlResourceError extends Error {}

/** A data file DuckDB cannot read as Parquet (not Parquet, cut short, a damaged page): the user's file, not a bug. */
export class SqlFileError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** A streaming result of DuckDB that ended before its last row (duckdb.ts `ended`). */
export class SqlStreamError extends Error {
  constructor(
    readonly rows: number,
    readonly expected: number,
  ) {
    super(`DuckDB's result ended after ${rows} of its ${expected} rows: the query failed on the way`);
  }
}

/** DuckDB ran out of its memory limit (`SLAC_DUCKDB_MEMORY_LIMIT`). */
export class SqlMemoryError extends SqlResourceError {
  constructor(readonly limit: string) {
    super(
      `DuckDB ran out of its memory limit of ${limit}: set SLAC_DUCKDB_MEMORY_LIMIT higher (e.g. SLAC_DUCKDB_MEMORY_LIMIT=4GB), SLAC_DUCKDB_THREADS=1 (each thread holds memory of its own), or fewer tickets per batch (e.g. SLAC_DUCKDB_BATCH_TICKETS=250000)`,
    );
  }
}

/** The disk under DuckDB's temporary folder is full (what exceeds the memory limit goes there). */
export class SqlDiskError extends SqlResourceError {
  constructor(
    readonly limit: string,
    readonly folder: string,
  ) {
    super(
      `the disk under DuckDB's temporary folder ${folder} is full (DuckDB writes there what exceeds its memory limit of ${limit}; docs/sql-engine.md, "100,000,000 tickets", says how much): set TMPDIR to a folder on a disk with more room, or SLAC_DUCKDB_MEMORY_LIMIT higher`,
    );
  }
}

/** DuckDB's error as what the user can act on: out of memory (SqlMemoryError), out of disk for what it spills (SqlDiskError); others unchanged. */
export function duckDbError(error: unknown, limit: string, folder: string): unknown {
  if (!(error instanceof Error)) return error;
  if (error.message.startsWith('Out of Memory Error')) return new SqlMemoryError(limit);
  if (error.message.startsWith('IO Error') && error.message.includes('No space left on device')) return new SqlDiskError(limit, folder);
  return error;
}
