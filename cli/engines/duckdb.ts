/** Embedded DuckDB (`@duckdb/node-api`) as the SQL engine's database: appenders load the input tables. */
import { type DuckDBAppender, DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlValue } from '../../compiler/emit/sql/dialect.js';
import { SqlStreamError, duckDbError } from './gate.js';
import type { Row, SqlDatabase } from './sql-tickets.js';

/** Set: every statement's time on stderr (a profile of the engine's steps). */
const TIMING = !!process.env['SLAC_SQL_TIMING'];

function timed(start: number, sql: string): void {
  const head = process.env['SLAC_SQL_TIMING'] === 'full' ? sql.trim() : sql.trim().split('\n')[0]!.slice(0, 100);
  process.stderr.write(`sql ${(performance.now() - start).toFixed(0).padStart(7)} ms  ${head}\n`);
}

function plain(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'bigint' ? Number(v) : (v as Row[string]);
  return out;
}

function appendValue(a: DuckDBAppender, v: SqlValue): void {
  if (v === null) a.appendNull();
  else if (typeof v === 'string') a.appendVarchar(v);
  else if (typeof v === 'boolean') a.appendBoolean(v);
  else a.appendBigInt(BigInt(v));
}

/**
 * The end of a streaming result after `n` rows of `expected`: DuckDB's C API ends a stream that
 * fails mid-way (a damaged Parquet page, memory) as it ends a finished one, so a short count is
 * the only sign of the error (SqlStreamError), never a silently shorter result.
 */
function ended(n: number, expected: number): void {
  if (n !== expected) throw new SqlStreamError(n, expected);
}

export class DuckDb implements SqlDatabase {
  readonly dialect = 'duckdb' as const;
  private readonly appenders = new Map<string, DuckDBAppender>();

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly c: DuckDBConnection,
    private readonly spill: string,
    private readonly memoryLimit: string,
  ) {}

  /** DuckDB's out-of-memory and out-of-disk errors as the user's to act on (gate.ts duckDbError). */
  private failed(error: unknown): never {
    throw duckDbError(error, this.memoryLimit, this.spill);
  }

  /**
   * An in-memory database whose pages beyond `memoryLimit` spill to a temporary folder (removed by
   * `close`), so memory stays within the limit. In memory rather than a database file: the file's
   * writes (compressed blocks, checkpoints) cost a fifth of the time of the views' tables.
   * `threads`: DuckDB's default is one per core. The allocator's background threads return freed
   * memory to the system off the query threads (1,000,000 tickets, side by side: 4 to 6 s of system
   * time without them, 3 s with them; 16.3 to 16.9 s in all against 13.6 to 16.5 s).
   */
  static async open(options: { memoryLimit?: string; threads?: number } = {}): Promise<DuckDb> {
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

  async exec(sql: string): Promise<void> {
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

  async rows(sql: string): Promise<Row[]> {
    const start = performance.now();
    const rows = (await this.c.runAndReadAll(sql).catch((e) => this.failed(e))).getRowObjects().map(plain);
    if (TIMING) timed(start, sql);
    return rows;
  }

  async *stream(sql: string, expected: number): AsyncGenerator<Row> {
    const result = await this.c.stream(sql).catch((e) => this.failed(e));
    const names = result.columnNames();
    for (let n = 0; ; ) {
      const chunk = await result.fetchChunk().catch((e) => this.failed(e));
      if (!chunk || chunk.rowCount === 0) return ended(n, expected);
      n += chunk.rowCount;
      for (const values of chunk.getRows()) {
        const row: Row = {};
        names.forEach((n, i) => {
          const v = values[i];
          row[n] = typeof v === 'bigint' ? Number(v) : (v as Row[string]);
        });
        yield row;
      }
    }
  }

  /**
   * The `expected` rows of a query as value arrays, chunk by chunk (memory stays bounded however
   * many rows), on a connection of its own: the appenders flush on the main one, and any statement
   * there would end a streaming result early (Parquet files were cut off after the first flush).
   */
  async *rowsApart(sql: string, expected: number): AsyncGenerator<DuckDBValue[]> {
    const c = await DuckDBConnection.create(this.instance);
    try {
      const result = await c.stream(sql).catch((e) => this.failed(e));
      for (let n = 0; ; ) {
        const chunk = await result.fetchChunk().catch((e) => this.failed(e));
        if (!chunk || chunk.rowCount === 0) return ended(n, expected);
        n += chunk.rowCount;
        yield* chunk.getRows();
      }
    } finally {
      c.closeSync();
    }
  }

  async beginAppend(tables: readonly string[]): Promise<void> {
    for (const t of tables) this.appenders.set(t, await this.c.createAppender(t));
  }

  append(table: string, row: readonly SqlValue[]): void {
    const a = this.appenders.get(table)!;
    for (const v of row) appendValue(a, v);
    a.endRow();
  }

  async endAppend(): Promise<void> {
    for (const a of this.appenders.values()) a.closeSync();
    this.appenders.clear();
  }

  close(): void {
    this.c.closeSync();
    this.instance.closeSync();
    rmSync(this.spill, { recursive: true, force: true });
  }
}
