/**
 * Availability and contact shares in SQL give the JavaScript engine's numbers for every example
 * with outages or contacts (examples/data/*), on real DuckDB and real Postgres (PGlite).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/analyze.js';
import { availabilitySql } from '../../compiler/emit/sql/availability.js';
import { CalendarSet, calendarTablesSql } from '../../compiler/emit/sql/calendars.js';
import { type Dialect, literalTable } from '../../compiler/emit/sql/dialect.js';
import { toRuntimeContract } from '../../compiler/emit/runtime-contract.js';
import type { RuntimeContract } from '../../runtime/contract.js';
import { formatOfPath, kindOfPath } from '../../runtime/data/read.js';
import type { RecordKind } from '../../runtime/data/types.js';
import type { OutageInput } from '../../runtime/evaluate/availability.js';
import { Context } from '../../runtime/evaluate/context.js';
import { Evaluation } from '../../runtime/evaluate/engine.js';
import type { AvailabilityDetail, ObjectiveResult } from '../../runtime/evaluate/report.js';
import { evaluateFiles } from '../../runtime/files.js';
import { type Engine, engines } from './engines.js';

const root = join(import.meta.dirname, '../../examples');

interface Example {
  name: string;
  contract: RuntimeContract;
  results: ObjectiveResult[];
  outages: OutageInput[];
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
  // The outages the engine accepted, exactly as it holds them.
  const outages = [...(ev as unknown as { outages: OutageInput[] }).outages];
  const report = ev.finish();
  return { name, contract, results, outages, asOf: Date.parse(report.options.asOf!) };
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

const PERIOD_COLUMNS = [
  { name: 'objective', type: 'TEXT' },
  { name: 'period', type: 'TEXT' },
  { name: 'from_ms', type: 'BIGINT' },
  { name: 'to_ms', type: 'BIGINT' },
] as const;

/** The script for one example: calendars, inputs, views. */
function script(d: Dialect, x: Example): string {
  const cals = new CalendarSet(new Context(x.contract, 'en'));
  const views = availabilitySql(d, cals, x.contract.objectives, { outages: 'slac_outages', periods: 'slac_periods', asOf: String(x.asOf) });
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
let all: Engine[] = [];
let examples: Example[] = [];
beforeAll(async () => {
  all = await engines();
  examples = await Promise.all(withOutages.map(load));
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
        expect(expected.length).toBeGreaterThan(0);
        expect(x.outages.length).toBeGreaterThan(0);
        const t0 = performance.now();
        const sql = script(dialect, x);
        const t1 = performance.now();
        await e.exec(`DROP VIEW IF EXISTS slac_availability;\n${sql}`);
        const t2 = performance.now();
        const rows = await e.rows('SELECT * FROM slac_availability ORDER BY objective || period');
        console.log(name, dialect, sql.length, Math.round(t1 - t0), Math.round(t2 - t1), Math.round(performance.now() - t2), JSON.stringify(expected.filter((r) => r.downtime_ms > 0).length));
        expect(rows).toEqual(expected);
      });
    }
  }
});
