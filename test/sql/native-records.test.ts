/**
 * `--engine duckdb` reading contact and outage files itself (cli/engines/native-records.ts): for
 * random NDJSON, CSV and Parquet files of contacts and outages (clean records, and records with
 * every problem the JavaScript checks find or that SQL leaves to them: timestamps in other forms
 * or impossible, answers before arrivals, unknown services, causes and kinds, custom fields,
 * duplicate ids within and across files, records outside the term or after --now), the report
 * equals the JavaScript engine's apart from `engine`, and SQL found clean and flagged records of
 * both kinds.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDb } from '../../cli/engines/duckdb.js';
import type { InputFile } from '../../cli/engines/gate.js';
import { readParquet } from '../../cli/engines/parquet.js';
import { evaluateInDuckDb } from '../../cli/engines/run.js';
import { text } from '../../compiler/emit/sql/dialect.js';
import type { RuntimeContract } from '../../runtime/contract.js';
import type { ReadOptions } from '../../runtime/data/read.js';
import { type EvaluateOptions, Evaluation } from '../../runtime/evaluate/engine.js';
import type { Report } from '../../runtime/evaluate/report.js';
import { type DataFile, evaluateFiles } from '../../runtime/files.js';
import { contractOf } from '../evaluate/helpers.js';
import { stagedCounts } from './staged.js';

const fixtures = join(import.meta.dirname, 'fixtures');
let dir: string;
let contract: RuntimeContract;
let n = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'slac-native-records-'));
  contract = contractOf(readFileSync(join(fixtures, 'records.sla'), 'utf8'), 'records.sla');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Rec = Record<string, unknown>;

const CONTACT_FIELDS = ['id', 'channel', 'arrived', 'answered', 'abandoned', 'ended', 'language', 'cause'];
const OUTAGE_FIELDS = ['id', 'service', 'start', 'end', 'kind', 'announced'];

/** An instant of March 2026 `s` seconds after the 2nd, 08:00 (UTC+1), in the fast form or one SQL leaves to JavaScript. */
const instant = (s: number, form: number) => {
  const t = new Date(Date.UTC(2026, 2, 2, 7) + s * 1000).toISOString().replace('.000Z', 'Z');
  return form === 0 ? t : form === 1 ? t.replace('T', ' ') : form === 2 ? t.replace('Z', '+00:00') : 'yesterday';
};

/** Mostly the first (the clean case), sometimes one of the others. */
const mostly = <T>(first: T, ...others: T[]) =>
  fc.oneof({ arbitrary: fc.constant(first), weight: 3 * others.length }, fc.constantFrom(...others));
const form = mostly(0, 0, 2, 1, 3);

const contact: fc.Arbitrary<Rec> = fc
  .record({
    id: fc.option(
      fc.nat(60).map((i) => `C${i}`),
      { nil: null },
    ),
    channel: mostly('phone', 'chat', ''),
    at: fc.nat(30 * 86_400),
    arrivedForm: form,
    out: mostly<false | string>(false, 'before-term', 'after'),
    answer: mostly('answered', 'abandoned', 'abandoned', 'none', 'both', 'before'),
    wait: fc.nat(120),
    answerForm: form,
    ended: mostly<number | null>(null, 300, -10),
    language: mostly<string | undefined>(undefined, 'nl', 'en'),
    cause: mostly<string | undefined>(undefined, 'third-party', 'calamity', 'bogus'),
    team: mostly<string | undefined>(undefined, 'net'),
  })
  .map((c) => {
    const r: Rec = { id: c.id, channel: c.channel };
    const arrived = c.out === 'before-term' ? -400 * 86_400 : c.out === 'after' ? 40 * 86_400 + c.at : c.at;
    r.arrived = instant(arrived, c.arrivedForm);
    const answer = instant(c.answer === 'before' ? arrived - c.wait - 1 : arrived + c.wait, c.answerForm);
    if (c.answer === 'answered' || c.answer === 'before' || c.answer === 'both') r.answered = answer;
    if (c.answer === 'abandoned' || c.answer === 'both') r.abandoned = answer;
    if (c.ended !== null && r.answered !== undefined) r.ended = instant(arrived + c.wait + c.ended, 0);
    if (c.language !== undefined) r.language = c.language;
    if (c.cause !== undefined) r.cause = c.cause;
    if (c.team !== undefined) r.fields = { team: c.team };
    return r;
  });

const outage: fc.Arbitrary<Rec> = fc
  .record({
    id: fc.option(
      fc.nat(60).map((i) => `O${i}`),
      { nil: null },
    ),
    service: mostly('Platform', 'Billing'),
    at: fc.nat(30 * 86_400),
    startForm: form,
    length: mostly<number | null>(3600, 600, 7200, 0, -60, null),
    kind: mostly('unplanned', 'planned', 'customer-caused', 'force-majeure', 'Planned', 'third party'),
    announced: mostly<number | undefined>(undefined, -3 * 86_400, -3600),
  })
  .map((o) => {
    const r: Rec = { id: o.id, service: o.service, start: instant(o.at, o.startForm), kind: o.kind };
    if (o.length !== null) r.end = instant(o.at + o.length, 0);
    if (o.announced !== undefined) r.announced = instant(o.at + o.announced, 0);
    return r;
  });

const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** The records as a file of `format` (a new name each time); custom fields only in NDJSON. */
async function write(db: DuckDb, kind: 'contact' | 'outage', records: Rec[], format: 'ndjson' | 'csv' | 'parquet'): Promise<InputFile> {
  const path = join(dir, `${kind}s-${n++}.${format}`);
  const fields = kind === 'contact' ? CONTACT_FIELDS : OUTAGE_FIELDS;
  const ndjson = records.map((r) => JSON.stringify(r)).join('\n');
  if (format === 'ndjson') writeFileSync(path, `${ndjson}\n`);
  else if (format === 'csv')
    writeFileSync(path, [fields.join(','), ...records.map((r) => fields.map((f) => cell(r[f])).join(','))].join('\n'));
  else {
    const json = `${path}.ndjson`;
    writeFileSync(json, records.map((r) => JSON.stringify({ ...r, fields: undefined })).join('\n'));
    const columns = `{${fields.map((f) => `"${f}": 'VARCHAR'`).join(', ')}}`;
    await db.exec(
      `COPY (SELECT * FROM read_json(${text(json)}, format = 'newline_delimited', columns = ${columns})) TO ${text(path)} (FORMAT parquet);`,
    );
  }
  return { path, kind, format };
}

async function jsReport(files: InputFile[], options: EvaluateOptions, db: DuckDb): Promise<Report> {
  const ev = new Evaluation(contract, options);
  for (const f of files)
    if (f.format === 'parquet') await readParquet(db, ev, f.path, f.kind);
    else await evaluateFiles(ev, [f as DataFile]);
  return ev.finish();
}

const withoutEngine = ({ engine: _, ...rest }: Report) => rest;

const formats = fc.constantFrom('ndjson' as const, 'csv' as const, 'parquet' as const);

describe('DuckDB reading contacts and outages gives the JavaScript report', () => {
  it('on random files of every format, with and without --now', async () => {
    const seen = { contact: { clean: 0, flagged: 0 }, outage: { clean: 0, flagged: 0 } };
    const db = await DuckDb.open({ threads: 1 });
    const measurements: InputFile = { path: join(fixtures, 'measurements.ndjson'), kind: 'measurement', format: 'ndjson' };
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.tuple(fc.constantFrom('contact' as const, 'outage' as const), formats, fc.array(fc.nat(), { minLength: 5, maxLength: 40 })),
            {
              minLength: 1,
              maxLength: 3,
            },
          ),
          fc.array(contact, { minLength: 90, maxLength: 90 }),
          fc.array(outage, { minLength: 90, maxLength: 90 }),
          fc.boolean(),
          async (specs, contacts, outages, asOf) => {
            const files: InputFile[] = [];
            const picked: Rec[][] = [];
            for (const [kind, format, picks] of specs) {
              const pool = kind === 'contact' ? contacts : outages;
              picked.push(picks.map((p) => pool[p % pool.length]!));
              files.push(await write(db, kind, picked.at(-1)!, format));
            }
            files.push(measurements);
            // --now just after the first record begins: its answer or end comes after it.
            const first = picked[0]![0]!;
            const now = asOf ? Date.parse(String(first.arrived ?? first.start)) + 30_000 : Number.NaN;
            const options: EvaluateOptions = { reportTickets: 'all', ...(Number.isNaN(now) ? {} : { now }) };
            for (const kind of ['contact', 'outage'] as const) {
              const counts = await stagedCounts(contract, files, options, kind);
              if (counts) for (const k of ['clean', 'flagged'] as const) seen[kind][k] += counts[k];
            }
            const duckdb = await evaluateInDuckDb(contract, options, files, {}, { threads: 1 });
            expect(withoutEngine(duckdb)).toEqual(await jsReport(files, options, db));
          },
        ),
        { numRuns: 12, seed: 20261203 },
      );
    } finally {
      db.close();
    }
    for (const kind of ['contact', 'outage'] as const) {
      expect(seen[kind].clean).toBeGreaterThan(20);
      expect(seen[kind].flagged).toBeGreaterThan(20);
    }
  }, 120_000);

  it('as of --now: an answer or an end after it is none yet, a record beginning after it is skipped; a duplicate only JavaScript sees (a repeated key)', async () => {
    const now = '2026-03-02T09:00:10+01:00';
    const contacts = join(dir, 'now-contacts.ndjson');
    writeFileSync(
      contacts,
      [
        '{"id":"A1","channel":"phone","arrived":"2026-03-02T09:00:00+01:00","answered":"2026-03-02T09:00:20+01:00"}',
        '{"id":"A2","channel":"phone","arrived":"2026-03-02T09:00:00+01:00","abandoned":"2026-03-02T09:00:40+01:00"}',
        '{"id":"A3","channel":"phone","arrived":"2026-03-02T09:05:00+01:00"}',
        '{"id":"A4","channel":"phone","arrived":"2026-03-02T08:59:00+01:00","answered":"2026-03-02T08:59:05+01:00"}',
      ].join('\n'),
    );
    const outages = join(dir, 'now-outages.csv');
    writeFileSync(
      outages,
      'id,service,start,end,kind\nO1,Platform,2026-03-01T10:00:00Z,2026-03-02T12:00:00+01:00,Planned\nO2,Platform,2026-03-01T12:00:00Z,2026-03-01T13:00:00Z,force majeure\nO3,Platform,2026-03-02T10:00:00+01:00,,unplanned\n',
    );
    const inputs: InputFile[] = [
      { path: contacts, kind: 'contact', format: 'ndjson' },
      { path: outages, kind: 'outage', format: 'csv' },
    ];
    const db = await DuckDb.open({ threads: 1 });
    try {
      for (const options of [{ now }, {}] as EvaluateOptions[]) {
        const js = await jsReport(inputs, options, db);
        expect(withoutEngine(await evaluateInDuckDb(contract, options, inputs, {}, { threads: 1 }))).toEqual(js);
      }
      expect(await stagedCounts(contract, inputs, { now }, 'contact')).toEqual({ clean: 3, flagged: 1 });
      expect(await stagedCounts(contract, inputs, { now }, 'outage')).toEqual({ clean: 1, flagged: 2 });
      const js = await jsReport(inputs, { now }, db);
      expect(js.data.problems.map((p) => [p.id, p.code])).toEqual([
        ['A3', 'arrived-after-now'],
        ['O3', 'starts-after-now'],
      ]);
      // A clean A1, and a flagged record whose id is "A1" to JavaScript (the last of a repeated key) and "Z9" to SQL (the first):
      // SQL cannot see the duplicate, so the evaluation goes the JavaScript way.
      const repeated = join(dir, 'repeated-key.ndjson');
      writeFileSync(repeated, '{"id":"Z9","channel":"phone","arrived":"2026-03-03T09:00:00+01:00","id":"A1"}\n');
      const twice = [...inputs, { path: repeated, kind: 'contact', format: 'ndjson' } as InputFile];
      expect(await stagedCounts(contract, twice, {}, 'contact')).toEqual({ clean: 4, flagged: 1 });
      expect(withoutEngine(await evaluateInDuckDb(contract, {}, twice, {}, { threads: 1 }))).toEqual(await jsReport(twice, {}, db));
      expect((await jsReport(twice, {}, db)).data.problems.map((p) => [p.id, p.code])).toEqual([['A1', 'duplicate']]);
    } finally {
      db.close();
    }
  }, 60_000);

  it('a contact file SQL cannot read sends every contact file to the JavaScript reader, and SQL still reads the outages', async () => {
    const good = join(dir, 'good-contacts.ndjson');
    const crlf = join(dir, 'crlf-contacts.ndjson');
    const line = (id: string) =>
      `{"id":"${id}","channel":"phone","arrived":"2026-03-02T09:00:00+01:00","answered":"2026-03-02T09:00:20+01:00"}`;
    writeFileSync(good, `${line('G1')}\n${line('G2')}\n`);
    writeFileSync(crlf, `${line('R1')}\r\n${line('G1')}\r\n`);
    const inputs: InputFile[] = [
      { path: good, kind: 'contact', format: 'ndjson' },
      { path: join(fixtures, 'outages.ndjson'), kind: 'outage', format: 'ndjson' },
      { path: crlf, kind: 'contact', format: 'ndjson' },
    ];
    expect(await stagedCounts(contract, inputs, {}, 'contact')).toBeNull();
    expect(await stagedCounts(contract, inputs, {}, 'outage')).toEqual({ clean: 5, flagged: 1 });
    const db = await DuckDb.open({ threads: 1 });
    try {
      const js = await jsReport(inputs, {}, db);
      expect(withoutEngine(await evaluateInDuckDb(contract, {}, inputs, {}, { threads: 1 }))).toEqual(js);
      expect(js.data.problems.map((p) => [p.id, p.code])).toEqual([
        ['O4', 'unknown-service'],
        ['G1', 'duplicate'],
      ]);
    } finally {
      db.close();
    }
  }, 30_000);

  it('what SQL cannot read as the reader would goes to the JavaScript reader: bytes not UTF-8, other Parquet columns, a column mapping, a --now it cannot parse', async () => {
    const line = (id: string) => `{"id":"${id}","channel":"phone","arrived":"2026-03-02T09:00:00+01:00"}`;
    const latin1 = join(dir, 'latin1-contacts.ndjson');
    writeFileSync(
      latin1,
      Buffer.concat([
        Buffer.from(`${line('L1')}\n{"id":"L2","channel":"t`),
        Buffer.from([0xe9]),
        Buffer.from('l","arrived":"2026-03-02T09:00:00+01:00"}\n'),
      ]),
    );
    const good = join(dir, 'good-mapped-contacts.ndjson');
    writeFileSync(good, `${line('G1')}\n`);
    const outages: InputFile = { path: join(fixtures, 'outages.ndjson'), kind: 'outage', format: 'ndjson' };
    const db = await DuckDb.open({ threads: 1 });
    try {
      const extra = join(dir, 'extra-column.parquet');
      await db.exec(
        `COPY (SELECT 'X1' AS id, 'phone' AS channel, '2026-03-02T09:00:00+01:00' AS arrived, 'x' AS mood) TO ${text(extra)} (FORMAT parquet);`,
      );
      const cases: Array<{ inputs: InputFile[]; read?: ReadOptions }> = [
        { inputs: [{ path: latin1, kind: 'contact', format: 'ndjson' }, outages] },
        { inputs: [{ path: extra, kind: 'contact', format: 'parquet' }, outages] },
        {
          inputs: [{ path: good, kind: 'contact', format: 'ndjson' }, outages],
          read: { columns: { contacts: { columns: { Arrival: 'arrived' } } } },
        },
      ];
      for (const c of cases) {
        expect(await stagedCounts(contract, c.inputs, {}, 'contact', c.read)).toBeNull();
        // The outages are SQL's still.
        expect(await stagedCounts(contract, c.inputs, {}, 'outage', c.read)).toEqual({ clean: 5, flagged: 1 });
        const js = new Evaluation(contract, {});
        for (const f of c.inputs)
          if (f.format === 'parquet') await readParquet(db, js, f.path, f.kind);
          else await evaluateFiles(js, [f as DataFile], c.read);
        expect(withoutEngine(await evaluateInDuckDb(contract, {}, c.inputs, c.read ?? {}, { threads: 1 }))).toEqual(js.finish());
      }
      // A --now the evaluation refuses: every kind to JavaScript, and its error.
      const inputs = cases[0]!.inputs;
      for (const kind of ['contact', 'outage'] as const) expect(await stagedCounts(contract, inputs, { now: 'tomorrow' }, kind)).toBeNull();
      const error = (() => {
        try {
          new Evaluation(contract, { now: 'tomorrow' });
          return null;
        } catch (e) {
          return (e as Error).message;
        }
      })();
      expect(error).not.toBeNull();
      await expect(evaluateInDuckDb(contract, { now: 'tomorrow' }, inputs, {}, { threads: 1 })).rejects.toThrow(error!);
    } finally {
      db.close();
    }
  }, 60_000);

  it('a flagged outage whose id only JavaScript reads as that of a clean one (a repeated key): evaluated the JavaScript way, a duplicate', async () => {
    const clean = join(dir, 'clean-outages.ndjson');
    writeFileSync(
      clean,
      '{"id":"O1","service":"Platform","start":"2026-03-02T09:00:00+01:00","end":"2026-03-02T10:00:00+01:00","kind":"unplanned"}\n',
    );
    const repeated = join(dir, 'repeated-key-outages.ndjson');
    writeFileSync(repeated, '{"id":"X9","service":"Platform","start":"2026-03-03T09:00:00+01:00","kind":"unplanned","id":"O1"}\n');
    const inputs: InputFile[] = [
      { path: clean, kind: 'outage', format: 'ndjson' },
      { path: repeated, kind: 'outage', format: 'ndjson' },
    ];
    // SQL sees no duplicate: the clean O1 stays clean.
    expect(await stagedCounts(contract, inputs, {}, 'outage')).toEqual({ clean: 1, flagged: 1 });
    const db = await DuckDb.open({ threads: 1 });
    try {
      const js = await jsReport(inputs, {}, db);
      expect(js.data.problems.map((p) => [p.id, p.code])).toEqual([['O1', 'duplicate']]);
      expect(withoutEngine(await evaluateInDuckDb(contract, {}, inputs, {}, { threads: 1 }))).toEqual(js);
    } finally {
      db.close();
    }
  }, 30_000);
});
