/**
 * The SQL engine gives the JavaScript engine's report: for the fixture contract and its data, and
 * for seeded random contracts (calendars in zones with DST, wall-time and business-hour targets,
 * tiers with their own targets and clock starts, pauses by reason and by status, hostile status
 * names) with seeded random tickets (pauses, reopenings, priority changes, unknown statuses,
 * messages, tickets created around the DST changes), the DuckDB report, the PGlite (Postgres)
 * report and the JS report are deep-equal apart from `engine`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDb } from '../../cli/engines/duckdb.js';
import { evaluateInSql } from '../../cli/engines/run.js';
import type { Row, SqlDatabase } from '../../cli/engines/sql-tickets.js';
import { text } from '../../compiler/emit/sql/dialect.js';
import { emitSql } from '../../compiler/emit/sql/index.js';
import { normaliseStatus } from '../../runtime/data/status-name.js';
import type { RuntimeContract } from '../../runtime/contract.js';
import { Evaluation } from '../../runtime/evaluate/engine.js';
import { ratio, toNumber } from '../../runtime/evaluate/exact.js';
import type { Report, TimeDetail } from '../../runtime/evaluate/report.js';
import { mulberry32 } from '../../bench/random.js';
import { contractOf } from '../evaluate/helpers.js';
import { duckdb as duckdbEngine } from './engines.js';
import { pgliteDatabase } from './pglite-db.js';

const ZONES = ['Europe/Amsterdam', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'];
/** Status names that try to break out of a SQL string. */
/** An objective title that does the same. */
const HOSTILE_TITLE = "Resolution'); DROP VIEW slac_credits; --";
const HOSTILE = ["Wacht'); DROP TABLE slac_tickets; --", 'On "hold"', "it''s parked"];

interface Case {
  name: string;
  contract: RuntimeContract;
  records: unknown[];
}

function randomCase(seed: number): Case {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const zone = pick(ZONES);
  const open = 6 + Math.floor(r() * 4);
  const close = open + 4 + Math.floor(r() * 8);
  const hostile = HOSTILE[seed % HOSTILE.length]!;
  // Response 1–4 hours, resolution 5–16: the checker wants resolution no shorter than response.
  const within = (kind: string, business: boolean) =>
    `${kind === 'response' ? 1 + Math.floor(r() * 4) : 5 + Math.floor(r() * 12)} ${business ? 'business hours' : 'hours'}`;
  const line = (kind: string, p: string) => {
    const onCalendar = r() < 0.6;
    return `  ${kind} ${p} within ${within(kind, onCalendar)}${onCalendar ? ' on office' : ''}`;
  };
  // Objectives on tickets with credit and bonus ladders: calendar and rolling periods, a target that
  // the counts of some period meet exactly (ties), a hostile title, and an acceptance period in some.
  const unit = pick(['month', 'week', '3 months', 'quarter', 'day']);
  const target = pick([50, 60, 62.5, 75]);
  const limitTarget = pick([50, 80]);
  const meanTarget = pick([2, 4, 8]);
  const objectives = `objective resolved_on_time "${HOSTILE_TITLE}" {
  ${target}% of tickets resolved on time per ${unit}
}
objective responded_on_time "Response" {
  at least 50% of incidents responded on time per ${pick(['day', 'week'])}
}
objective resolved_within "Resolution within limit" {
  ${limitTarget}% of tickets resolved within ${pick([8, 12, 30])} business hours per ${pick(['month', '2 months', 'week'])} on office
}
objective requests_responded "Requests" {
  at least 50% of requests responded within ${pick([1, 2, 4])} hours per month
}
objective mean_resolution "Mean resolution" {
  average resolution time of tickets at most ${meanTarget} business hours per ${pick(['month', 'week', '2 months'])} on office
}
objective p90_response "Response percentile" {
  ${pick([80, 90, 50])}th percentile of response time of incidents at most ${pick([2, 4])} hours per ${pick(['month', '3 months', 'week'])}
}
objective reopens "Reopened" {
  reopen ratio of ${pick(['tickets', 'incidents'])} at most ${pick([5, 10, 20])}% per ${pick(['week', 'month'])}
}
objective first_time "First time right" {
  first time right of ${pick(['tickets', 'requests'])} at least ${pick([40, 60, 80])}% per ${pick(['week', 'month'])}
}
credits for mean_resolution {
  above ${meanTarget} business hours credit EUR 300
}
escalation missed "Missed objectives" {
  for objective resolved_on_time
  step 1 "Service manager" after ${pick(['2 days', '10 days', '30 days'])}
}
credits for resolved_on_time {
  below ${target}% credit 5% of monthly fee
  below 40% credit EUR 1000
  at most EUR ${pick([1000, 1500, 3000])} per ${pick(['month', 'quarter', '3 months'])}
}
credits for responded_on_time {
  below 50% credit 2.5% of monthly fee
}
credits for resolved_within {
  below ${limitTarget}% credit EUR 400
}
bonus for responded_on_time {
  above ${pick([60, 75])}% bonus EUR 25
  above 90% bonus EUR 40
  at most EUR 50 per ${pick(['month', '2 months'])}
}
credit terms {
  at most EUR ${pick([1200, 2000, 5000])} per ${pick(['month', '12 months', 'quarter'])}
${seed % 3 === 0 ? '  at most EUR 2500 per 6 months\n' : ''}}
legal {
  improvement plan for resolved_on_time, responded_on_time after 2 consecutive breaches within 10 working days
  termination for resolved_on_time after 3 consecutive breaches or 3 breaches in 12 months
}
`;
  const text = `agreement "Random ${seed}" {
  provider "P"
  customer "C"
  term 2026-01-01 to 2026-12-31
  languages en
  timezone ${zone}
  monthly fee EUR ${pick(['8450.35', '12000', '999.99'])}
${seed % 2 === 0 ? '  acceptance period 3 months\n' : ''}}
calendar office {
  timezone ${zone}
  monday to ${pick(['thursday', 'friday', 'saturday'])} ${String(open).padStart(2, '0')}:00 to ${String(close).padStart(2, '0')}:30
  closed on public holidays NL
}
calendar always {
  timezone ${zone}
  every day
}
priority P1
priority P2
statuses {
  "New", "In progress" starts
  "Assigned" none
  "Waiting for customer" pauses waiting for customer
  "Waiting for supplier" pauses waiting for third party
  "${hostile.replaceAll('"', '\\"')}" pauses
  "Resolved" resolves
  "Closed" closes
  "Reopened" reopens
}
targets {
${line('response', 'P1')}
${line('resolution', 'P1')}
${line('response', 'P2')}
${line('resolution', 'P2')}
  paused while waiting for customer
}
tier Gold {
${line('response', 'P1')}
  clocks start at assignment
  paused while status "Waiting for supplier"
}
tier Silver {
}
${objectives}`;
  const contract = contractOf(text, `random-${seed}.sla`);
  const statuses = [
    'New',
    'In progress',
    'Assigned',
    'Waiting for customer',
    'Waiting for supplier',
    hostile,
    'Resolved',
    'Closed',
    'Reopened',
    'Parked',
  ];
  // Around the spring and autumn DST changes of both hemispheres.
  const starts = [Date.UTC(2026, 2, 26), Date.UTC(2026, 3, 3), Date.UTC(2026, 9, 23), Date.UTC(2026, 10, 30)];
  const records: unknown[] = [];
  for (let i = 0; i < 80; i++) {
    let at = pick(starts) + Math.floor(r() * 5 * 86_400_000);
    const created = at;
    const events: unknown[] = [];
    const n = Math.floor(r() * 7);
    for (let k = 0; k < n; k++) {
      at += Math.floor(r() * (r() < 0.5 ? 3 : 40) * 3_600_000);
      const u = r();
      if (u < 0.12) events.push({ at: iso(at), priority: pick(['P1', 'P2']) });
      else if (u < 0.2) events.push({ at: iso(at), message: pick(['customer', 'provider']) });
      else events.push({ at: iso(at), status: pick(statuses) });
    }
    // Two replies before anything else: not first time right however it ends.
    if (r() < 0.15) events.push({ at: iso(created + 60_000), message: 'provider' }, { at: iso(created + 120_000), message: 'provider' });
    const t: Record<string, unknown> = {
      id: `T${i}`,
      priority: pick(['P1', 'P2']),
      tier: pick(['Gold', 'Silver']),
      created: iso(created),
      events,
    };
    // Channels as the objectives' nouns (incidents, requests), written every way they compare equal.
    if (r() < 0.6)
      t.channel = pick(['incident', 'Incident', 'in-cident', 'INCI DENT', 'in\u00a0ci\u2003dent', '_Request\t', 'request', 'incidents']);
    if (r() < 0.3) t.responded = iso(created + Math.floor(r() * 6 * 3_600_000));
    if (r() < 0.5) t.assigned = iso(created + Math.floor(r() * 2 * 3_600_000));
    // Assigned after the last instant in the data: not yet, at the evaluation instant.
    if (r() < 0.05) t.assigned = iso(Date.UTC(2027, 0, 20));
    if (r() < 0.05) t.priority = 'P7';
    records.push(t);
  }
  return { name: `random ${seed} (${zone})`, contract, records };
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

function fixtureCase(): Case {
  const dir = join(import.meta.dirname, 'fixtures');
  const records = readFileSync(join(dir, 'tickets.ndjson'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
  return { name: 'fixture clocks.sla', contract: contractOf(readFileSync(join(dir, 'clocks.sla'), 'utf8'), 'clocks.sla'), records };
}

const options = { reportTickets: 'all' as const };
const read = (records: unknown[]) => async (ev: Evaluation) => {
  ev.beginInput('tickets.ndjson', 'ticket', 'ndjson');
  records.forEach((raw, index) => ev.addRecord('ticket', raw, { file: 'tickets.ndjson', line: index + 1, index }));
  ev.endInput();
};

function jsReport(c: Case): Report {
  const ev = new Evaluation(c.contract, options);
  void read(c.records)(ev);
  return ev.finish();
}

/** What the script's own views say: per objective and period, per credit and bonus, per booking month. */
async function scriptViews(db: Pick<SqlDatabase, 'rows'>) {
  const periods = await db.rows(
    'SELECT objective, period, value_num, value_den, met FROM slac_objective_periods ORDER BY objective, from_ms',
  );
  const cols = 'kind, objective, period, booked_in, band_line, in_acceptance, amount_minor, granted_minor';
  const items = await db.rows(
    `SELECT ${cols} FROM slac_credits UNION ALL SELECT ${cols} FROM slac_bonuses ORDER BY kind DESC, objective, period`,
  );
  const totals = await db.rows('SELECT period, credits_minor, bonuses_minor FROM slac_totals ORDER BY end_ms');
  return {
    periods: periods.map((r) => ({
      objective: r.objective,
      period: r.period,
      sli: r.value_den === null ? null : toNumber(ratio(BigInt(r.value_num!), BigInt(r.value_den!))),
      met: r.met,
    })),
    items: items.map((r) => ({ ...r, in_acceptance: Boolean(r.in_acceptance) })),
    totals,
  };
}

/** The same from the report. */
function reportViews(r: Report): Awaited<ReturnType<typeof scriptViews>> {
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    periods: [...r.objectives]
      .sort((a, b) => byText(a.objective, b.objective))
      .map((o) => ({ objective: o.objective, period: o.period, sli: o.sli, met: o.met })),
    items: [...r.credits, ...r.bonuses]
      .sort((a, b) => byText(b.kind, a.kind) || byText(a.objective, b.objective) || byText(a.period, b.period))
      .map((c) => ({
        kind: c.kind,
        objective: c.objective,
        period: c.period,
        booked_in: c.bookedIn,
        band_line: c.band?.line ?? null,
        in_acceptance: c.inAcceptancePeriod,
        amount_minor: c.amount.minor,
        granted_minor: c.granted.minor,
      })),
    totals: r.totals.map((t) => ({ period: t.period, credits_minor: t.credits.minor, bonuses_minor: t.bonuses.minor })),
  };
}

const cases: Case[] = [fixtureCase(), ...[1, 2, 3, 7].map(randomCase)];
let pg: PGlite;
type Views = Awaited<ReturnType<typeof scriptViews>>;
const reports = new Map<string, { js: Report; duckdb: Report; postgres: Report; views: { duckdb: Views; postgres: Views } }>();

/**
 * The script of `slac compile --target sql` as a warehouse user runs it: created in a database of
 * its own, with the input tables the engine loaded copied into it, then its views queried.
 */
async function runScript(
  from: SqlDatabase,
  open: () => Promise<Pick<SqlDatabase, 'dialect' | 'exec' | 'rows'>>,
  contract: RuntimeContract,
): Promise<Views> {
  const value = (v: Row[string]) => (v === null ? 'NULL' : typeof v === 'string' ? text(v) : String(v));
  const inserts: string[] = [];
  for (const table of ['slac_tickets', 'slac_events']) {
    const rows = await from.rows(`SELECT * FROM ${table}`);
    for (let i = 0; i < rows.length; i += 500)
      inserts.push(
        `INSERT INTO ${table} VALUES ${rows
          .slice(i, i + 500)
          .map((r) => `(${Object.values(r).map(value).join(', ')})`)
          .join(',\n')};`,
      );
  }
  // PGlite: opening the other database's schema moves the search path there, so read first.
  const to = await open();
  await to.exec(emitSql(to.dialect, contract));
  for (const sql of inserts) await to.exec(sql);
  return scriptViews(to);
}

beforeAll(async () => {
  pg = await PGlite.create();
  for (const [i, c] of cases.entries()) {
    // The script as views, in a database of its own, for the last case (views compute slowly);
    // for the others the same views as the engine's tables.
    const asScript = i === cases.length - 1;
    const db = await DuckDb.open();
    const duckdb = await evaluateInSql(db, 'duckdb', c.contract, options, read(c.records));
    const script = asScript ? await duckdbEngine() : null;
    const duckdbViews = script ? await runScript(db, async () => script, c.contract) : await scriptViews(db);
    await script?.close();
    db.close();
    const pgdb = await pgliteDatabase(pg, `run${i}`);
    const postgres = await evaluateInSql(pgdb, 'postgres', c.contract, options, read(c.records));
    const postgresViews = asScript ? await runScript(pgdb, () => pgliteDatabase(pg, `script${i}`), c.contract) : await scriptViews(pgdb);
    reports.set(c.name, { js: jsReport(c), duckdb, postgres, views: { duckdb: duckdbViews, postgres: postgresViews } });
  }
}, 300_000);

afterAll(async () => {
  await pg?.close();
});

const withoutEngine = ({ engine: _, ...rest }: Report) => rest;

describe('the SQL engine gives the JavaScript report', () => {
  it.each(cases.map((c) => c.name))('%s: DuckDB and Postgres equal JS', (name) => {
    const { js, duckdb, postgres } = reports.get(name)!;
    expect(duckdb.engine).toBe('duckdb');
    expect(postgres.engine).toBe('postgres');
    expect(withoutEngine(duckdb)).toEqual(js);
    expect(withoutEngine(postgres)).toEqual(js);
  });

  it.each(cases.map((c) => c.name))("%s: the script's objective periods, credits, bonuses and totals are the report's", (name) => {
    const { js, views } = reports.get(name)!;
    const expected = reportViews(js);
    expect(views.duckdb).toEqual(expected);
    expect(views.postgres).toEqual(expected);
  });

  it('tests what it claims: breaches, pauses, reopenings, priority changes, unknown statuses and rejected records occur', () => {
    const all = [...reports.values()].map((r) => r.js);
    const tickets = all.flatMap((r) => r.tickets);
    const clocks = tickets.flatMap((t) => [t.response, t.resolution]).filter((c) => c !== null);
    const statuses = new Set(clocks.map((c) => c!.status));
    for (const s of ['met', 'breached', 'pending', 'paused', 'uncertain', 'not-started']) expect(statuses).toContain(s);
    expect(clocks.some((c) => c!.pausedMs > 0 && c!.status === 'breached')).toBe(true);
    expect(tickets.some((t) => t.reopened > 0)).toBe(true);
    expect(tickets.some((t) => t.priorityChanges.length > 0)).toBe(true);
    expect(all.some((r) => r.data.problems.length > 0)).toBe(true);
    const objectives = all.flatMap((r) => r.objectives);
    // Ties: a value exactly at the target meets it; rolling periods; missed periods escalate.
    expect(objectives.some((o) => o.sli === o.target && o.met === true)).toBe(true);
    expect(objectives.some((o) => o.rolling !== null && o.met === false)).toBe(true);
    expect(objectives.some((o) => o.escalation.length > 0)).toBe(true);
    // Objectives with a limit of their own (business hours on a calendar, wall time on a channel): met and missed.
    // The records behind an average (every ticket counted) and a percentile (the ticket at the rank).
    const times = objectives.filter((o) => o.detail.kind === 'time' && o.detail.counted > 1).map((o) => o.detail as TimeDetail);
    expect(times.some((d) => d.statistic === 'average' && d.records.length === d.counted)).toBe(true);
    expect(times.some((d) => d.statistic === 'percentile' && d.records.length === 1)).toBe(true);
    expect(objectives.some((o) => o.detail.kind === 'quality' && o.detail.records.length > 0)).toBe(true);
    for (const name of ['resolved_within', 'requests_responded', 'mean_resolution', 'p90_response', 'reopens', 'first_time'])
      expect(new Set(objectives.filter((o) => o.objective === name).map((o) => o.met)), name).toEqual(new Set([true, false, null]));
    const credits = all.flatMap((r) => r.credits);
    expect(credits.some((c) => (c.granted.minor ?? 0) > 0)).toBe(true);
    expect(all.some((r) => r.bonuses.some((c) => (c.granted.minor ?? 0) > 0))).toBe(true);
    expect(credits.some((c) => c.inAcceptancePeriod && (c.amount.minor ?? 0) > 0)).toBe(true);
    expect(all.some((r) => r.breachRules.some((b) => b.triggered))).toBe(true);
    // Caps that bind: a ladder's own, the credit terms' (a rolling one too), a bonus ladder's.
    const caps = credits.flatMap((c) => c.caps);
    expect(caps.some((c) => c.scope === 'ladder')).toBe(true);
    expect(caps.some((c) => c.scope === 'credit terms' && c.period.includes('…'))).toBe(true);
    expect(all.some((r) => r.bonuses.some((b) => b.caps.some((c) => c.scope === 'ladder')))).toBe(true);
  });
});

describe('SQL injection', () => {
  it('hostile status names in the .sla reach the SQL as quoted strings, and their pauses count the same (above)', () => {
    const used = new Set<string>();
    for (const c of cases.filter((x) => x.name.startsWith('random'))) {
      const sql = emitSql('postgres', c.contract);
      const hostile = HOSTILE.find((h) => c.contract.statuses!.some((s) => s.name === h))!;
      expect(sql).toContain(text(normaliseStatus(hostile)));
      used.add(hostile);
    }
    expect([...used].sort()).toEqual([...HOSTILE].sort());
  });

  it("a hostile objective title reaches every engine's report as written (it never enters the SQL)", () => {
    for (const c of cases.filter((x) => x.name.startsWith('random'))) {
      const { js, duckdb, postgres } = reports.get(c.name)!;
      for (const r of [js, duckdb, postgres])
        expect(r.objectives.find((o) => o.objective === 'resolved_on_time')!.title).toBe(HOSTILE_TITLE);
      expect(emitSql('duckdb', c.contract)).not.toContain('Resolution');
    }
  });
});
