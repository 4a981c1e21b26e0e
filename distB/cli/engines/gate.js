/**
 * The SQL engine's refusals, checked before DuckDB is loaded: a contract clause it does not
 * evaluate (`sql-unsupported` on the clause's line).
 */
import { LineIndex, splitLines } from '../../diagnostics/lines.js';
import { diagnostic } from '../../diagnostics/index.js';
import { uncoveredFeatures, uncoveredMessage } from '../../compiler/emit/sql/coverage.js';
/** One diagnostic per clause the SQL engine does not cover, on its line of `text`. */
export function sqlGate(contract, text) {
    const lines = splitLines(text);
    const starts = [];
    for (let i = 0, at = 0; i < lines.length; i++) {
        starts.push(at);
        at += lines[i].length;
        at += text.startsWith('\r\n', at) ? 2 : 1;
    }
    const index = new LineIndex(text);
    return uncoveredFeatures(contract).map((u) => {
        const line = Math.min(Math.max(u.line, 1), lines.length);
        const content = lines[line - 1];
        const indent = content.length - content.trimStart().length;
        const start = index.position(starts[line - 1] + indent);
        const end = index.position(starts[line - 1] + content.length);
        return diagnostic('sql-unsupported', { start, end }, uncoveredMessage(u));
    });
}
/** A clock the SQL tables cannot answer (where the JavaScript engine's calendars throw a RangeError). */
export class SqlRangeError extends Error {
}
/** DuckDB ran out of what the user gives it (memory, disk for what it spills): the user's to raise, not a bug. */
export class SqlResourceError extends Error {
}
/** DuckDB ran out of its memory limit (`SLAC_DUCKDB_MEMORY_LIMIT`). */
export class SqlMemoryError extends SqlResourceError {
    limit;
    constructor(limit) {
        super(`DuckDB ran out of its memory limit of ${limit}: set SLAC_DUCKDB_MEMORY_LIMIT higher (e.g. SLAC_DUCKDB_MEMORY_LIMIT=4GB), SLAC_DUCKDB_THREADS=1 (each thread holds memory of its own), or fewer tickets per batch (e.g. SLAC_DUCKDB_BATCH_TICKETS=250000)`);
        this.limit = limit;
    }
}
/** The disk under DuckDB's temporary folder is full (what exceeds the memory limit goes there). */
export class SqlDiskError extends SqlResourceError {
    limit;
    folder;
    constructor(limit, folder) {
        super(`the disk under DuckDB's temporary folder ${folder} is full (DuckDB writes there what exceeds its memory limit of ${limit}; docs/sql-engine.md, "100,000,000 tickets", says how much): set TMPDIR to a folder on a disk with more room, or SLAC_DUCKDB_MEMORY_LIMIT higher`);
        this.limit = limit;
        this.folder = folder;
    }
}
/** DuckDB's error as what the user can act on: out of memory (SqlMemoryError), out of disk for what it spills (SqlDiskError); others unchanged. */
export function duckDbError(error, limit, folder) {
    if (!(error instanceof Error))
        return error;
    if (error.message.startsWith('Out of Memory Error'))
        return new SqlMemoryError(limit);
    if (error.message.startsWith('IO Error') && error.message.includes('No space left on device'))
        return new SqlDiskError(limit, folder);
    return error;
}
