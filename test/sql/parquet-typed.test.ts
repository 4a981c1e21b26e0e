/**
 * Parquet with typed timestamps, as a warehouse writes them (cli/engines/parquet.ts): a `TIMESTAMP
 * WITH TIME ZONE` column is an instant, read by SQL (`slac_instant_ms`) and by the JavaScript
 * checks (as ISO text) alike, so a file of them evaluates as the same records written as ISO text
 * do; a `TIMESTAMP` without a zone is a wall time, refused for its missing offset unless
 * `--data-timezone` names its zone.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDb } from '../../cli/engines/duckdb.js';
import type { InputFile } from '../../cli/engines/gate.js';
import { TIMESTAMP_MACRO } from '../../cli/engines/record-checks.js';
import { evaluateInDuckDb } from '../../cli/engines/run.js';
import { text } from '../../compiler/emit/sql/dialect.js';
import type { RuntimeContract } from '../../runtime/contract.js';
import type { EvaluateOptions } from '../../runtime/evaluate/engine.js';
import type { Report } from '../../runtime/evaluate/report.js';
import { parseTimestamp } from '../../runtime/time.js';
import { contractOf } from '../evaluate/helpers.js';
import { stagedCounts } from './staged.js';

const fixtures = join(import.meta.dirname, 'fixtures');
let dir: string;
let contract: RuntimeContract;
const path = (name: string) => join(dir, name);
const input = (name: string, format: InputFile['format'] = 'parquet'): InputFile => ({ path: path(name), kind: 'ticket', format });

/**
 * Tickets as (id, priority, created, responded, events): each instant twice, typed (UTC, with
 * microseconds) and as ISO text in another offset. Clean ones, and some the JavaScript checks
 * refuse: an unknown priority, an event before the creation, a duplicate id, a creation before
 * the term, an infinite creation.
 */
const TICKETS: Array<[string, string, string | null, string | null, Array<[string, string | null, string | null]>]> = [
  [
    'T1',
    'P1',
    '2026-03-10 09:00:00+00',
    '2026-03-10 09:20:00.123456+00',
    [
      ['2026-03-10 10:00:00+00', 'Waiting for customer', null],
      ['2026-03-11 10:00:00.9999+00', 'Resolved', null],
    ],
  ],
  [
    'T2',
    'P2',
    '2026-03-10 09:00:00.000999+00',
    null,
    [
      ['2026-03-10 09:30:00+00', null, 'P1'],
      ['2026-03-13 16:00:00+00', 'Done', null],
    ],
  ],
  ['T3', 'P3', '2026-10-25 00:30:00+00', '2026-10-25 01:30:00+00', [['2026-10-26 08:00:00+00', 'Resolved', null]]],
  ['T4', 'P4', '2026-06-01 12:00:00+00', null, []],
  ['T5', 'P9', '2026-03-10 09:00:00+00', null, []],
  ['T6', 'P1', '2026-03-10 09:00:00+00', null, [['2026-03-10 08:00:00+00', 'Resolved', null]]],
  ['T1', 'P2', '2026-03-12 09:00:00+00', null, []],
  ['T7', 'P2', '2025-03-10 09:00:00+00', null, []],
  ['T8', 'P2', 'infinity', null, []],
];

/** The ISO text of an instant (DuckDB's form of a TIMESTAMP WITH TIME ZONE) in UTC+02:00, with milliseconds. */
function iso(t: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d+))?\+00$/.exec(t)!;
  const ms = Date.parse(`${m[1]}T${m[2]}Z`) + Math.floor(Number(`0.${m[3] ?? '0'}`) * 1000) + 2 * 3_600_000;
  return `${new Date(ms).toISOString().replace('Z', '')}+02:00`;
}

const typed = (t: string | null) => (t === null ? 'NULL' : `TIMESTAMPTZ ${text(t)}`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'slac-parquet-typed-'));
  contract = contractOf(readFileSync(join(fixtures, 'clocks.sla'), 'utf8'), 'clocks.sla');
  const rows = TICKETS.map(
    ([id, p, created, responded, events]) =>
      `(${text(id)}, ${text(p)}, ${typed(created)}, ${typed(responded)}, [${events
        .map(
          ([at, s, q]) => `{'at': ${typed(at)}, 'status': ${s === null ? 'NULL' : text(s)}, 'priority': ${q === null ? 'NULL' : text(q)}}`,
        )
        .join(', ')}]::STRUCT("at" TIMESTAMPTZ, status VARCHAR, priority VARCHAR)[])`,
  );
  const db = await DuckDb.open({ threads: 1 });
  try {
    await db.exec(
      `COPY (SELECT * FROM (VALUES ${rows.join(',\n')}) AS t(id, priority, created, responded, events)) TO ${text(path('typed.parquet'))} (FORMAT parquet);
COPY (SELECT id, priority, CAST(timezone('UTC', created) AS TIMESTAMP) AS created FROM read_parquet(${text(path('typed.parquet'))}) WHERE isfinite(created)) TO ${text(path('wall.parquet'))} (FORMAT parquet);
`,
    );
  } finally {
    db.close();
  }
  // The same tickets as ISO text (the infinite one as the text DuckDB writes for it).
  const ndjson = TICKETS.map(([id, priority, created, responded, events]) =>
    JSON.stringify({
      id,
      priority,
      created: created === 'infinity' ? created : iso(created!),
      ...(responded ? { responded: iso(responded) } : {}),
      ...(events.length
        ? { events: events.map(([at, s, q]) => ({ at: iso(at), ...(s ? { status: s } : {}), ...(q ? { priority: q } : {}) })) }
        : {}),
    }),
  );
  writeFileSync(path('text.ndjson'), `${ndjson.join('\n')}\n`);
  // The wall times of wall.parquet, as text without an offset.
  writeFileSync(
    path('wall.ndjson'),
    `${TICKETS.filter((t) => t[2] !== 'infinity')
      .map(([id, priority, created]) => JSON.stringify({ id, priority, created: `${created!.slice(0, 10)}T${created!.slice(11, -3)}` }))
      .join('\n')}\n`,
  );
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const evaluate = (files: InputFile[], options: EvaluateOptions = { reportTickets: 'all' }) =>
  evaluateInDuckDb(contract, options, files, {}, { threads: 1 });

/** A report without what names the file a record came from (its path, line or record number, and format) and the engine. */
function outcome(r: Report): unknown {
  const { engine: _, data, ...rest } = r;
  const { files: _f, ...counts } = data;
  const json = JSON.stringify({ ...rest, data: counts }, (k, v) => (k === 'file' || k === 'line' ? undefined : v));
  return JSON.parse(json.replaceAll(/[^"' ]*\.(ndjson|parquet):\d+/g, '<record>'));
}

describe('Parquet with typed timestamps', () => {
  it('instants (TIMESTAMP WITH TIME ZONE): read by SQL, and the report of the same tickets as ISO text', async () => {
    expect(await stagedCounts(contract, [input('typed.parquet')])).toEqual({ clean: 3, flagged: 6 });
    const parquet = await evaluate([input('typed.parquet')]);
    const ndjson = await evaluate([input('text.ndjson', 'ndjson')]);
    expect(outcome(parquet)).toEqual(outcome(ndjson));
    expect(parquet.data.accepted.ticket).toBe(4);
    expect(parquet.data.problems.map((p) => [p.id, p.code])).toEqual([
      ['T5', 'unknown-priority'],
      ['T6', 'event-before-created'],
      ['T1', 'duplicate'],
      ['T7', 'created-outside-term'],
      ['T8', 'not-a-timestamp'],
    ]);
    // The infinite creation is named as DuckDB writes it; the instants with microseconds kept to the millisecond.
    expect(parquet.data.problems.find((p) => p.code === 'not-a-timestamp')!.message).toMatch(/'infinity'/);
    const t1 = parquet.tickets.find((t) => t.id === 'T1')!;
    expect([t1.response!.stopped, t1.response!.elapsedMs]).toEqual(['2026-03-10T10:20:00.123+01:00', 20 * 60_000 + 123]);
  }, 60_000);

  it('wall times (TIMESTAMP): the JavaScript reader, refused without an offset, read in the zone --data-timezone names', async () => {
    expect(await stagedCounts(contract, [input('wall.parquet')])).toBeNull();
    const refused = await evaluate([input('wall.parquet')]);
    expect(refused.data.accepted.ticket).toBe(0);
    expect(new Set(refused.data.problems.map((p) => p.code))).toEqual(new Set(['timestamp-no-offset']));
    const zoned: EvaluateOptions = { reportTickets: 'all', dataZone: 'Europe/Amsterdam' };
    const parquet = await evaluate([input('wall.parquet')], zoned);
    expect(parquet.data.accepted.ticket).toBe(5);
    expect(outcome(parquet)).toEqual(outcome(await evaluate([input('wall.ndjson', 'ndjson')], zoned)));
  }, 60_000);

  it('outages and contacts with instants: read by SQL, and the report of the same records as ISO text', async () => {
    const records = contractOf(readFileSync(join(fixtures, 'records.sla'), 'utf8'), 'records.sla');
    const kinds = { outage: ['start', 'end', 'announced'], contact: ['arrived', 'answered', 'abandoned', 'ended'] } as const;
    const db = await DuckDb.open({ threads: 1 });
    try {
      for (const [kind, all] of Object.entries(kinds)) {
        const source = text(join(fixtures, `${kind}s.ndjson`));
        const columns = await db.rows(`DESCRIBE SELECT * FROM read_json(${source}, format = 'newline_delimited', union_by_name = true)`);
        const times = all.filter((t) => columns.some((c) => c.column_name === t));
        // The fixture's instants typed (a text DuckDB cannot read as one stays absent), and those instants as ISO text again.
        await db.exec(`COPY (SELECT * REPLACE (${times.map((t) => `TRY_CAST("${t}" AS TIMESTAMPTZ) AS "${t}"`).join(', ')})
            FROM read_json(${source}, format = 'newline_delimited', union_by_name = true)) TO ${text(path(`${kind}s.parquet`))} (FORMAT parquet);
          COPY (SELECT * REPLACE (${times.map((t) => `strftime(timezone('UTC', "${t}"), '%Y-%m-%dT%H:%M:%S.%g+00:00') AS "${t}"`).join(', ')})
            FROM read_parquet(${text(path(`${kind}s.parquet`))})) TO ${text(path(`${kind}s.ndjson`))} (FORMAT json);
`);
      }
    } finally {
      db.close();
    }
    const files = (format: 'parquet' | 'ndjson'): InputFile[] =>
      (['outage', 'contact'] as const).map((kind) => ({ path: path(`${kind}s.${format}`), kind, format }));
    for (const kind of ['outage', 'contact'] as const)
      expect((await stagedCounts(records, files('parquet'), {}, kind))!.clean).toBeGreaterThan(3);
    const options: EvaluateOptions = { period: '2026-03' };
    const parquet = await evaluateInDuckDb(records, options, files('parquet'), {}, { threads: 1 });
    expect(outcome(parquet)).toEqual(outcome(await evaluateInDuckDb(records, options, files('ndjson'), {}, { threads: 1 })));
    expect(parquet.data.accepted.outage).toBeGreaterThan(3);
    expect(parquet.data.accepted.contact).toBeGreaterThan(3);
    expect(parquet.objectives.length).toBeGreaterThan(1);
  }, 60_000);

  it('slac_instant_ms gives the milliseconds the JavaScript parser reads from the ISO text the checks get', async () => {
    // Microseconds from year 0 to 9999, around the spring DST change of 2026 and around 1970; and either end.
    const us = fc.oneof(
      fc.bigInt({ min: -62_167_219_200_000_000n, max: 253_402_300_799_999_999n }),
      fc.bigInt({ min: 1_774_746_000_000_000n - 10n ** 10n, max: 1_774_746_000_000_000n + 10n ** 10n }),
      fc.bigInt({ min: -(10n ** 7n), max: 10n ** 7n }),
    );
    const first = -62_167_219_200_000_000n;
    const last = 253_402_300_799_999_999n;
    const ends = [first - 1n, first, last, last + 1n];
    const values = [...fc.sample(us, { numRuns: 2000, seed: 3 }), ...ends, -1n, -999n, -1000n, -1001n, 0n, 999n];
    const db = await DuckDb.open({ threads: 1 });
    try {
      await db.exec(TIMESTAMP_MACRO);
      const rows = await db.rows(
        `SELECT CAST(u AS VARCHAR) AS u, slac_instant_ms(t) AS ms, strftime(timezone('UTC', t), '%Y-%m-%dT%H:%M:%S.%fZ') AS iso
         FROM (SELECT u, make_timestamptz(u) AS t FROM (VALUES ${values.map((v) => `(${v})`).join(', ')}) AS v(u))`,
      );
      let read = 0;
      for (const { u, ms, iso: t } of rows) {
        const js = parseTimestamp(String(t));
        // A four-digit year: both read it, to the same millisecond (floored); beyond: neither.
        expect({ u, t, ms }).toEqual({ u, t, ms: js.ok ? js.ms : null });
        if (ms !== null) read++;
      }
      expect(read).toBeGreaterThan(1000);
      expect(ends.map((u) => rows.find((r) => r.u === String(u))!.ms !== null)).toEqual([false, true, true, false]);
    } finally {
      db.close();
    }
  });
});
