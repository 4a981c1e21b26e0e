/**
 * DuckDB as the SQL engine's database: a Parquet file is read while the appenders load the input
 * tables, and the appenders' flushes must not end the read early (they did: 1,000,000 Parquet
 * tickets came out as 129,502, with no error).
 */
import { describe, expect, it } from 'vitest';
import { DuckDb } from '../../cli/engines/duckdb.js';

describe('DuckDb', () => {
  it('reads a query to its end while appending past the flush threshold', async () => {
    const db = await DuckDb.open();
    try {
      await db.exec('CREATE TABLE sink (a BIGINT, b BIGINT)');
      await db.beginAppend(['sink']);
      let n = 0;
      for await (const v of db.column('SELECT range FROM range(3000)')) {
        for (let k = 0; k < 200; k++) db.append('sink', [Number(v), k]);
        n++;
      }
      await db.endAppend();
      expect(n).toBe(3000);
      expect((await db.rows('SELECT COUNT(*) AS n FROM sink'))[0]!.n).toBe(600_000);
    } finally {
      db.close();
    }
  });
});
