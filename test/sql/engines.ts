/**
 * One embedded DuckDB and one PGlite (real Postgres in WebAssembly) per test file, with the same
 * two calls: `exec` runs a script, `rows` a query whose BIGINTs come back as JS numbers.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import type { Dialect } from '../../compiler/emit/sql/dialect.js';

export type Row = Record<string, number | string | boolean | null>;

export interface Engine {
  dialect: Dialect;
  exec(sql: string): Promise<void>;
  rows(sql: string): Promise<Row[]>;
  close(): Promise<void>;
}

function plain(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    if (typeof v === 'bigint') {
      if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER))
        throw new RangeError(`${k}: ${v} is not a safe integer`);
      out[k] = Number(v);
    } else out[k] = v as Row[string];
  }
  return out;
}

export async function duckdb(): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const c = await instance.connect();
  return {
    dialect: 'duckdb',
    exec: async (sql) => {
      await c.run(sql);
    },
    rows: async (sql) => (await c.runAndReadAll(sql)).getRowObjects().map((r) => plain(r)),
    close: async () => {
      c.closeSync();
      instance.closeSync();
    },
  };
}

export async function postgres(): Promise<Engine> {
  const pg = await PGlite.create();
  return {
    dialect: 'postgres',
    exec: async (sql) => {
      await pg.exec(sql);
    },
    rows: async (sql) => (await pg.query<Record<string, unknown>>(sql)).rows.map((r) => plain(r)),
    close: () => pg.close(),
  };
}

/** Both engines, opened once for a test file. */
export async function engines(): Promise<Engine[]> {
  return [await duckdb(), await postgres()];
}
