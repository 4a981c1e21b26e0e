/** PGlite (real Postgres in WebAssembly) as a SqlDatabase for the tests: each run in a fresh schema. */
import type { PGlite } from '@electric-sql/pglite';
import { type SqlValue, text } from '../../compiler/emit/sql/dialect.js';
import type { Row, SqlDatabase } from '../../cli/engines/sql-tickets.js';

function literal(v: SqlValue): string {
  if (v === null) return 'NULL';
  if (typeof v === 'string') return text(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export async function pgliteDatabase(pg: PGlite, schema: string): Promise<SqlDatabase> {
  await pg.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}; SET search_path TO ${schema};`);
  const pending = new Map<string, string[]>();
  return {
    dialect: 'postgres',
    exec: async (sql) => {
      await pg.exec(sql);
    },
    rows: async (sql) =>
      (await pg.query<Record<string, unknown>>(sql)).rows.map((r) => {
        const out: Row = {};
        for (const [k, v] of Object.entries(r)) out[k] = typeof v === 'bigint' ? Number(v) : (v as Row[string]);
        return out;
      }),
    async *stream(sql) {
      yield* await this.rows(sql);
    },
    beginAppend: async (tables) => {
      for (const t of tables) pending.set(t, []);
    },
    append: (table, row) => {
      pending.get(table)!.push(`(${row.map(literal).join(', ')})`);
    },
    endAppend: async () => {
      for (const [table, rows] of pending)
        for (let i = 0; i < rows.length; i += 1000) await pg.exec(`INSERT INTO ${table} VALUES ${rows.slice(i, i + 1000).join(',\n')};`);
      pending.clear();
    },
  };
}
