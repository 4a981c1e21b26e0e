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

/** DuckDB ran out of its memory limit (`SLAC_DUCKDB_MEMORY_LIMIT`): the user's to raise, not a bug. */
export class SqlMemoryError extends Error {
  constructor(readonly limit: string) {
    super(
      `DuckDB ran out of its memory limit of ${limit}: set SLAC_DUCKDB_MEMORY_LIMIT higher (e.g. SLAC_DUCKDB_MEMORY_LIMIT=4GB), SLAC_DUCKDB_THREADS=1 (each thread holds memory of its own), or fewer tickets per batch (e.g. SLAC_DUCKDB_BATCH_TICKETS=250000)`,
    );
  }
}
