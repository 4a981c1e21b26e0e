/**
 * DuckDB as the SQL engine's database: a Parquet file is read while the appenders load the input
 * tables, and the appenders' flushes must not end the read early (they did: 1,000,000 Parquet
 * tickets came out as 129,502, with no error); a stream that fails mid-way (a damaged Parquet
 * page: DuckDB's C API ends it as if it were done) is an error, never a shorter result.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDb } from '../../cli/engines/duckdb.js';
import { SqlStreamError } from '../../cli/engines/gate.js';
import { text } from '../../compiler/emit/sql/dialect.js';
import { slac } from '../evaluate/helpers.js';

/** The rows of `select` as a Parquet file in row groups of 20,000, with 4,000 bytes in its middle overwritten. */
async function damagedParquet(dir: string, select: string, name = 'damaged.parquet'): Promise<string> {
  const file = join(dir, name);
  const db = await DuckDb.open();
  try {
    await db.exec(`COPY (${select}) TO ${text(file)} (FORMAT parquet, ROW_GROUP_SIZE 20000);\n`);
  } finally {
    db.close();
  }
  const bytes = readFileSync(file);
  const middle = Math.floor(bytes.length / 2);
  bytes.fill(0x55, middle, middle + 4000);
  writeFileSync(file, bytes);
  return file;
}

describe('DuckDb', () => {
  it('reads a query to its end while appending past the flush threshold', async () => {
    const db = await DuckDb.open();
    try {
      await db.exec('CREATE TABLE sink (a BIGINT, b BIGINT)');
      await db.beginAppend(['sink']);
      let n = 0;
      for await (const [v] of db.rowsApart('SELECT range FROM range(3000)', 3000)) {
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

  it('a stream that fails mid-way is an error, not a shorter result', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slac-stream-'));
    const db = await DuckDb.open();
    try {
      const file = await damagedParquet(dir, 'SELECT range AS n, md5(CAST(range AS VARCHAR)) AS s FROM range(300000)');
      let n = 0;
      const read = async () => {
        for await (const _ of db.rowsApart(`SELECT n, s FROM read_parquet(${text(file)})`, 300_000)) n++;
      };
      await expect(read()).rejects.toThrow(SqlStreamError);
      // DuckDB ended the stream at the damaged row group, as if the file ended there.
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThan(300_000);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

it('the error of a short stream says how far it got', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'slac-stream-'));
  const db = await DuckDb.open();
  try {
    const file = await damagedParquet(dir, 'SELECT range AS n, md5(CAST(range AS VARCHAR)) AS s FROM range(300000)');
    const read = async () => {
      for await (const _ of db.rowsApart(`SELECT n, s FROM read_parquet(${text(file)})`, 300_000));
    };
    await expect(read()).rejects.toThrow(/^DuckDB's result ended after \d+ of its 300000 rows: the query failed on the way$/);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** `slac evaluate --engine duckdb` on `file`: exit code 2, the file named with `reason`, no report, never an internal error. */
async function refused(file: string, reason: RegExp): Promise<void> {
  const r = await slac('evaluate', 'test/sql/fixtures/clocks.sla', '--data', `tickets=${file}`, '--engine', 'duckdb');
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toContain(`cannot read '${file}': `);
  expect(r.stderr).toMatch(reason);
  expect(r.stderr).not.toMatch(/internal error|bug in slac/);
  expect(r.stdout).toBe('');
}

describe('slac evaluate --engine duckdb on a Parquet file DuckDB cannot read', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'slac-bad-parquet-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** 100,000 tickets with a fourth column, `channel` (a ticket's) or another. */
  const tickets = (column: string) =>
    `SELECT 'T' || range AS id, 'P1' AS priority, '2026-03-02T09:00:00Z' AS created, md5(CAST(range AS VARCHAR)) AS ${column} FROM range(100000)`;

  it('names the file and what is wrong, with exit code 2, whether it is cut short, damaged or no Parquet at all', async () => {
    const damaged = await damagedParquet(dir, tickets('channel'));
    const cut = join(dir, 'cut.parquet');
    writeFileSync(cut, readFileSync(damaged).subarray(0, 5000));
    const text = join(dir, 'text.parquet');
    writeFileSync(text, '{"id": "T1"}\n');
    for (const [file, reason] of [
      [damaged, /Failed to read file|stopped reading it after \d+ of its 100000 rows/],
      [cut, /No magic bytes/],
      [text, /No magic bytes/],
    ] as const) {
      await refused(file, reason);
    }
  });

  it('names a damaged file the JavaScript reader reads, and a missing file', async () => {
    // A column the tickets do not have: SQL does not stage the file, the JavaScript reader streams its rows.
    const damaged = await damagedParquet(dir, tickets('note'), 'streamed.parquet');
    for (const [file, reason] of [
      // DuckDB fails at once or ends the stream short, as the damaged row group comes first or later.
      [
        damaged,
        /: (not a Parquet file DuckDB can read \(Failed to read file|DuckDB stopped reading it after \d+ of its 100000 rows \(a damaged or unreadable page\))/,
      ],
      [join(dir, 'missing.parquet'), /: no such file$/m],
    ] as const) {
      await refused(file, reason);
    }
  });
});
