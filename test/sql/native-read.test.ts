/**
 * `--engine duckdb` reading the files itself (cli/engines/native-read.ts): clean records checked in
 * SQL, the others by the JavaScript checks. For NDJSON, Parquet and CSV files (CSV in depth:
 * native-csv.test.ts) with clean and bad rows (timestamps in other forms or impossible, unknown priorities and statuses, duplicate ids
 * within and across files, unknown fields, records outside the term, blank lines, escapes,
 * invalid JSON), the report equals the JavaScript engine's apart from `engine`, with every problem
 * at the same file, line and field; the listed tickets and the summary come from SQL (also on
 * Postgres).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDb } from '../../cli/engines/duckdb.js';
import { duckDbError, type InputFile, SqlDiskError, SqlMemoryError } from '../../cli/engines/gate.js';
import { readParquet } from '../../cli/engines/parquet.js';
import { TIMESTAMP_MACRO } from '../../cli/engines/record-checks.js';
import { duckDbSettings, evaluateInDuckDb, evaluateInSql } from '../../cli/engines/run.js';
import { text } from '../../compiler/emit/sql/dialect.js';
import type { RuntimeContract } from '../../runtime/contract.js';
import { type EvaluateOptions, Evaluation } from '../../runtime/evaluate/engine.js';
import type { Report } from '../../runtime/evaluate/report.js';
import { parseTimestamp } from '../../runtime/time.js';
import { type DataFile, evaluateFiles } from '../../runtime/files.js';
import { contractOf } from '../evaluate/helpers.js';
import { stagedCounts } from './staged.js';
import { pgliteDatabase } from './pglite-db.js';

const fixtures = join(import.meta.dirname, 'fixtures');
let dir: string;
let contract: RuntimeContract;
const path = (name: string) => join(dir, name);
const file = (name: string): InputFile => ({
  path: path(name),
  kind: 'ticket',
  format: name.endsWith('.parquet') ? 'parquet' : name.endsWith('.csv') ? 'csv' : 'ndjson',
});

/** Parquet rows: clean ones, and one of each problem. */
const PARQUET_ROWS = `
  ('P1', 'P1', NULL, '2026-03-10T10:00:00+01:00', '2026-03-10T10:20:00+01:00', [{'at': '2026-03-10T11:00:00+01:00', 'status': 'Waiting for customer', 'priority': NULL, 'message': NULL}, {'at': '2026-03-11T11:00:00+01:00', 'status': 'Resolved', 'priority': NULL, 'message': NULL}]),
  ('P2', 'P2', NULL, '2026-03-10T10:00:00Z', NULL, NULL),
  ('P3', 'P1', NULL, '2026-03-10 10:00:00Z', NULL, NULL),
  ('P4', 'P8', NULL, '2026-03-10T10:00:00Z', NULL, NULL),
  ('P2', 'P2', NULL, '2026-03-12T10:00:00Z', NULL, NULL),
  ('P5', 'P2', NULL, '2025-03-10T10:00:00Z', NULL, NULL),
  ('P6', 'P2', NULL, '2026-03-10T10:00:00Z', NULL, [{'at': '2026-03-10T11:00:00Z', 'status': 'Parked', 'priority': NULL, 'message': NULL}]),
  ('P7', 'P2', NULL, '2026-03-10T10:00:00Z', NULL, [{'at': '2026-03-10T11:00:00Z', 'status': 'Resolved', 'priority': 'P1', 'message': NULL}]),
  (NULL, 'P2', NULL, '2026-03-10T10:00:00Z', NULL, NULL),
  ('P8', 'P3', 'O''Brien; DROP TABLE slac_tickets', '2026-04-01T08:00:00.125+02:00', '2026-04-01T09:00:00+02:00', [{'at': '2026-04-01T08:30:00+02:00', 'status': NULL, 'priority': NULL, 'message': 'provider'}])`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'slac-native-'));
  contract = contractOf(readFileSync(join(fixtures, 'clocks.sla'), 'utf8'), 'clocks.sla');
  copyFileSync(join(fixtures, 'mixed.ndjson'), path('a.ndjson'));
  // Duplicates of ids of a.ndjson (clean and flagged ones), a blank line, escapes.
  writeFileSync(
    path('b.ndjson'),
    [
      '{"id":"C2","priority":"P1","created":"2026-04-10T10:00:00+02:00"}',
      '',
      '{"id":"B\\u0031\\u0033","priority":"P1","created":"2026-04-10T10:00:00+02:00"}',
      '{"id":"D1","priority":"P2","created":"2026-04-10T10:00:00+02:00","events":[{"at":"2026-04-10T11:00:00+02:00","status":"On hold"}]}',
      '{"id":"C1","priority":"P2","created":"2026-04-10T10:00:00+02:00"}',
      '',
    ].join('\n'),
  );
  // Clean records only, two files: numbered from their places alone.
  const clean = (id: string, day: number) =>
    `{"id":"${id}","priority":"P${1 + (day % 3)}","created":"2026-05-${String(day).padStart(2, '0')}T09:00:00+02:00","responded":"2026-05-${String(day).padStart(2, '0')}T12:00:00+02:00","events":[{"at":"2026-05-${String(day).padStart(2, '0')}T09:30:00+02:00","status":"Waiting for customer"},{"at":"2026-05-${String(day + 1).padStart(2, '0')}T09:00:00+02:00","status":"Resolved"}]}`;
  writeFileSync(path('f.ndjson'), `${clean('F1', 4)}\n\n${clean('F2', 5)}\n`);
  writeFileSync(path('g.ndjson'), `${clean('G1', 6)}\n${clean('G2', 7)}`);
  // Clean tickets whose events are out of time order, at one instant, and with a resolution among them: `ord` orders them as JavaScript sorts.
  writeFileSync(
    path('h.ndjson'),
    [
      '{"id":"H1","priority":"P2","created":"2026-05-04T09:00:00+02:00","resolved":"2026-05-04T11:00:00+02:00","events":[{"at":"2026-05-04T12:00:00+02:00","status":"Reopened"},{"at":"2026-05-04T10:00:00+02:00","status":"Waiting for customer"},{"at":"2026-05-04T11:00:00+02:00","status":"In progress"},{"at":"2026-05-04T13:00:00+02:00","status":"Resolved"}]}',
      '{"id":"H2","priority":"P4","created":"2026-05-04T09:00:00+02:00","events":[{"at":"2026-05-04T10:00:00+02:00","status":"On hold"},{"at":"2026-05-04T10:00:00+02:00","status":"In progress"},{"at":"2026-05-04T10:00:00+02:00","message":"provider"},{"at":"2026-05-04T09:30:00+02:00","message":"customer"},{"at":"2026-05-04T15:00:00+02:00","status":"Resolved"}]}',
      '{"id":"H3","priority":"P3","created":"2026-05-04T09:00:00+02:00","resolved":"2026-05-04T16:00:00+02:00","events":[{"at":"2026-05-04T16:00:00+02:00","status":"Waiting for customer"},{"at":"2026-05-04T16:00:00+02:00","status":"In progress"}]}',
    ].join('\n'),
  );
  // Two ids JavaScript reads as one that SQL cannot tell apart (a repeated key): the JavaScript way, whole.
  writeFileSync(
    path('e.ndjson'),
    '{"id":"E1","priority":"P1","created":"2026-03-10T10:00:00Z"}\n{"id":"X","id":"E1","priority":"P1","created":"2026-03-11T10:00:00Z"}\n',
  );
  writeFileSync(
    path('d.csv'),
    'id,priority,created,responded\nK1,P1,2026-03-10T10:00:00Z,2026-03-10T10:10:00Z\nK2,P9,2026-03-10T10:00:00Z,\nK1,P2,2026-03-10T10:00:00Z,\nK3,P2,2026-13-10T10:00:00Z,\n',
  );
  const db = await DuckDb.open({ threads: 1 });
  try {
    await db.exec(
      `COPY (SELECT * FROM (VALUES ${PARQUET_ROWS}) AS t(id, priority, customer, created, responded, events)) TO ${text(path('c.parquet'))} (FORMAT parquet)`,
    );
  } finally {
    db.close();
  }
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function jsReport(files: InputFile[], options: EvaluateOptions): Promise<Report> {
  const ev = new Evaluation(contract, options);
  // Parquet rows as the JavaScript checks see them (cli/engines/parquet.ts, the reader before this one).
  const db = files.some((f) => f.format === 'parquet') ? await DuckDb.open({ threads: 1 }) : null;
  try {
    for (const f of files)
      if (f.format === 'parquet') await readParquet(db!, ev, f.path, 'ticket');
      else await evaluateFiles(ev, [f as DataFile]);
  } finally {
    db?.close();
  }
  return ev.finish();
}

const withoutEngine = ({ engine: _, ...rest }: Report) => rest;

const split = (files: InputFile[]) => stagedCounts(contract, files);

const NOW = '2026-05-06T12:00:00+02:00';

const cases: Array<{ name: string; files: string[]; options: EvaluateOptions; batch?: number }> = [
  { name: 'two NDJSON files, every ticket listed', files: ['a.ndjson', 'b.ndjson'], options: { reportTickets: 'all' } },
  {
    name: 'Parquet and NDJSON, the first 2 exceptions of March',
    files: ['c.parquet', 'b.ndjson', 'a.ndjson'],
    options: { reportTickets: 'exceptions', maxTickets: 2, period: '2026-03' },
  },
  { name: 'clean NDJSON files only', files: ['f.ndjson', 'g.ndjson'], options: { reportTickets: 'all' } },
  { name: 'a duplicate only JavaScript sees', files: ['e.ndjson'], options: { reportTickets: 'all' } },
  { name: 'clean tickets with events out of order and at one instant', files: ['h.ndjson'], options: { reportTickets: 'all' } },
  // G2 is created after --now: JavaScript skips it with a warning (SQL flags it), G1 is open then.
  { name: 'clean NDJSON files as of --now', files: ['f.ndjson', 'g.ndjson'], options: { reportTickets: 'all', now: NOW } },
  { name: 'CSV and NDJSON (CSV: native-csv.test.ts)', files: ['d.csv', 'f.ndjson'], options: { reportTickets: 'all' } },
];
// The ticket steps in batches of 4 tickets (cli/engines/batches.ts), after the clean and flagged records are numbered.
cases.push(...cases.slice(0, 2).map((c) => ({ ...c, name: `${c.name}, in batches of 4 tickets`, batch: 4 })));

describe('DuckDB reading the files gives the JavaScript report', () => {
  it.each(cases)(
    '$name',
    async ({ files, options, batch }) => {
      const inputs = files.map(file);
      const duckdb = await evaluateInDuckDb(contract, options, inputs, {}, { threads: 1, ...(batch ? { batchTickets: batch } : {}) });
      const js = await jsReport(inputs, options);
      expect(duckdb.engine).toBe('duckdb');
      expect(withoutEngine(duckdb)).toEqual(js);
    },
    30_000,
  );

  it('tickets among outages and contacts: every file read in its turn, the problems of each kind in input order', async () => {
    const other = (name: string, kind: 'outage' | 'contact'): InputFile => ({ path: join(fixtures, name), kind, format: 'ndjson' });
    const inputs = [other('outages.ndjson', 'outage'), file('a.ndjson'), other('contacts.ndjson', 'contact'), file('c.parquet')];
    expect(await split(inputs)).toEqual({ clean: 14, flagged: 37 });
    const options: EvaluateOptions = { reportTickets: 'all' };
    const duckdb = await evaluateInDuckDb(contract, options, inputs, {}, { threads: 1 });
    const js = await jsReport(inputs, options);
    expect(withoutEngine(duckdb)).toEqual(js);
    expect(js.data.files.map((f) => f.kind)).toEqual(['outage', 'ticket', 'contact', 'ticket']);
    expect(js.data.problems.some((p) => p.kind === 'outage')).toBe(true);
  }, 30_000);

  it('tests what it claims: clean and flagged records, problems of every kind, listed and counted tickets', async () => {
    expect(await split([file('a.ndjson'), file('b.ndjson')])).toEqual({ clean: 11, flagged: 34 });
    expect(await split([file('c.parquet')])).toEqual({ clean: 2, flagged: 8 });
    expect(await split([file('d.csv')])).toEqual({ clean: 0, flagged: 4 });
    expect(await split([file('f.ndjson'), file('g.ndjson')])).toEqual({ clean: 4, flagged: 0 });
    expect(await split([file('h.ndjson')])).toEqual({ clean: 3, flagged: 0 });
    expect(await stagedCounts(contract, [file('f.ndjson'), file('g.ndjson')], { now: NOW })).toEqual({ clean: 3, flagged: 1 });
    const asOf = await jsReport([file('f.ndjson'), file('g.ndjson')], { now: NOW });
    expect(asOf.data.problems.map((p) => [p.id, p.code])).toEqual([['G2', 'created-after-now']]);
    const js = await jsReport([file('a.ndjson'), file('b.ndjson')], { reportTickets: 'all' });
    const fields = new Set(js.data.problems.map((p) => p.field));
    for (const f of ['created', 'priority', 'id', 'colour', 'assigned', 'events/0/priority', 'events/0/at', ''])
      expect(fields).toContain(f);
    expect(js.data.problems.some((p) => p.severity === 'warning' && p.field === 'id' && p.file === path('b.ndjson'))).toBe(true);
    expect(js.data.unknownValues.length).toBeGreaterThan(0);
    const few = await jsReport(cases[1]!.files.map(file), cases[1]!.options);
    expect(few.ticketsListed.omitted).toBeGreaterThan(0);
    expect(few.ticketSummary.total).toBeLessThan(js.ticketSummary.total);
  }, 30_000);
});

describe('the bounds of an event order key', () => {
  it('a ticket with as many events as the key has places for is left to JavaScript, one fewer is clean', async () => {
    // record-checks.ts eventOrdSql: 2^20 places per instant, the resolution after the events.
    const events = (n: number) =>
      `list_transform(range(${n}), lambda k: {'at': TIMESTAMPTZ '2026-03-10 10:00:00+00' + to_seconds(k), 'status': 'In progress'})`;
    const db = await DuckDb.open({ threads: 1 });
    try {
      await db.exec(
        `COPY (SELECT 'L1' AS id, 'P2' AS priority, TIMESTAMPTZ '2026-03-10 09:00:00+00' AS created, ${events(1_048_574)} AS events
           UNION ALL SELECT 'L2', 'P2', TIMESTAMPTZ '2026-03-10 09:00:00+00', ${events(1_048_575)}) TO ${text(path('long.parquet'))} (FORMAT parquet)`,
      );
    } finally {
      db.close();
    }
    expect(await split([file('long.parquet')])).toEqual({ clean: 1, flagged: 1 });
  }, 60_000);
});

describe('the listed tickets and the summary from SQL on Postgres', () => {
  let pg: PGlite;
  beforeAll(async () => {
    pg = await PGlite.create();
  }, 30_000);
  afterAll(async () => {
    await pg?.close();
  });

  it.each([
    { reportTickets: 'exceptions', maxTickets: 2 },
    { reportTickets: 'none', period: '2026-03' },
  ] as EvaluateOptions[])(
    '%o',
    async (options) => {
      const inputs = [file('a.ndjson')];
      const db = await pgliteDatabase(pg, `listed_${options.reportTickets}`);
      const postgres = await evaluateInSql(db, 'postgres', contract, options, (ev) => evaluateFiles(ev, inputs as DataFile[]));
      expect(withoutEngine(postgres)).toEqual(await jsReport(inputs, options));
    },
    30_000,
  );
});

describe('timestamps in SQL', () => {
  it('slac_ts reads a text as the JavaScript parser does, or gives NULL', async () => {
    const d2 = (n: number) => String(n).padStart(2, '0');
    const stamp = fc
      .record({
        y: fc.integer({ min: 1, max: 9999 }),
        mo: fc.integer({ min: 0, max: 13 }),
        d: fc.integer({ min: 0, max: 32 }),
        h: fc.integer({ min: 0, max: 24 }),
        mi: fc.integer({ min: 0, max: 60 }),
        s: fc.integer({ min: 0, max: 60 }),
        ms: fc.option(fc.integer({ min: 0, max: 999 })),
        off: fc.oneof(
          fc.constant('Z'),
          fc.constant('z'),
          fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 60 })),
        ),
        sep: fc.constantFrom('T', 'T', 'T', ' '),
      })
      .map(({ y, mo, d, h, mi, s, ms, off, sep }) => {
        const frac = ms === null ? '' : `.${String(ms).padStart(3, '0')}`;
        const o = typeof off === 'string' ? off : `${off[0]}${d2(off[1])}:${d2(off[2])}`;
        return `${String(y).padStart(4, '0')}-${d2(mo)}-${d2(d)}${sep}${d2(h)}:${d2(mi)}:${d2(s)}${frac}${o}`;
      });
    const texts = [
      ...fc.sample(stamp, { numRuns: 3000, seed: 14 }),
      '2028-02-29T23:59:59.999+18:59',
      '2026-02-29T10:00:00Z',
      '0001-01-01T00:00:00-18:00',
      '2026-03-10T10:00:00.5Z',
      '2026-03-10T10:00+01:00',
      '2026-03-10T10:00:00+0100',
    ];
    const db = await DuckDb.open({ threads: 1 });
    try {
      await db.exec(TIMESTAMP_MACRO);
      const rows = await db.rows(`SELECT t, slac_ts(t) AS ms FROM (VALUES ${texts.map((t) => `(${text(t)})`).join(', ')}) AS v(t)`);
      let read = 0;
      for (const { t, ms } of rows) {
        const js = parseTimestamp(String(t));
        // SQL reads a subset (the fast form): what it reads, it reads as JavaScript does.
        if (ms !== null) {
          read++;
          expect({ t, ms: js.ok ? js.ms : null }).toEqual({ t, ms });
        }
      }
      expect(read).toBeGreaterThan(100);
      expect(rows.find((r) => r.t === '2028-02-29T23:59:59.999+18:59')!.ms).not.toBeNull();
      expect(rows.filter((r) => r.ms === null).length).toBeGreaterThan(100);
    } finally {
      db.close();
    }
  });
});

describe('DuckDB settings from the environment', () => {
  it('takes a memory limit with a unit and a whole number of threads, and refuses anything else naming the variable', () => {
    expect(duckDbSettings({ SLAC_DUCKDB_MEMORY_LIMIT: '2GB', SLAC_DUCKDB_THREADS: '1' })).toEqual({ memoryLimit: '2GB', threads: 1 });
    expect(duckDbSettings({})).toEqual({});
    expect(() => duckDbSettings({ SLAC_DUCKDB_MEMORY_LIMIT: "1GB'; DROP" })).toThrow(
      /SLAC_DUCKDB_MEMORY_LIMIT=.*is not a size: write it as 1GB/,
    );
    expect(() => duckDbSettings({ SLAC_DUCKDB_THREADS: '0' })).toThrow(/SLAC_DUCKDB_THREADS="0" is not a number of threads/);
    expect(duckDbSettings({ SLAC_DUCKDB_BATCH_TICKETS: '250000' })).toEqual({ batchTickets: 250_000 });
    expect(() => duckDbSettings({ SLAC_DUCKDB_BATCH_TICKETS: '1e6' })).toThrow(
      /SLAC_DUCKDB_BATCH_TICKETS="1e6" is not a number of tickets: write a whole number from 1 up/,
    );
  });

  it('running out of the memory limit is an error that says which variable to raise, not an internal error', async () => {
    await expect(
      evaluateInDuckDb(contract, { reportTickets: 'all' }, [file('f.ndjson')], {}, { memoryLimit: '1MB', threads: 1 }),
    ).rejects.toThrow(new SqlMemoryError('1MB'));
    expect(new SqlMemoryError('1MB').message).toMatch(/memory limit of 1MB: set SLAC_DUCKDB_MEMORY_LIMIT higher/);
    expect(new SqlMemoryError('1MB').message).toMatch(/fewer tickets per batch \(e\.g\. SLAC_DUCKDB_BATCH_TICKETS=250000\)/);
  });

  it('a full disk under the temporary folder is an error that says where and what to set, not an internal error', () => {
    // DuckDB's own words when 100,000,000 tickets filled the disk (docs/sql-engine.md).
    const full = new Error(
      'IO Error: Could not write file "/tmp/slac-duckdb-x/duckdb_temp_storage_DEFAULT-5.tmp": No space left on device',
    );
    const e = duckDbError(full, '3GB', '/tmp/slac-duckdb-x');
    expect(e).toBeInstanceOf(SqlDiskError);
    expect((e as Error).message).toMatch(
      /^the disk under DuckDB's temporary folder \/tmp\/slac-duckdb-x is full .*set TMPDIR to a folder on a disk with more room/,
    );
    expect(duckDbError(new Error('Out of Memory Error: failed to allocate'), '3GB', '/tmp/x')).toEqual(new SqlMemoryError('3GB'));
    const other = new Error('Binder Error: no such column');
    expect(duckDbError(other, '3GB', '/tmp/x')).toBe(other);
  });
});
