/**
 * Availability and contact shares in SQL give the JavaScript engine's numbers for every example
 * with outages or contacts (examples/data/*), on real DuckDB and real Postgres (PGlite).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/analyze.js';
import { availabilitySql } from '../../compiler/emit/sql/availability.js';
import { addDurationSql } from '../../compiler/emit/sql/business-time.js';
import { contactSharesSql } from '../../compiler/emit/sql/contacts.js';
import {
  CONTACT_COLUMNS,
  CONTACT_FIELD_COLUMNS,
  FORECAST_COLUMNS,
  OUTAGE_COLUMNS,
  PERIOD_COLUMNS,
} from '../../compiler/emit/sql/inputs.js';
import { CalendarSet, calendarTablesSql } from '../../compiler/emit/sql/calendars.js';
import { type Dialect, literalTable } from '../../compiler/emit/sql/dialect.js';
import { toRuntimeContract } from '../../compiler/emit/runtime-contract.js';
import type { RtDuration, RuntimeContract } from '../../runtime/contract.js';
import { formatOfPath, kindOfPath, readRecords } from '../../runtime/data/read.js';
import { type ParsedContact, parseContact } from '../../runtime/data/validate.js';
import type { ShareCounter } from '../../runtime/evaluate/shares.js';
import { periodKey } from '../../runtime/time.js';
import { createReadStream } from 'node:fs';
import type { RecordKind } from '../../runtime/data/types.js';
import type { OutageInput } from '../../runtime/evaluate/availability.js';
import { Context } from '../../runtime/evaluate/context.js';
import { Evaluation } from '../../runtime/evaluate/engine.js';
import type { AvailabilityDetail, ObjectiveResult, ShareDetail } from '../../runtime/evaluate/report.js';
import type { Engine } from './engines.js';

const root = join(import.meta.dirname, '../../examples');

interface Example {
  name: string;
  contract: RuntimeContract;
  results: ObjectiveResult[];
  outages: OutageInput[];
  contacts: ParsedContact[];
  forecasts: Array<[string, string, number]>;
  context: Context;
  asOf: number;
}

interface Variant {
  /** The name the example is known by in the tests. */
  as: string;
  contract: (c: RuntimeContract) => RuntimeContract;
  record: (kind: RecordKind, raw: Record<string, unknown>) => Record<string, unknown>;
}

const asIs: Variant = { as: '', contract: (c) => c, record: (_k, r) => r };

async function load(name: string, variant: Variant = asIs): Promise<Example> {
  const model = analyze(readFileSync(join(root, `${name}.sla`), 'utf8')).model!;
  const contract = variant.contract(toRuntimeContract(model, `${name}.sla`));
  const results: ObjectiveResult[] = [];
  const ev = new Evaluation(contract, { onObjective: (r) => results.push(r) });
  const dir = join(root, 'data', name);
  const files = readdirSync(dir)
    // Tickets play no part in availability and contact shares (they do move the data's range, for both engines alike).
    .filter((f) => formatOfPath(f) !== null && kindOfPath(f) !== null && kindOfPath(f) !== 'ticket')
    .sort()
    .map((f) => ({ path: join(dir, f), kind: kindOfPath(f) as RecordKind, format: formatOfPath(f)! }));
  const contacts: ParsedContact[] = [];
  for (const f of files) {
    ev.supply(f.kind);
    ev.beginInput(f.path, f.kind, f.format);
    let index = 0;
    for await (const item of readRecords(createReadStream(f.path), f.format, f.kind)) {
      if (!item.ok) throw new Error(`${f.path}:${item.line}: ${item.message}`);
      const raw = variant.record(f.kind, item.value as Record<string, unknown>);
      ev.addRecord(f.kind, raw, { file: f.path, line: item.line, index: index++ });
      const parsed = f.kind === 'contact' ? parseContact(raw) : null;
      if (parsed?.ok) contacts.push(parsed.record);
    }
    ev.endInput();
  }
  // The outages the engine accepted and the forecasts it holds, as it holds them (the engine keeps no contacts).
  const inner = ev as unknown as { outages: OutageInput[]; shareCounters: Map<string, ShareCounter> };
  const outages = [...inner.outages];
  const forecasts: Array<[string, string, number]> = [];
  for (const [name, counter] of inner.shareCounters)
    for (const [index, f] of counter.forecast) forecasts.push([name, periodKey({ unit: counter.objective.period.unit, index }), f]);
  const report = ev.finish();
  // Every contact of the examples is accepted: the table holds what the engine counted.
  expect(contacts.length).toBe(report.data.accepted.contact);
  expect(report.data.problems).toEqual([]);
  return {
    name: variant.as || name,
    contract,
    results,
    outages,
    contacts,
    forecasts,
    context: new Context(contract, 'en'),
    asOf: Date.parse(report.options.asOf!),
  };
}

/** Hostile names where the SQL takes the contract's and the data's strings. */
const HOSTILE = {
  service: "'); drop table x; --",
  calendar: 'kal"ender\\ “ü” 日本 \'',
  objective: 'it\'s "up"; --',
  language: "n'l\\",
};

/** Renames every string equal to `from` in the contract (names are unique words in these examples). */
function renamed(c: RuntimeContract, pairs: Array<[string, string]>): RuntimeContract {
  const map = new Map(pairs);
  return JSON.parse(JSON.stringify(c), (_k, v) => (typeof v === 'string' && map.has(v) ? map.get(v) : v));
}

const hostileSaas: Variant = {
  as: 'saas-platform, hostile names',
  contract: (c) =>
    renamed(c, [
      ['Platform', HOSTILE.service],
      ['always', HOSTILE.calendar],
      ['platform_uptime', HOSTILE.objective],
    ]),
  record: (kind, r) => (kind === 'outage' && r.service === 'Platform' ? { ...r, service: HOSTILE.service } : r),
};

const hostileContacts: Variant = {
  as: 'contact-centre, hostile names',
  contract: (c) => {
    const out = renamed(c, [
      ['contact_hours', HOSTILE.calendar],
      ['abandonment', HOSTILE.objective],
    ]);
    for (const o of out.objectives)
      for (const k of o.conditions ?? []) if (k.field === 'language') k.values = k.values.map((v) => (v === 'nl' ? HOSTILE.language : v));
    return out;
  },
  record: (kind, r) => {
    if (kind === 'contact' && r.language === 'nl') return { ...r, language: HOSTILE.language };
    if (kind === 'measurement' && r.objective === 'abandonment') return { ...r, objective: HOSTILE.objective };
    return r;
  },
};

/** The script for one example: calendars (unless already there), inputs, views. */
function script(d: Dialect, x: Example, calendars = true): string {
  const cals = new CalendarSet(x.context);
  const views =
    availabilitySql(d, cals, x.contract.objectives, { outages: 'slac_outages', periods: 'slac_periods', asOf: String(x.asOf) }) +
    contactSharesSql(d, cals, x.contract.objectives, {
      contacts: 'slac_contacts',
      fields: 'slac_contact_fields',
      periods: 'slac_periods',
      forecasts: 'slac_forecasts',
      asOf: String(x.asOf),
    });
  return (
    (calendars ? calendarTablesSql(d, cals.list()) : '') +
    literalTable(
      d,
      'slac_outages',
      OUTAGE_COLUMNS,
      x.outages.map((o, i) => [
        i,
        o.outage.id,
        o.outage.service,
        o.outage.start,
        o.outage.end,
        o.outage.kind,
        o.outage.announced,
        null,
        null,
        i,
      ]),
    ) +
    literalTable(
      d,
      'slac_contacts',
      CONTACT_COLUMNS,
      x.contacts.map((c, i) => [i, c.id, c.channel, c.arrived, c.answered, c.abandoned, c.ended, c.language, c.cause, null, null, i]),
    ) +
    literalTable(
      d,
      'slac_contact_fields',
      CONTACT_FIELD_COLUMNS,
      x.contacts.flatMap((c, i) => Object.entries(c.fields).map(([k, v]) => [i, k, v])),
    ) +
    literalTable(d, 'slac_forecasts', FORECAST_COLUMNS, x.forecasts) +
    literalTable(
      d,
      'slac_periods',
      PERIOD_COLUMNS,
      x.results.map((r) => [r.objective, r.period, Date.parse(r.from), Date.parse(r.to)]),
    ) +
    views
  );
}

/** The views of earlier cases read the input and calendar tables: Postgres refuses to drop a table a view needs. */
const DROP_VIEWS = ['slac_availability', 'slac_outage_pieces', 'slac_contact_shares', 'slac_contact_units', 'slac_contact_outcomes']
  .map((v) => `DROP VIEW IF EXISTS ${v};\n`)
  .join('');

const AVAILABILITY_QUERY = 'SELECT * FROM slac_availability ORDER BY objective || period';

async function exec(e: Engine, d: Dialect, x: Example, calendars = true): Promise<void> {
  await e.exec(`${DROP_VIEWS}${script(d, x, calendars)}`);
}

const HOUR = 3_600_000;
const KINDS = ['unplanned', 'planned', 'force-majeure', 'customer-caused', 'third-party'] as const;
const SERVICES = ['Platform', 'Api', 'Analytics'];

/** Outages in March to June 2026 (DST on 29 March), overlapping, of every kind, some still going on. */
const randomOutages = fc.array(
  fc.record({
    service: fc.constantFrom(...SERVICES),
    start: fc.integer({ min: Date.UTC(2026, 2, 1), max: Date.UTC(2026, 5, 30) }).map((t) => t - (t % 60_000)),
    minutes: fc.oneof(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 600, max: 4 * 1440 })),
    open: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    kind: fc.constantFrom(...KINDS),
    notice: fc.option(fc.integer({ min: 0, max: 20 * 24 }), { nil: null }),
  }),
  { minLength: 1, maxLength: 25 },
);

/**
 * saas-platform with the clauses the examples lack: a maintenance window with a notice
 * (platform_uptime), a window without one and a cap per objective period (api_uptime), and a
 * rolling quarter on office hours (analytics_uptime).
 */
type RandomOutage = typeof randomOutages extends fc.Arbitrary<Array<infer T>> ? T : never;

function randomContract(base: RuntimeContract): RuntimeContract {
  const contract: RuntimeContract = structuredClone(base);
  const sunday = (ranges: Array<[number, number]>) => [[], [], [], [], [], [], ranges];
  for (const o of contract.objectives) {
    const m = o.exclusions.find((e) => e.exclusion === 'maintenance');
    if (!m) continue;
    if (o.name === 'platform_uptime') m.window = sunday([[120, 360]]);
    if (o.name === 'api_uptime') {
      m.window = [[[0, 60]], [], [], [], [], [], [[120, 360]]];
      m.notice = null;
      m.capPeriod = null;
    }
    if (o.name === 'analytics_uptime' && o.measure.kind === 'availability') {
      o.measure.calendar = 'office';
      o.period = { unit: 'month', count: 3, rolling: true };
    }
  }
  return contract;
}

function randomExample(contract: RuntimeContract, context: Context, list: RandomOutage[]): Example {
  const iso = (t: number) => new Date(t).toISOString();
  const raws = list.map((x, i) => ({
    id: `O${i}`,
    service: x.service,
    start: iso(x.start),
    ...(x.open ? {} : { end: iso(x.start + x.minutes * 60_000) }),
    kind: x.kind,
    ...(x.kind === 'planned' && x.notice !== null ? { announced: iso(x.start - x.notice * HOUR) } : {}),
  }));
  const results: ObjectiveResult[] = [];
  const ev = new Evaluation(contract, { onObjective: (r) => results.push(r) });
  ev.supply('outage');
  ev.beginInput(null, 'outage', null);
  raws.forEach((r, index) => ev.addRecord('outage', r, { file: null, line: null, index }));
  ev.endInput();
  const outages = [...(ev as unknown as { outages: OutageInput[] }).outages];
  const report = ev.finish();
  expect(report.data.problems).toEqual([]);
  return {
    name: 'random',
    contract,
    results,
    outages,
    contacts: [],
    forecasts: [],
    context,
    asOf: Date.parse(report.options.asOf!),
  };
}

function expectedAvailability(x: Example) {
  return x.results
    .filter((r) => r.detail.kind === 'availability')
    .map((r) => {
      const a = r.detail as AvailabilityDetail;
      const ex = (reason: string) => a.excluded.find((e) => e.reason === reason)?.ms ?? 0;
      return {
        objective: r.objective,
        period: r.period,
        window_ms: a.windowMs,
        downtime_ms: a.downtimeMs,
        over_cap_ms: a.counted.overCapMs,
        force_majeure_ms: ex('force-majeure'),
        customer_caused_ms: ex('customer-caused'),
        third_party_ms: ex('third-party'),
        maintenance_ms: ex('maintenance'),
        outside_window_ms: a.outsideWindowMs,
      };
    })
    .sort((a, b) => (a.objective + a.period < b.objective + b.period ? -1 : 1));
}

// saas-platform and contact-centre run with hostile names: the same data, the same engine numbers.
const withOutages = ['internal-ola', 'managed-it', hostileSaas.as];
const withContacts = [hostileContacts.as];

function expectedShares(x: Example) {
  return x.results
    .filter((r) => r.detail.kind === 'share' && r.detail.source === 'contacts')
    .map((r) => {
      const s = r.detail as ShareDetail;
      return {
        objective: r.objective,
        period: r.period,
        counted: s.counted,
        hits: s.hits,
        pending: s.pending,
        outside_hours: s.outsideHours,
        excluded: s.excluded,
        above_forecast: s.aboveForecast,
        unmatched: s.unmatched,
        not_owed: s.notOwed,
      };
    })
    .sort((a, b) => (a.objective + a.period < b.objective + b.period ? -1 : 1));
}
/** The cases, on the engines of the one test file (test/sql/sql.test.ts). */
export function exampleCases(engine: (d: Dialect) => Engine): void {
  let examples: Example[] = [];
  beforeAll(async () => {
    examples = await Promise.all([
      ...['internal-ola', 'managed-it'].map((n) => load(n)),
      load('saas-platform', hostileSaas),
      load('contact-centre', hostileContacts),
    ]);
  }, 60_000);

  describe('availability in SQL equals the JavaScript engine', () => {
    for (const name of withOutages) {
      for (const dialect of ['duckdb', 'postgres'] as const) {
        it(`${name} on ${dialect}`, async () => {
          const e = engine(dialect);
          const x = examples.find((y) => y.name === name)!;
          const expected = expectedAvailability(x);
          expect(expected.filter((r) => r.downtime_ms > 0).length).toBeGreaterThan(0);
          expect(x.outages.length).toBeGreaterThan(0);
          await exec(e, dialect, x);
          const rows = await e.rows('SELECT * FROM slac_availability ORDER BY objective || period');
          expect(rows).toEqual(expected);
        });
      }
    }
  });

  describe('contact shares in SQL equal the JavaScript engine', () => {
    for (const name of withContacts) {
      for (const dialect of ['duckdb', 'postgres'] as const) {
        it(`${name} on ${dialect}`, async () => {
          const e = engine(dialect);
          const x = examples.find((y) => y.name === name)!;
          const expected = expectedShares(x);
          expect(expected.filter((r) => r.counted > 0).length).toBeGreaterThan(0);
          await exec(e, dialect, x);
          const rows = await e.rows('SELECT * FROM slac_contact_shares ORDER BY objective || period');
          expect(rows).toEqual(expected);
          // The contract has no availability objective: the view is there, typed and empty.
          expect(await e.rows('SELECT objective, window_ms FROM slac_availability')).toEqual([]);
        });
      }
    }
  });

  describe('availability in SQL equals the JavaScript engine on random outages', () => {
    let contract: RuntimeContract;
    let context: Context;
    beforeAll(() => {
      contract = randomContract(
        toRuntimeContract(analyze(readFileSync(join(root, 'saas-platform.sla'), 'utf8')).model!, 'saas-platform.sla'),
      );
      context = new Context(contract, 'en');
    });
    for (const dialect of ['duckdb', 'postgres'] as const) {
      it(`${dialect}: every kind, overlaps, notices, maintenance windows, caps, rolling periods, DST`, async () => {
        let first = true;
        await fc.assert(
          fc.asyncProperty(randomOutages, async (outages) => {
            const x = randomExample(contract, context, outages);
            await exec(engine(dialect), dialect, x, first);
            first = false;
            expect(await engine(dialect).rows(AVAILABILITY_QUERY)).toEqual(expectedAvailability(x));
          }),
          { numRuns: 8 },
        );
      });
    }
  });

  describe('contract durations in SQL equal Context.addDuration', () => {
    const durations: Array<[string, RtDuration, string | null]> = [
      ['months', { value: 1, unit: 'month', clock: 'elapsed', amount: 0 }, null],
      ['months13', { value: 13, unit: 'month', clock: 'elapsed', amount: 0 }, null],
      ['years', { value: 1, unit: 'year', clock: 'elapsed', amount: 0 }, null],
      ['working', { value: 5, unit: 'day', clock: 'working', amount: 5 }, 'office'],
      ['calendar_days', { value: 7, unit: 'day', clock: 'calendar', amount: 7 }, 'office'],
      ['business', { value: 8, unit: 'hour', clock: 'business', amount: 8 * HOUR }, 'office'],
      ['elapsed', { value: 30, unit: 'minute', clock: 'elapsed', amount: 30 * 60_000 }, null],
    ];
    for (const dialect of ['duckdb', 'postgres'] as const) {
      it(`${dialect}: months, years, working and calendar days, business and elapsed time across DST and month ends`, async () => {
        const contract = toRuntimeContract(analyze(readFileSync(join(root, 'saas-platform.sla'), 'utf8')).model!, 'saas-platform.sla');
        const ctx = new Context(contract, 'en');
        const cals = new CalendarSet(ctx);
        // Month ends, DST nights (29 March, 25 October 2026) and random instants of the term.
        const starts = [
          Date.parse('2026-01-31T10:00:00+01:00'),
          Date.parse('2027-01-29T23:30:00+01:00'),
          Date.parse('2026-02-28T02:30:00+01:00'),
          Date.parse('2026-03-29T01:59:59+01:00'),
          Date.parse('2026-10-25T02:30:00+01:00'),
          Date.parse('2026-09-25T02:30:00+02:00'),
          ...fc.sample(fc.integer({ min: ctx.termFrom, max: ctx.termTo }), { numRuns: 40, seed: 7 }),
        ];
        const parts = durations.map(([name, d, cal]) => ({ name, sql: addDurationSql(dialect, cals, name, 'q.t', d, cal) }));
        await engine(dialect).exec(
          // Views of earlier cases read the calendar tables: Postgres refuses to drop a table a view needs.
          DROP_VIEWS +
            calendarTablesSql(dialect, cals.list()) +
            literalTable(
              dialect,
              'q',
              [
                { name: 'id', type: 'INTEGER' },
                { name: 't', type: 'BIGINT' },
              ],
              starts.map((t, i) => [i, t]),
            ),
        );
        const rows = await engine(dialect).rows(
          `SELECT q.id, ${parts.map((p) => `${p.sql.value} AS ${p.name}`).join(', ')} FROM q\n${parts.map((p) => p.sql.joins).join('')}ORDER BY q.id`,
        );
        const expected = starts.map((t, id) => ({
          id,
          ...Object.fromEntries(durations.map(([name, d, cal]) => [name, ctx.addDuration(t, d, cal)])),
        }));
        expect(rows).toEqual(expected);
      });
    }
  });
}
