/**
 * Availability and contact shares in SQL give the JavaScript engine's numbers for every example
 * with outages or contacts (examples/data/*), on real DuckDB and real Postgres (PGlite).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/analyze.js';
import { availabilitySql } from '../../compiler/emit/sql/availability.js';
import { contactSharesSql } from '../../compiler/emit/sql/contacts.js';
import { CalendarSet, calendarTablesSql } from '../../compiler/emit/sql/calendars.js';
import { type Dialect, literalTable } from '../../compiler/emit/sql/dialect.js';
import { toRuntimeContract } from '../../compiler/emit/runtime-contract.js';
import type { RuntimeContract } from '../../runtime/contract.js';
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
import { evaluateFiles } from '../../runtime/files.js';
import { type Engine, engines } from './engines.js';

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

async function load(name: string): Promise<Example> {
  const model = analyze(readFileSync(join(root, `${name}.sla`), 'utf8')).model!;
  const contract = toRuntimeContract(model, `${name}.sla`);
  const results: ObjectiveResult[] = [];
  const ev = new Evaluation(contract, { onObjective: (r) => results.push(r) });
  const dir = join(root, 'data', name);
  const files = readdirSync(dir)
    .filter((f) => formatOfPath(f) !== null && kindOfPath(f) !== null)
    .sort()
    .map((f) => ({ path: join(dir, f), kind: kindOfPath(f) as RecordKind, format: formatOfPath(f)! }));
  await evaluateFiles(ev, files);
  // The outages the engine accepted and the forecasts it holds, as it holds them (the engine keeps no contacts).
  const inner = ev as unknown as { outages: OutageInput[]; shareCounters: Map<string, ShareCounter> };
  const outages = [...inner.outages];
  const forecasts: Array<[string, string, number]> = [];
  for (const [name, counter] of inner.shareCounters)
    for (const [index, f] of counter.forecast) forecasts.push([name, periodKey({ unit: counter.objective.period.unit, index }), f]);
  const contacts: ParsedContact[] = [];
  for (const f of files.filter((x) => x.kind === 'contact'))
    for await (const item of readRecords(createReadStream(f.path), f.format, 'contact')) {
      const parsed = item.ok ? parseContact(item.value) : null;
      if (parsed?.ok) contacts.push(parsed.record);
    }
  const report = ev.finish();
  // Every contact of the examples is accepted: the table holds what the engine counted.
  expect(contacts.length).toBe(report.data.accepted.contact);
  return {
    name,
    contract,
    results,
    outages,
    contacts,
    forecasts,
    context: new Context(contract, 'en'),
    asOf: Date.parse(report.options.asOf!),
  };
}

const OUTAGE_COLUMNS = [
  { name: 'record', type: 'INTEGER' },
  { name: 'id', type: 'TEXT' },
  { name: 'service', type: 'TEXT' },
  { name: 'start_ms', type: 'BIGINT' },
  { name: 'end_ms', type: 'BIGINT' },
  { name: 'kind', type: 'TEXT' },
  { name: 'announced_ms', type: 'BIGINT' },
] as const;

const CONTACT_COLUMNS = [
  { name: 'record', type: 'INTEGER' },
  { name: 'id', type: 'TEXT' },
  { name: 'channel', type: 'TEXT' },
  { name: 'arrived_ms', type: 'BIGINT' },
  { name: 'answered_ms', type: 'BIGINT' },
  { name: 'abandoned_ms', type: 'BIGINT' },
  { name: 'ended_ms', type: 'BIGINT' },
  { name: 'language', type: 'TEXT' },
  { name: 'cause', type: 'TEXT' },
] as const;

const FIELD_COLUMNS = [
  { name: 'record', type: 'INTEGER' },
  { name: 'name', type: 'TEXT' },
  { name: 'value', type: 'TEXT' },
] as const;

const FORECAST_COLUMNS = [
  { name: 'objective', type: 'TEXT' },
  { name: 'period', type: 'TEXT' },
  { name: 'forecast', type: 'DOUBLE' },
] as const;

const PERIOD_COLUMNS = [
  { name: 'objective', type: 'TEXT' },
  { name: 'period', type: 'TEXT' },
  { name: 'from_ms', type: 'BIGINT' },
  { name: 'to_ms', type: 'BIGINT' },
] as const;

/** The script for one example: calendars, inputs, views. */
function script(d: Dialect, x: Example): string {
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
    calendarTablesSql(d, cals.list()) +
    literalTable(
      d,
      'slac_outages',
      [...OUTAGE_COLUMNS],
      x.outages.map((o, i) => [i, o.outage.id, o.outage.service, o.outage.start, o.outage.end, o.outage.kind, o.outage.announced]),
    ) +
    literalTable(
      d,
      'slac_contacts',
      [...CONTACT_COLUMNS],
      x.contacts.map((c, i) => [i, c.id, c.channel, c.arrived, c.answered, c.abandoned, c.ended, c.language, c.cause]),
    ) +
    literalTable(
      d,
      'slac_contact_fields',
      [...FIELD_COLUMNS],
      x.contacts.flatMap((c, i) => Object.entries(c.fields).map(([k, v]) => [i, k, v])),
    ) +
    literalTable(d, 'slac_forecasts', [...FORECAST_COLUMNS], x.forecasts) +
    literalTable(
      d,
      'slac_periods',
      [...PERIOD_COLUMNS],
      x.results.map((r) => [r.objective, r.period, Date.parse(r.from), Date.parse(r.to)]),
    ) +
    views
  );
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

const withOutages = ['internal-ola', 'managed-it', 'saas-platform'];
const withContacts = ['contact-centre'];

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
let all: Engine[] = [];
let examples: Example[] = [];
beforeAll(async () => {
  all = await engines();
  examples = await Promise.all([...withOutages, ...withContacts].map(load));
}, 60_000);
afterAll(async () => {
  for (const e of all) await e.close();
});

describe('availability in SQL equals the JavaScript engine', () => {
  for (const name of withOutages) {
    for (const dialect of ['duckdb', 'postgres'] as const) {
      it(`${name} on ${dialect}`, async () => {
        const e = all.find((x) => x.dialect === dialect)!;
        const x = examples.find((y) => y.name === name)!;
        const expected = expectedAvailability(x);
        expect(expected.filter((r) => r.downtime_ms > 0).length).toBeGreaterThan(0);
        expect(x.outages.length).toBeGreaterThan(0);
        await e.exec(`DROP VIEW IF EXISTS slac_availability;\nDROP VIEW IF EXISTS slac_contact_shares;\n${script(dialect, x)}`);
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
        const e = all.find((x) => x.dialect === dialect)!;
        const x = examples.find((y) => y.name === name)!;
        const expected = expectedShares(x);
        expect(expected.filter((r) => r.counted > 0).length).toBeGreaterThan(0);
        await e.exec(`DROP VIEW IF EXISTS slac_availability;\nDROP VIEW IF EXISTS slac_contact_shares;\n${script(dialect, x)}`);
        const rows = await e.rows('SELECT * FROM slac_contact_shares ORDER BY objective || period');
        expect(rows).toEqual(expected);
      });
    }
  }
});
