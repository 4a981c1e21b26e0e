/** Embedded DuckDB (`@duckdb/node-api`) as the SQL engine's database: appenders load the input tables. */
import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { duckDbError } from './gate.js';
/** Set: every statement's time on stderr (a profile of the engine's steps). */
const TIMING = !!process.env['SLAC_SQL_TIMING'];
function timed(start, sql) {
    const head = sql.trim().split('\n')[0].slice(0, 100);
    process.stderr.write(`sql ${(performance.now() - start).toFixed(0).padStart(7)} ms  ${head}\n`);
}
function plain(row) {
    const out = {};
    for (const [k, v] of Object.entries(row))
        out[k] = typeof v === 'bigint' ? Number(v) : v;
    return out;
}
function appendValue(a, v) {
    if (v === null)
        a.appendNull();
    else if (typeof v === 'string')
        a.appendVarchar(v);
    else if (typeof v === 'boolean')
        a.appendBoolean(v);
    else
        a.appendBigInt(BigInt(v));
}
export class DuckDb {
    instance;
    c;
    spill;
    memoryLimit;
    dialect = 'duckdb';
    appenders = new Map();
    constructor(instance, c, spill, memoryLimit) {
        this.instance = instance;
        this.c = c;
        this.spill = spill;
        this.memoryLimit = memoryLimit;
    }
    /** DuckDB's out-of-memory and out-of-disk errors as the user's to act on (gate.ts duckDbError). */
    failed(error) {
        throw duckDbError(error, this.memoryLimit, this.spill);
    }
    /**
     * An in-memory database whose pages beyond `memoryLimit` spill to a temporary folder (removed by
     * `close`), so memory stays within the limit. In memory rather than a database file: the file's
     * writes (compressed blocks, checkpoints) cost a fifth of the time of the views' tables.
     * `threads`: DuckDB's default is one per core. The allocator's background threads return freed
     * memory to the system off the query threads: without them a fifth of the CPU time went to the
     * kernel (page faults), and 1,000,000 tickets took 10 to 15% longer (docs/sql-engine.md).
     */
    static async open(options = {}) {
        const folder = mkdtempSync(join(tmpdir(), 'slac-duckdb-'));
        const memoryLimit = options.memoryLimit ?? '1GB';
        const instance = await DuckDBInstance.create(':memory:', {
            memory_limit: memoryLimit,
            temp_directory: folder,
            preserve_insertion_order: 'true',
            allocator_background_threads: 'true',
            ...(options.threads === undefined ? {} : { threads: String(options.threads) }),
        });
        return new DuckDb(instance, await DuckDBConnection.create(instance), folder, memoryLimit);
    }
    async exec(sql) {
        if (!TIMING) {
            await this.c.run(sql).catch((e) => this.failed(e));
            return;
        }
        // SLAC_SQL_TIMING: each statement timed on stderr; slac ends every statement it writes with `;` and a line end.
        for (const statement of sql.split(/;\n/).filter((x) => x.trim() !== '')) {
            const start = performance.now();
            await this.c.run(statement).catch((e) => this.failed(e));
            timed(start, statement);
        }
    }
    async rows(sql) {
        const start = performance.now();
        const rows = (await this.c.runAndReadAll(sql).catch((e) => this.failed(e))).getRowObjects().map(plain);
        if (TIMING)
            timed(start, sql);
        return rows;
    }
    async *stream(sql) {
        const result = await this.c.stream(sql).catch((e) => this.failed(e));
        const names = result.columnNames();
        for (;;) {
            const chunk = await result.fetchChunk().catch((e) => this.failed(e));
            if (!chunk || chunk.rowCount === 0)
                return;
            for (const values of chunk.getRows()) {
                const row = {};
                names.forEach((n, i) => {
                    const v = values[i];
                    row[n] = typeof v === 'bigint' ? Number(v) : v;
                });
                yield row;
            }
        }
    }
    /**
     * The rows of a query as value arrays, chunk by chunk (memory stays bounded however many rows),
     * on a connection of its own: the appenders flush on the main one, and any statement there would
     * end a streaming result early (Parquet files were cut off after the first flush).
     */
    async *rowsApart(sql) {
        const c = await DuckDBConnection.create(this.instance);
        try {
            const result = await c.stream(sql).catch((e) => this.failed(e));
            for (;;) {
                const chunk = await result.fetchChunk().catch((e) => this.failed(e));
                if (!chunk || chunk.rowCount === 0)
                    return;
                yield* chunk.getRows();
            }
        }
        finally {
            c.closeSync();
        }
    }
    /** The values of a one-column query, as `rowsApart`. */
    async *column(sql) {
        for await (const row of this.rowsApart(sql))
            yield row[0];
    }
    async beginAppend(tables) {
        for (const t of tables)
            this.appenders.set(t, await this.c.createAppender(t));
    }
    append(table, row) {
        const a = this.appenders.get(table);
        for (const v of row)
            appendValue(a, v);
        a.endRow();
    }
    async endAppend() {
        for (const a of this.appenders.values())
            a.closeSync();
        this.appenders.clear();
    }
    close() {
        this.c.closeSync();
        this.instance.closeSync();
        rmSync(this.spill, { recursive: true, force: true });
    }
}
