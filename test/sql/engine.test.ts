/**
 * The SQL engine gives the JavaScript engine's report: for the fixture contract and its data, and
 * for seeded random contracts (calendars in zones with DST, wall-time, business-hour, working- and
 * calendar-day targets, next-reply and update clocks, targets with conditions, tiers with their own
 * targets and clock starts, pauses by reason and by status with and without caps, hostile status
 * names and field values) with seeded random tickets (pauses, reopenings, priority changes, unknown
 * statuses, messages, channels, languages and fields, tickets created around the DST changes), the DuckDB report, the PGlite (Postgres)
 * report and the JS report are deep-equal apart from `engine`.
 */
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDb } from '../../cli/engines/duckdb.js';
import { SqlRangeError } from '../../cli/engines/gate.js';
import { evaluateInSql } from '../../cli/engines/run.js';
import type { Row, SqlDatabase } from '../../cli/engines/sql-tickets.js';
import { text } from '../../compiler/emit/sql/dialect.js';
import { uncoveredFeatures } from '../../compiler/emit/sql/coverage.js';
import { sqlScript } from '../../compiler/emit/sql/script.js';
import { formatOfPath, kindOfPath, readRecords } from '../../runtime/data/read.js';
import type { RecordKind } from '../../runtime/data/types.js';
import { normaliseStatus } from '../../runtime/data/status-name.js';
import type { RuntimeContract } from '../../runtime/contract.js';
import { Evaluation } from '../../runtime/evaluate/engine.js';
import { ratio, toNumber } from '../../runtime/evaluate/exact.js';
import type { InputSummary, Report, TimeDetail } from '../../runtime/evaluate/report.js';
import { mulberry32 } from '../../bench/random.js';
import { contractOf, sla } from '../evaluate/helpers.js';
import { duckdb as duckdbEngine } from './engines.js';
import { pgliteDatabase } from './pglite-db.js';
import { periodKey } from '../../runtime/time.js';

const ZONES = ['Europe/Amsterdam', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'];
/** Status names that try to break out of a SQL string. */
/** An objective title that does the same. */
const HOSTILE_TITLE = "Resolution'); DROP VIEW slac_credits; --";
/** An objective name that does the same (renamed in the contract). */
const HOSTILE_OBJECTIVE = "team'); DROP VIEW slac_objective_left_out; --";
const HOSTILE = ["Wacht'); DROP TABLE slac_tickets; --", 'On "hold"', "it''s parked"];
/** A role, recipient and contact of an escalation that does the same. */
const HOSTILE_TEXT = "Lead'); DROP TABLE slac_escalation_steps; --";

interface Case {
  name: string;
  contract: RuntimeContract;
  records: unknown[];
  /** Outages, contacts and measurements, after the tickets. */
  inputs?: Input[];
  /** `--now`: every ticket as of then, the open ones listed. */
  now?: string;
  /** `--report-tickets`, `--max-tickets`: the SQL engine builds results for the listed tickets only and counts the rest. */
  listing?: { reportTickets: 'exceptions' | 'none'; maxTickets: number | null };
  /** The ticket steps in batches of this many tickets (cli/engines/batches.ts), else in one. */
  batch?: number;
}

interface Input {
  file: string;
  kind: RecordKind;
  format: NonNullable<InputSummary['format']>;
  records: Array<{ value: unknown; line: number | null }>;
}

function randomCase(seed: number): Case {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const zone = ZONES[seed % ZONES.length]!;
  const open = 6 + Math.floor(r() * 4);
  const close = open + 4 + Math.floor(r() * 8);
  const hostile = HOSTILE[seed % HOSTILE.length]!;
  // Response 1–4 hours, resolution 5–16: the checker wants resolution no shorter than response.
  const within = (kind: string, business: boolean) =>
    `${kind === 'resolution' ? 5 + Math.floor(r() * 12) : 1 + Math.floor(r() * 4)} ${business ? 'business hours' : 'hours'}`;
  const line = (kind: string, p: string) => {
    const onCalendar = r() < 0.6;
    // Resolution in working days (on office, or on always) or calendar days (in office's zone, or the contract's).
    const days = kind === 'resolution' && r() < 0.6 ? pick(['working', 'calendar']) : null;
    if (days)
      return `  ${kind} ${p} within ${1 + Math.floor(r() * 3)} ${days} days${onCalendar ? ' on office' : days === 'working' ? ' on always' : ''}`;
    return `  ${kind} ${p} ${kind === 'update' ? 'every' : 'within'} ${within(kind, onCalendar)}${onCalendar ? ' on office' : ''}`;
  };
  // The supplier pause of tier Gold: without a cap, capped in hours, or in working days (on its block's calendar).
  // Pause caps in odd seeds only: the objectives' clocks of their own beside them (limits capped, times not).
  const capped = seed % 2 === 1;
  const supplier = [
    '  paused while status "Waiting for supplier"',
    `  paused while status "Waiting for supplier", at most ${1 + Math.floor(r() * 3)} hours per ticket`,
    '  calendar office\n  paused while status "Waiting for supplier", at most 1 working days per ticket',
  ][capped ? 1 + Math.floor(r() * 2) : 0];
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
  at most EUR 45 per ${pick(['quarter', '12 months'])}
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
field team values "Netwerk", "It's", "Werk\\"plek"
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
aliases {
  status "Bezig" is "In progress"
}
targets {
${line('response', 'P1')}
${line('resolution', 'P1')}
${line('response', 'P2')}
${line('resolution', 'P2')}
${line('response', 'P1')} for channel phone
${line('resolution', 'P2')} for team "Netwerk", "It's" for language nl
${line('resolution', 'P1')} for team "Werk\\"plek"
${line('next reply', 'P1')}
${line('next reply', 'P2')}
${line('update', 'P1, P2')}
  paused while waiting for customer${capped ? pick([`, at most ${1 + Math.floor(r() * 8)} hours per ticket`, ', at most 1 calendar days per ticket']) : ''}
}
credits per ticket {
  resolution P1, P2 credit EUR 100
  resolution P2 credit EUR 40 for team "Netwerk"
  response P1 credit EUR 25
  update P1, P2 credit EUR 10
}
tier Gold {
${line('response', 'P1')}
  clocks start at assignment
${supplier}
}
tier Silver {
${['', '  clocks start at status "In progress"', '  clocks start at status "bezig"'][seed % 3]}
}
${objectives}`;
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
    'BEZIG',
  ];
  // Around the spring and autumn DST changes of both hemispheres.
  const starts = [Date.UTC(2026, 2, 26), Date.UTC(2026, 3, 3), Date.UTC(2026, 9, 23), Date.UTC(2026, 10, 30)];
  const records: unknown[] = [];
  for (let i = 0; i < 80; i++) {
    let at = pick(starts) + Math.floor(r() * 5 * 86_400_000);
    const created = at;
    const events: unknown[] = [];
    const n = Math.floor(r() * 9);
    for (let k = 0; k < n; k++) {
      at += Math.floor(r() * (r() < 0.5 ? 3 : 40) * 3_600_000);
      const u = r();
      if (u < 0.12) events.push({ at: iso(at), priority: pick(['P1', 'P2']) });
      else if (u < 0.45) events.push({ at: iso(at), message: pick(['customer', 'provider']) });
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
    const channel = pick([null, 'phone', ' Phone', 'e-mail', 'PHO NE']);
    if (channel !== null) t.channel = channel;
    const language = pick([null, 'nl', ' NL ', 'en']);
    if (language !== null) t.language = language;
    const team = pick([null, 'Netwerk', ' Netwerk\u00a0', "It's", 'Werk"plek', 'Elders']);
    if (team !== null) t.fields = { team };
    records.push(t);
  }
  // Escalations and warnings, drawn last (the draws above stay the same): steps in wall time, on
  // office across the DST changes, in working and calendar days, counted from creation and from
  // breach, through pauses or not, with conditions; warnings on every clock; hostile texts.
  const escalations = `escalation desk "Desk" {
${pick(['', '  for P1\n', '  for P1, P2\n'])}${pick(['', '  for team "Netwerk", "It\'s"\n', '  for language nl\n', '  for tier Gold\n'])}  counted from ${pick(['creation', 'breach'])}
${r() < 0.4 ? '  including paused time\n' : ''}  warn at 50% of resolution time to "${HOSTILE_TEXT}"
  warn at ${pick([75, 87.5, 100])}% of resolution time
  warn at ${pick([20, 80])}% of response time to "Lead"
  warn at 60% of update time
  warn at 50% of next reply time
  step 1 "Desk ${HOSTILE_TEXT}" after ${pick(['30 minutes', '1 hours', '2 business hours on office'])} contact "${HOSTILE_TEXT}"
  step 2 "Manager" after ${pick(['6 hours', '4 business hours on office', '8 business hours on office'])}
  step 3 "Director" after ${pick(['2 working days on office', '3 calendar days', '1 working days on always'])}
}
escalation governance "Governance" {
  counted from breach
${r() < 0.3 ? '  including paused time\n' : ''}  calendar office
  warn at 90% of resolution time
  step 1 "Contract manager" after ${pick([1, 2])} working days
  step 2 "Board" after 5 working days
}
`;
  // Drawn after the escalations, so that everything above stays as it was: objectives with conditions
  // (priority, tier, team, language, channel), excluded causes and limits in working or calendar
  // days, and the tickets' causes (written exactly, and nearly: only the exact one is excluded).
  const days = pick(['working', 'calendar']);
  const teamTarget = pick([50, 75]);
  const filtered = `objective days_resolved "Resolved within days" {
  ${pick([50, 80])}% of tickets resolved within ${1 + Math.floor(r() * 3)} ${days} days per ${pick(['month', 'week'])}${days === 'working' ? pick([' on office', ' on always']) : pick(['', ' on office'])}
  excluding force majeure
  excluding calamities
}
objective days_responded "Requests responded within days" {
  at least 50% of requests responded within 1 working days per ${pick(['month', 'week'])} on office
  for priority P1
}
objective team_on_time "Team on time" {
  ${teamTarget}% of tickets resolved on time per month
  for team "Werk\\"plek", "Netwerk"
  for language nl
}
objective gold_responded "Gold responded" {
  ${pick([60, 80])}% of incidents responded within ${pick([1, 2, 4])} business hours per week on office
  for tier Gold
  excluding third party
}
objective mean_p1 "Mean resolution P1" {
  average resolution time of tickets at most ${pick([2, 4, 8])} business hours per month on office
  for priority P1
  excluding customer caused
}
objective p75_team "Response percentile, team" {
  75th percentile of response time of tickets at most ${pick([1, 2, 4])} hours per month
  for team "Netwerk"
  excluding force majeure
}
objective reopen_nl "Reopened, Dutch" {
  reopen ratio of tickets at most ${pick([10, 20])}% per month
  for language nl
}
objective ftr_phone "First time right, phone" {
  first time right of tickets at least 60% per month
  for channel phone
}
objective replied_on_time "Replies on time" {
  at least ${pick([50, 75])}% of tickets replied on time per ${pick(['week', 'month'])}
}
objective updated_on_time "Updates on time" {
  50% of incidents updated on time per month
  for priority P2
  excluding calamities
}
objective complaints_days "Complaints within days" {
  at least 50% of complaints resolved within 2 calendar days per month
}
objective complaints_hours "Complaints within hours" {
  at least 50% of complaints resolved within 12 hours per month
}
objective complaints_mean "Complaint resolution time" {
  average resolution time of complaints at most 4 hours per month
}
credits for team_on_time {
  below ${teamTarget}% credit EUR 150
}
`;
  for (const t of records as Array<Record<string, unknown>>)
    if (r() < 0.3) t.cause = pick(['force-majeure', 'calamity', 'customer-caused', 'third-party', ' force-majeure', 'Calamity']);
  // A complaint that waits three days for the customer: the pause caps of odd seeds make it late on
  // the objectives' limits, never on the average's clock (1.5 hours either way).
  records.push({
    id: 'K1',
    priority: 'P2',
    tier: 'Gold',
    channel: 'complaint',
    created: '2026-03-03T09:00:00Z',
    assigned: '2026-03-03T09:00:00Z',
    events: [
      { at: '2026-03-03T09:30:00Z', status: 'Waiting for customer' },
      { at: '2026-03-06T09:00:00Z', status: 'In progress' },
      { at: '2026-03-06T10:00:00Z', status: 'Resolved' },
    ],
  });
  // Responded two days after the one resolution (by the field, and by a provider message): the
  // response clock stops after the ticket's one running segment ends, a gap no simple clock has.
  for (const [id, late] of [
    ['R1', { responded: '2026-03-05T10:00:00Z' }],
    ['R2', { message: '2026-03-05T10:00:00Z' }],
  ] as const)
    records.push({
      id,
      priority: 'P1',
      tier: 'Gold',
      created: '2026-03-03T09:00:00Z',
      assigned: '2026-03-03T09:00:00Z',
      ...('responded' in late ? { responded: late.responded } : {}),
      events: [
        { at: '2026-03-03T10:00:00Z', status: 'Resolved' },
        ...('message' in late ? [{ at: late.message, message: 'provider' }] : []),
      ],
    });
  const written = contractOf(`${text}${escalations}\n${filtered}`, `random-${seed}.sla`);
  // A name cannot be written hostile in a .sla: seed 2 renames an objective with conditions, as a generated contract could.
  const contract = seed === 2 ? renamed(written, [['team_on_time', HOSTILE_OBJECTIVE]]) : written;
  return { name: `random ${seed} (${zone})`, contract, records };
}

/** The objectives randomCase draws after its tickets. */
const DRAWN_LAST = [
  'days_resolved',
  'days_responded',
  'team_on_time',
  'gold_responded',
  'mean_p1',
  'p75_team',
  'reopen_nl',
  'ftr_phone',
  'replied_on_time',
  'updated_on_time',
  'complaints_days',
  'complaints_hours',
  'complaints_mean',
];

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
const read = (c: Case) => async (ev: Evaluation) => {
  const inputs: Input[] = [
    { file: 'tickets.ndjson', kind: 'ticket', format: 'ndjson', records: c.records.map((value, i) => ({ value, line: i + 1 })) },
    ...(c.inputs ?? []),
  ];
  for (const f of inputs) {
    if (f.kind === 'ticket' && f.records.length === 0 && c.inputs) continue;
    ev.supply(f.kind);
    ev.beginInput(f.file, f.kind, f.format);
    f.records.forEach((r, index) => ev.addRecord(f.kind, r.value, { file: f.file, line: r.line, index }));
    ev.endInput();
  }
};

const optionsOf = (c: Case) => ({ ...options, ...c.listing, now: c.now ?? null });

function jsReport(c: Case): Report {
  const ev = new Evaluation(c.contract, optionsOf(c));
  void read(c)(ev);
  return ev.finish();
}

/**
 * Seeded random outages and contacts: outages of every kind (planned with notices early and late,
 * excluded causes), overlapping, still going on, across the DST changes and period ends, of
 * several services; contacts of two channels with languages, causes, custom fields, forecasts and
 * ties in arrival; the objectives on a 24/7 calendar, office hours, a maintenance window, a cap,
 * a rolling quarter and credits per outage; `hostile` names every name the SQL takes.
 */
/** Renames every string equal to one of `pairs`' first in the contract (names are unique words here). */
function renamed(c: RuntimeContract, pairs: Array<[string, string]>): RuntimeContract {
  const map = new Map(pairs);
  return JSON.parse(JSON.stringify(c), (_k, v) => (typeof v === 'string' && map.has(v) ? map.get(v) : v));
}

function recordsCase(seed: number, hostile: boolean): Case {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const zone = pick(ZONES);
  // Names cannot be written hostile in a .sla: they are renamed in the contract (and the data), as a generated contract could hold them.
  const plain = ['Platform', 'Api', 'office', 'uptime'];
  const [platform, api, office, uptime] = hostile ? ["'); DROP TABLE slac_outages; --", 'A"p\\i', 'kal"ender 日本', 'up"; --'] : plain;
  const team = hostile ? "Net'werk \\" : 'Netwerk';
  const q = (x: string) => `"${x.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  const name = (x: string) => plain[[platform, api, office, uptime].indexOf(x)]!;
  const sla = `agreement "Records ${seed}" {
  provider "P"
  customer "C"
  term 2026-01-01 to 2026-12-31
  monthly fee EUR 10000
  languages en
  timezone ${zone}
}
service ${name(platform)} {
}
service ${name(api)} {
}
calendar ${name(office)} {
  timezone ${zone}
  monday to friday 08:00 to 18:00
  closed on public holidays NL
}
calendar always {
  timezone ${zone}
  every day
}
field team "Team" values ${q(team)}, "Werkplek"
objective ${name(uptime)} {
  availability of service ${name(platform)} at least 99.9% per month on always
  excluding maintenance announced 3 calendar days ahead, at most 4 hours per month
  excluding customer caused
  excluding force majeure
}
objective api_office {
  availability of service ${name(api)} at least 99.5% per month on ${name(office)}
  excluding maintenance every sunday 02:00 to 06:00
  excluding third party
}
objective api_quarter {
  availability of service ${name(api)} at least 99% per 3 months
  excluding maintenance announced 2 working days ahead on ${name(office)}, at most 2 hours per week
}
credits per outage for ${name(uptime)} {
  at least 30 minutes credit 2% of monthly fee
  at least 4 hours credit 5% of monthly fee
  at most 10% of monthly fee per month
}
objective calls {
  80% of calls answered within 30 seconds per month on ${name(office)}
  for language nl, en
  excluding volume above 110% of forecast
  excluding calamities
}
objective dropped {
  at most 5% of calls abandoned per month on ${name(office)}
}
objective mails {
  90% of e-mails answered within 4 hours per month
  for team ${q(team)}
  excluding force majeure
}
objective answer {
  average answer time of calls at most 40 seconds per month on ${name(office)}
  excluding calamities
}
objective handling {
  90th percentile of handling time of calls at most 10 minutes per month
  for language nl, en
}
bonus for answer {
  below 20 seconds bonus EUR 30
}
credits for handling {
  above 10 minutes credit EUR 120
}
credits for ${name(uptime)} {
  below 99.9% credit 5% of monthly fee
  below 99% credit 10% of monthly fee
  at most 15% of monthly fee per 3 months
}
bonus for api_office {
  above 99.9% bonus EUR 50
  at most EUR 80 per quarter
}
credits for api_quarter {
  below 99% credit EUR 200
}
credits for calls {
  below 80% credit EUR 300
  below 50% credit EUR 600
}
credits for dropped {
  above 5% credit EUR 150
}
bonus for dropped {
  below 1% bonus EUR 20
}
credit terms {
  at most EUR 2500 per 3 months
}
`;
  const written = contractOf(sla, `records-${seed}.sla`);
  const contract = hostile
    ? renamed(
        written,
        plain.map((p, i) => [p, [platform, api, office, uptime][i]!]),
      )
    : written;
  const starts = [Date.UTC(2026, 2, 24), Date.UTC(2026, 3, 27), Date.UTC(2026, 9, 20), Date.UTC(2026, 10, 28)];
  const line = (records: unknown[]) => records.map((value, i) => ({ value, line: i + 1 }));
  // One of each exclusion for sure, a whole UTC weekday (office hours in every zone); the rest at random.
  const outages: unknown[] = (['third-party', 'customer-caused', 'force-majeure'] as const).map((kind, i) => ({
    id: `F${i}`,
    service: kind === 'third-party' ? api : platform,
    start: iso(Date.UTC(2026, 2, 24 + i)),
    end: iso(Date.UTC(2026, 2, 25 + i)),
    kind,
  }));
  for (let i = 0; i < 40; i++) {
    const start = pick(starts) + Math.floor((r() * 9 * 86_400_000) / 60_000) * 60_000;
    const kind = pick(['unplanned', 'planned', 'planned', 'force-majeure', 'customer-caused', 'third-party']);
    const o: Record<string, unknown> = { id: `O${i}`, service: pick([platform, api, api]), start: iso(start), kind };
    if (r() > 0.05) o.end = iso(start + Math.floor(r() * (r() < 0.7 ? 120 : 2000)) * 60_000 + 60_000);
    if (kind === 'planned' && r() < 0.8) o.announced = iso(start - Math.floor(r() * 6 * 24) * 3_600_000);
    outages.push(o);
  }
  const contacts: unknown[] = [];
  for (let i = 0; i < 150; i++) {
    // Whole minutes: ties in arrival.
    const arrived = pick(starts) + Math.floor(r() * 9 * 1440) * 60_000;
    const c: Record<string, unknown> = { id: `C${i}`, channel: pick(['phone', 'phone', 'e-mail']), arrived: iso(arrived) };
    const u = r();
    if (u < 0.6) c.answered = iso(arrived + Math.floor(r() * (r() < 0.5 ? 60 : 20_000)) * 1000);
    else if (u < 0.85) c.abandoned = iso(arrived + Math.floor(r() * 300) * 1000);
    if (r() < 0.8) c.language = pick(['nl', 'en', 'de']);
    if (r() < 0.1) c.cause = pick(['calamity', 'force-majeure']);
    if (r() < 0.5) c.fields = { team: pick([team, 'Werkplek']) };
    contacts.push(c);
  }
  // The handling time of answered contacts, in whole seconds (ties), drawn after the rest.
  for (const c of contacts)
    if (c.answered !== undefined && r() < 0.8) c.ended = iso(Date.parse(String(c.answered)) + Math.floor(r() * 1200) * 1000);
  const forecasts = [
    { objective: 'calls', period: '2026-03', forecast: 1 },
    { objective: uptime, period: '2026-03', forecast: 20 },
    { objective: 'calls', period: '2026-04', forecast: 2 },
    { objective: 'calls', period: '2026-10', forecast: 1 },
    { objective: 'calls', period: '2026-11', forecast: 1000 },
  ];
  return {
    name: `random records ${seed}${hostile ? ', hostile names' : ''} (${zone})`,
    contract,
    records: [],
    inputs: [
      { file: 'outages.ndjson', kind: 'outage', format: 'ndjson', records: line(outages) },
      { file: 'contacts.ndjson', kind: 'contact', format: 'ndjson', records: line(contacts) },
      { file: 'forecasts.ndjson', kind: 'measurement', format: 'ndjson', records: line(forecasts) },
    ],
  };
}

const examples = join(import.meta.dirname, '../../examples');

/** An example, the whole contract (the SQL engine refuses none of it), with its sample data (examples/data/<name>). */
async function exampleCase(name: string): Promise<Case> {
  const contract = contractOf(readFileSync(join(examples, `${name}.sla`), 'utf8'), `${name}.sla`);
  expect(uncoveredFeatures(contract)).toEqual([]);
  const dir = join(examples, 'data', name);
  const inputs: Input[] = [];
  for (const f of readdirSync(dir).sort()) {
    const format = formatOfPath(f);
    const kind = kindOfPath(f);
    if (format === null || kind === null) continue;
    const records: Input['records'] = [];
    for await (const item of readRecords(createReadStream(join(dir, f)), format, kind)) {
      if (!item.ok) throw new Error(`${f}:${item.line}: ${item.message}`);
      records.push({ value: item.value, line: item.line });
    }
    inputs.push({ file: f, kind, format, records });
  }
  return { name: `example ${name}`, contract, records: [], inputs };
}

// In batches of 30 of their 80 tickets: three schemas, the last one short.
const random = [1, 2, 3, 4].map((seed) => ({ ...randomCase(seed), batch: 30 }));

/**
 * The cases whose script of `slac compile --target sql` runs as a user runs it (runScript): clocks
 * in days, reply cycles, conditions, credits per ticket, pause caps (seed 3) and objectives with
 * clocks of their own (seed 4).
 */
const scriptCases = [random[2]!, random[3]!];
const BECOMES_P4 = {
  id: 'B1',
  priority: 'P2',
  created: '2026-05-05T09:00:00+02:00',
  responded: '2026-05-05T09:10:00+02:00',
  events: [
    { at: '2026-05-05T09:20:00+02:00', priority: 'P4' },
    { at: '2026-05-05T10:00:00+02:00', message: 'customer' },
    { at: '2026-05-05T12:00:00+02:00', message: 'provider' },
    { at: '2026-05-05T15:00:00+02:00', status: 'Resolved' },
  ],
};
function withoutWarnings(c: Case): Case {
  const contract = { ...c.contract, escalations: c.contract.escalations.map((e) => ({ ...e, warnings: [] })) };
  return { ...c, name: `${c.name} without warnings`, contract };
}
const cases: Case[] = [
  fixtureCase(),
  ...random,
  // As of an instant amid the data: later events have not happened, later tickets are rejected.
  { ...fixtureCase(), name: 'fixture clocks.sla --now', now: '2026-03-30T12:00:00+02:00' },
  // A ticket that becomes P4, the one priority with next-reply and update targets: its cycles come
  // from that priority event (reply-clocks.ts builds cycles only for tickets that can have a target).
  { ...fixtureCase(), name: 'fixture clocks.sla, a ticket that becomes P4', records: [...fixtureCase().records, BECOMES_P4] },
  // Pause caps too; amid the autumn DST change, with warnings reached, still to come and paused for good.
  { ...random[2]!, name: `${random[2]!.name} --now`, now: '2026-10-26T10:00:00Z' },
  recordsCase(6, true),
  // Without warnings (seed 4 has no pause caps), the clocks of tickets without a pause or reopening
  // are counted without their spans (tickets.ts, `simple`): with escalation steps, objectives' own
  // clocks, and clocks still open at --now.
  { ...withoutWarnings(random[3]!), now: '2026-10-26T10:00:00Z' },
  // The summary of the unlisted tickets from SQL, reply and update cycles included.
  // In batches of 2 of its 8 tickets: the list complete before the last batch, which keeps none of the tables the
  // report reads only for listed tickets (no objective reads them).
  {
    ...fixtureCase(),
    name: 'fixture clocks.sla, the first 3 exceptions listed',
    listing: { reportTickets: 'exceptions', maxTickets: 3 },
    batch: 2,
  },
  // The list completed within the first two batches: the third keeps none of its segments and
  // status events (batches.ts, `listedOnly`); its clocks and facts, which the objectives' steps read whole, it keeps.
  {
    ...random[3]!,
    name: `${random[3]!.name} without credits per ticket, the first 35 exceptions listed`,
    contract: { ...random[3]!.contract, ticketCredits: null },
    listing: { reportTickets: 'exceptions', maxTickets: 35 },
  },
  {
    ...random[1]!,
    name: `${random[1]!.name} without credits per ticket, no tickets listed`,
    contract: { ...random[1]!.contract, ticketCredits: null },
    listing: { reportTickets: 'none', maxTickets: null },
  },
];
// Every example with its sample data: tickets, contacts, forecasts, measurements and outages, the whole contract.
const EXAMPLES = ['contact-centre', 'internal-ola', 'managed-it', 'saas-platform', 'servicedesk-nl'];
/**
 * What the script's own views say: the notifications (of the engine's tables only, `notified`: as
 * nested views they take minutes, docs/sql-engine.md), per objective and period, per credit and
 * bonus, per booking month.
 */
async function scriptViews(db: Pick<SqlDatabase, 'rows'>, notified = true) {
  const periods = await db.rows(
    'SELECT objective, period, value_num, value_den, met FROM slac_objective_periods ORDER BY objective, from_ms',
  );
  const cols = 'kind, objective, period, booked_in, band_line, in_acceptance, amount_minor, granted_minor';
  const items = await db.rows(
    `SELECT ${cols} FROM slac_credits UNION ALL SELECT ${cols} FROM slac_bonuses ORDER BY kind DESC, objective, period`,
  );
  const totals = await db.rows('SELECT period, credits_minor, bonuses_minor FROM slac_totals ORDER BY end_ms');
  const notifications = !notified
    ? null
    : await db.rows(
        `SELECT n.at_ms, t.id, n.kind, n.clock, n.threshold, n.recipient, n.escalation, n.step, n.contact, n.line
     FROM slac_ticket_notifications AS n JOIN slac_tickets AS t ON t.seq = n.ticket
     ORDER BY n.at_ms, n.ticket, n.line, COALESCE(n.threshold, CAST(n.step AS DOUBLE PRECISION))`,
      );
  return {
    notifications: notifications?.map((r) => ({
      at: Number(r.at_ms),
      ticket: r.id,
      kind: r.kind,
      clock: r.clock,
      threshold: r.threshold === null ? null : Number(r.threshold),
      to: r.recipient,
      escalation: r.escalation,
      step: r.step === null ? null : Number(r.step),
      contact: r.contact,
      line: Number(r.line),
    })),
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

/** Quality objectives on measurements: counted by JS only, so not in the SQL objective periods. */
const onMeasurements = (c: RuntimeContract) =>
  new Set(c.objectives.filter((o) => o.measure.kind === 'quality' && !o.measure.noun).map((o) => o.name));

/** Whether the script's credit views can give the report's: none of the ladders reads measurements. */
const sqlLadders = (c: RuntimeContract) => ![...c.credits, ...c.bonuses].some((l) => onMeasurements(c).has(l.objective));

/** The same from the report (`measured`: the objectives on measurements, left out; `notified`: as scriptViews). */
function reportViews(r: Report, measured: ReadonlySet<string>, notified = true): Awaited<ReturnType<typeof scriptViews>> {
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    notifications: notified ? r.notifications.map((n) => ({ ...n, at: Date.parse(n.at) })) : undefined,
    periods: [...r.objectives]
      .filter((o) => !measured.has(o.objective))
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

/** Per booking month, the granted credits and bonuses of the ladders' items (as slac_totals sums them). */
function ladderTotals(items: Views['items']): Views['totals'] {
  const months = [...new Set(items.map((i) => String(i.booked_in)))].sort();
  const sum = (month: string, kind: string) =>
    items.filter((i) => i.booked_in === month && i.kind === kind).reduce((a, i) => a + Number(i.granted_minor), 0);
  return months.map((period) => ({ period, credits_minor: sum(period, 'credit'), bonuses_minor: sum(period, 'bonus') }));
}

let pg: PGlite;
type Views = Awaited<ReturnType<typeof scriptViews>>;
/** Per script case the script's slac_ticket_clocks, and the engine's (from which it built the report). */
interface ScriptClocks {
  script: Row[];
  engine: Row[];
}
const reports = new Map<
  string,
  {
    js: Report;
    duckdb: Report;
    postgres: Report;
    views: { duckdb: Views | null; postgres: Views | null };
    clocks: { duckdb: ScriptClocks; postgres: ScriptClocks } | null;
    /** The tables each batch kept in DuckDB (batch number, table), after the run. */
    kept: Array<[number, string]>;
  }
>();

const CLOCKS_QUERY = 'SELECT * FROM slac_ticket_clocks ORDER BY ticket, kind, cyc';

/**
 * The script of `slac compile --target sql` as a warehouse user runs it, in a database of its own:
 * the contract's file, the input tables the engine loaded copied in, the evaluation's file; then
 * its results queried (and the engine's clocks, read before, beside them).
 */
async function runScript(
  from: SqlDatabase,
  open: () => Promise<Pick<SqlDatabase, 'dialect' | 'exec' | 'rows'>>,
  contract: RuntimeContract,
): Promise<{ views: Views; clocks: ScriptClocks }> {
  const engine = await from.rows(CLOCKS_QUERY);
  const value = (v: Row[string]) => (v === null ? 'NULL' : typeof v === 'string' ? text(v) : String(v));
  const inserts: string[] = [];
  for (const table of ['slac_tickets', 'slac_events', 'slac_ticket_fields']) {
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
  const script = sqlScript(to.dialect, contract);
  await to.exec(script.contract);
  for (const sql of inserts) await to.exec(sql);
  await to.exec(script.evaluate);
  return { views: await scriptViews(to, false), clocks: { script: await to.rows(CLOCKS_QUERY), engine } };
}

beforeAll(async () => {
  pg = await PGlite.create();
  for (const name of EXAMPLES) cases.push(await exampleCase(name));
  for (const [i, c] of cases.entries()) {
    // The script in a database of its own for the script cases; for the others the same SQL as the engine's tables.
    const asScript = scriptCases.includes(c);
    const db = await DuckDb.open({ threads: 1 });
    const duckdb = await evaluateInSql(db, 'duckdb', c.contract, optionsOf(c), read(c), undefined, c.batch);
    // The script's objective and credit views: for the cases whose ladders read no measurements.
    const views = c.now === undefined && !c.listing && sqlLadders(c.contract);
    const script = asScript ? await duckdbEngine() : null;
    const duckdbScript = script ? await runScript(db, async () => script, c.contract) : null;
    const duckdbViews = duckdbScript?.views ?? (views ? await scriptViews(db) : null);
    const kept = (
      await db.rows(
        "SELECT table_schema AS s, table_name AS t FROM information_schema.tables WHERE table_schema LIKE '%_slac_batch_%' AND table_type = 'BASE TABLE'",
      )
    ).map((r): [number, string] => [Number(/_(\d+)$/.exec(String(r.s))![1]), String(r.t)]);
    await script?.close();
    db.close();
    const pgdb = await pgliteDatabase(pg, `run${i}`);
    const postgres = await evaluateInSql(pgdb, 'postgres', c.contract, optionsOf(c), read(c), undefined, c.batch);
    const postgresScript = asScript ? await runScript(pgdb, () => pgliteDatabase(pg, `script${i}`), c.contract) : null;
    const postgresViews = postgresScript?.views ?? (views ? await scriptViews(pgdb) : null);
    const clocks = duckdbScript && postgresScript ? { duckdb: duckdbScript.clocks, postgres: postgresScript.clocks } : null;
    reports.set(c.name, { js: jsReport(c), duckdb, postgres, views: { duckdb: duckdbViews, postgres: postgresViews }, clocks, kept });
  }
}, 600_000);

afterAll(async () => {
  await pg?.close();
});

const withoutEngine = ({ engine: _, ...rest }: Report) => rest;

describe('the SQL engine gives the JavaScript report', () => {
  it.each([...cases.map((c) => c.name), ...EXAMPLES.map((n) => `example ${n}`)])('%s: DuckDB and Postgres equal JS', (name) => {
    const { js, duckdb, postgres } = reports.get(name)!;
    expect(duckdb.engine).toBe('duckdb');
    expect(postgres.engine).toBe('postgres');
    expect(withoutEngine(duckdb)).toEqual(js);
    expect(withoutEngine(postgres)).toEqual(js);
  });

  it('the batches after the one that completes the list keep none of the tables the report reads for listed tickets only', () => {
    const kept = (name: string, batch: number) =>
      reports
        .get(name)!
        .kept.filter(([b]) => b === batch)
        .map(([, t]) => t)
        .sort();
    const last = (name: string) => Math.max(...reports.get(name)!.kept.map(([b]) => b));
    const details = ['slac_cycle_clocks', 'slac_segments', 'slac_status_events', 'slac_ticket_clocks', 'slac_ticket_facts'];
    // No objective: the last batch keeps none of them.
    const fixture = 'fixture clocks.sla, the first 3 exceptions listed';
    expect(last(fixture)).toBeGreaterThan(1);
    expect(kept(fixture, 0)).toEqual(expect.arrayContaining([...details, 'slac_listing_outcomes']));
    expect(kept(fixture, last(fixture))).toEqual(kept(fixture, 0).filter((t) => !details.includes(t)));
    // The objectives read the clocks and facts whole: the third batch drops only the segments and status events.
    const listed = `${random[3]!.name} without credits per ticket, the first 35 exceptions listed`;
    expect(last(listed)).toBe(2);
    for (const batch of [0, 1]) expect(kept(listed, batch)).toEqual(expect.arrayContaining([...details, 'slac_listing_outcomes']));
    expect(kept(listed, 2)).toEqual(kept(listed, 0).filter((t) => t !== 'slac_segments' && t !== 'slac_status_events'));
    // Every ticket's result wanted (credits per ticket): every batch keeps them all.
    expect(kept(random[3]!.name, 2)).toEqual(kept(random[3]!.name, 0));
    expect(kept(random[3]!.name, 2)).toEqual(expect.arrayContaining(details));
  });

  it.each([
    ...cases.filter((c) => c.now === undefined && !c.listing && sqlLadders(c.contract)).map((c) => c.name),
    'example saas-platform',
  ])("%s: the script's notifications, objective periods, credits, bonuses and totals are the report's", (name) => {
    const { js, views } = reports.get(name)!;
    const c = cases.find((x) => x.name === name)!;
    const expected = reportViews(js, onMeasurements(c.contract), !scriptCases.some((x) => x.name === name));
    // slac_totals holds the ladders' credits and bonuses; the report's totals add the credits per ticket
    // and outage: then the sums of the ladders' items per booking month.
    if (js.incidentCredits.length > 0) expected.totals = ladderTotals(expected.items);
    // Measurements (not in the script) can widen the report's data range: periods beyond the script's
    // range have nothing measured (null), and the script leaves them out.
    const inScript = new Set(views.duckdb!.periods.map((p) => `${p.objective}\n${p.period}`));
    const beyond = expected.periods.filter((p) => !inScript.has(`${p.objective}\n${p.period}`));
    expect(beyond.filter((p) => p.sli !== null || !c.inputs?.some((f) => f.kind === 'measurement'))).toEqual([]);
    expected.periods = expected.periods.filter((p) => inScript.has(`${p.objective}\n${p.period}`));
    expect(views.duckdb).toEqual(expected);
    expect(views.postgres).toEqual(expected);
  });

  it.each(scriptCases.map((c) => c.name))("%s: the script's slac_ticket_clocks are those the engine's report is built from", (name) => {
    const { clocks } = reports.get(name)!;
    for (const { script, engine } of [clocks!.duckdb, clocks!.postgres]) {
      expect(engine.length).toBeGreaterThan(0);
      expect(script).toEqual(engine);
    }
  });

  it('tests what it claims: the scripts run clocks in days, reply cycles, pause caps, conditions and objectives with clocks of their own', () => {
    const clocks = scriptCases.flatMap((c) => reports.get(c.name)!.clocks!.duckdb.script);
    const kinds = new Set(clocks.map((k) => String(k.kind).replace(/^objective .*/, 'objective')));
    expect(kinds).toEqual(new Set(['response', 'resolution', 'next-reply', 'update', 'objective']));
    expect(clocks.some((k) => k.elapsed_days !== null && k.status === 'breached')).toBe(true);
    const contracts = scriptCases.map((c) => c.contract);
    expect(contracts.some((c) => c.tiers.some((t) => t.pauses.some((p) => p.cap !== null)))).toBe(true);
    expect(contracts.every((c) => c.tiers.some((t) => t.targets.some((x) => x.conditions !== undefined)))).toBe(true);
    expect(contracts.every((c) => c.ticketCredits !== null)).toBe(true);
  });

  it('tests what it claims: breaches, pauses, reopenings, priority changes, unknown statuses and rejected records occur', () => {
    const all = [...reports.values()].map((r) => r.js);
    const tickets = all.flatMap((r) => r.tickets);
    const clocks = tickets.flatMap((t) => [t.response, t.resolution]).filter((c) => c !== null);
    const statuses = new Set(clocks.map((c) => c!.status));
    for (const s of ['met', 'breached', 'pending', 'paused', 'uncertain', 'not-started']) expect(statuses).toContain(s);
    expect(clocks.some((c) => c!.pausedMs > 0 && c!.status === 'breached')).toBe(true);
    for (const days of ['working', 'calendar']) {
      const dayClocks = clocks.filter((c) => c!.clock === days);
      const seen = new Set(dayClocks.map((c) => c!.status));
      for (const st of ['met', 'breached']) expect(seen).toContain(st);
      expect(dayClocks.some((c) => c!.pausedMs > 0 && c!.status === 'breached')).toBe(true);
    }
    // Targets with conditions apply (on channel, on a field and language, on a hostile field value), and fall back.
    const applied = cases.flatMap((c) => {
      const report = reports.get(c.name)!.js;
      return report.tickets.flatMap((t) =>
        [t.response, t.resolution]
          .filter((k) => k !== null)
          .map((k) => c.contract.tiers.flatMap((x) => x.targets).find((x) => x.line === k!.targetLine && x.target === k!.kind)!),
      );
    });
    const asked = new Set(applied.flatMap((x) => (x.conditions ?? []).flatMap((k) => k.values.map((v) => `${k.field} ${v}`))));
    for (const a of ['channel phone', 'language nl', 'team Werk"plek']) expect(asked).toContain(a);
    expect(applied.some((x) => x.conditions === undefined)).toBe(true);
    // Clocks that start at a status, its own name or an alias of it.
    const starts = new Set(cases.flatMap((c) => c.contract.tiers.map((t) => t.start?.status)));
    for (const st of ['In progress', 'bezig']) expect(starts).toContain(st);
    // Credits per ticket: of breached clocks, with the band of a field condition too.
    const credited = all.flatMap((r) => r.incidentCredits).filter((i) => i.kind === 'ticket');
    for (const target of ['response', 'resolution', 'update']) expect(new Set(credited.map((i) => i.target))).toContain(target);
    expect(credited.some((i) => i.band.text.includes('Netwerk'))).toBe(true);
    // --now lists open tickets and rejects the tickets created after it.
    const asOfNow = cases.filter((c) => c.now !== undefined).map((c) => reports.get(c.name)!.js);
    for (const r of asOfNow) {
      expect(r.open.length).toBeGreaterThan(0);
      expect(r.data.problems.some((p) => p.message.includes('after'))).toBe(true);
    }
    // Paused for good: no due instant (fixture ticket A8).
    expect(clocks.some((c) => c!.clock === 'calendar' && c!.status === 'paused' && c!.due === null)).toBe(true);
    for (const kind of ['nextReply', 'update'] as const) {
      const cycled = tickets.map((t) => t[kind]).filter((c) => c !== null);
      const seen = new Set(cycled.map((c) => c!.status));
      for (const st of ['met', 'breached', 'uncertain']) expect(seen).toContain(st);
      expect(cycled.some((c) => c!.cycles!.count > 1)).toBe(true);
      expect(cycled.some((c) => c!.cycles!.late > 0 && c!.cycles!.late < c!.cycles!.count)).toBe(true);
    }
    // The pause caps change clocks: without them some clock of a contract with caps pauses longer.
    const capped = cases.filter((c) => c.contract.tiers.some((t) => t.pauses.some((p) => p.cap)));
    const capClocks = new Set(capped.flatMap((c) => c.contract.tiers.flatMap((t) => t.pauses.map((p) => p.cap?.clock))));
    for (const clock of ['elapsed', 'calendar', 'working']) expect(capClocks).toContain(clock);
    const longer = capped.filter((c) => {
      const uncapped = {
        ...c.contract,
        tiers: c.contract.tiers.map((t) => ({ ...t, pauses: t.pauses.map((p) => ({ ...p, cap: null })) })),
      };
      const before = jsReport(c).tickets;
      return jsReport({ ...c, contract: uncapped }).tickets.some((t, i) =>
        (['response', 'resolution', 'nextReply', 'update'] as const).some((k) => (t[k]?.pausedMs ?? 0) > (before[i]![k]?.pausedMs ?? 0)),
      );
    });
    expect(longer.length).toBe(capped.length);
    // The objectives' limits apply the caps (in time and in days), an average's clock does not: complaint K1.
    const march = (c: Case, name: string) =>
      reports.get(c.name)!.js.objectives.find((o) => o.objective === name && o.period === '2026-03')!;
    for (const c of random) {
      for (const name of ['complaints_days', 'complaints_hours']) expect(march(c, name).met, `${c.name} ${name}`).toBe(!capped.includes(c));
      expect((march(c, 'complaints_mean').detail as TimeDetail).valueMs).toBe(90 * 60_000);
    }
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
    // Each decided somewhere; met, missed and undecided among them (the clocks of their own run in the uncapped seeds only).
    const measured = ['resolved_within', 'requests_responded', 'mean_resolution', 'p90_response', 'reopens', 'first_time'];
    for (const name of measured)
      expect(
        objectives.some((o) => o.objective === name && o.met !== null),
        name,
      ).toBe(true);
    for (const name of ['reopens', 'first_time'])
      expect(new Set(objectives.filter((o) => o.objective === name).map((o) => o.met)), name).toEqual(new Set([true, false, null]));
    expect(new Set(objectives.filter((o) => measured.includes(o.objective)).map((o) => o.met))).toEqual(new Set([true, false, null]));
    // Conditions and excluded causes leave tickets out (shares count them; averages and percentiles count the excluded).
    const filtered = DRAWN_LAST.filter((n) => !n.startsWith('complaints_'));
    for (const name of filtered)
      expect(
        objectives.some((o) => o.objective === name && o.met !== null),
        name,
      ).toBe(true);
    for (const name of ['days_resolved', 'team_on_time', 'mean_p1'])
      expect(new Set(objectives.filter((o) => o.objective === name).map((o) => o.met)), name).toEqual(new Set([true, false, null]));
    const details = objectives.filter((o) => filtered.includes(o.objective)).map((o) => o.detail);
    for (const k of ['unmatched', 'excluded', 'notOwed'] as const)
      expect(
        details.some((d) => d.kind === 'share' && d[k] > 0),
        k,
      ).toBe(true);
    expect(details.some((d) => d.kind === 'time' && d.excluded > 0 && d.counted > 0)).toBe(true);
    expect(details.some((d) => d.kind === 'quality' && d.records.length > 0)).toBe(true);
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

  it('tests what it claims: tickets escalate and warn in every way the random contracts and the examples write it', () => {
    const steps = cases.flatMap((c) => {
      const r = reports.get(c.name)!.js;
      return r.tickets.flatMap((t) =>
        t.escalation.map((s) => {
          const e = c.contract.escalations.find((x) => x.name === s.escalation)!;
          const step = e.steps.find((x) => x.number === s.step)!;
          return { s, e, step, created: t.created, example: c.name.startsWith('example') };
        }),
      );
    });
    // Steps in wall time, business hours, working and calendar days; from creation and from breach; through pauses or not; with conditions.
    expect(new Set(steps.map((x) => x.step.after.clock))).toEqual(new Set(['elapsed', 'business', 'working', 'calendar']));
    expect(new Set(steps.map((x) => `${x.e.countedFrom} ${x.e.includePaused}`))).toEqual(
      new Set(['creation true', 'creation false', 'breach true', 'breach false']),
    );
    expect(steps.some((x) => (x.e.conditions ?? []).length > 0)).toBe(true);
    expect(steps.some((x) => x.example && x.s.step > 1)).toBe(true);
    // Across a DST change: reached at another UTC offset than the ticket's creation.
    expect(steps.some((x) => x.step.calendar === 'office' && x.s.at.slice(-6) !== x.created.slice(-6))).toBe(true);
    // The next step of tickets open at --now.
    expect(steps.some((x) => x.s.next !== null)).toBe(true);
    const all = [...reports.values()].map((r) => r.js);
    const notes = all.flatMap((r) => r.notifications);
    expect(new Set(notes.map((n) => n.clock ?? n.kind))).toEqual(new Set(['escalation', 'response', 'resolution', 'next-reply', 'update']));
    expect(notes.some((n) => n.threshold === 87.5)).toBe(true);
    // The open list's ladders: thresholds reached, to come, and never (paused for good).
    const ladder = all.flatMap((r) => r.open.flatMap((o) => o.clocks.flatMap((k) => k.warnings)));
    expect(new Set(ladder.map((w) => (w.when === null ? null : w.reached)))).toEqual(new Set([true, false, null]));
  });
});

describe('outages, contacts and measurements in the SQL engine', () => {
  it('tests what it claims: the examples measure availability with exclusions and credits per outage, contact shares with forecasts and quality', () => {
    const results = EXAMPLES.flatMap((n) => reports.get(`example ${n}`)!.js.objectives);
    const availability = results.flatMap((r) => (r.detail.kind === 'availability' ? [r.detail] : []));
    expect(
      availability.some((a) => a.downtimeMs > 0 && a.counted.records.length > 0),
      'downtime',
    ).toBe(true);
    expect(
      availability.some((a) => a.excluded.length > 0),
      'excluded',
    ).toBe(true);
    expect(
      EXAMPLES.some((n) => reports.get(`example ${n}`)!.js.incidentCredits.length > 0),
      'credits per outage',
    ).toBe(true);
    const shares = results.flatMap((r) => (r.detail.kind === 'share' ? [r.detail] : []));
    expect(
      shares.some((s) => s.counted > 0 && s.hits < s.counted),
      'misses',
    ).toBe(true);
    expect(
      shares.some((s) => s.event === 'abandoned' && s.counted > 0),
      'abandoned',
    ).toBe(true);
    // Their objectives on tickets: within working days, with conditions (servicedesk-nl's team Werkplek).
    const tickets = shares.filter((s) => s.source === 'tickets' && s.counted > 0);
    expect(
      tickets.some((s) => s.within?.includes('working days')),
      'within working days',
    ).toBe(true);
    expect(
      tickets.some((s) => s.unmatched > 0),
      'conditions',
    ).toBe(true);
    expect(
      shares.some((s) => s.unmatched > 0),
      'unmatched',
    ).toBe(true);
    expect(
      results.some((r) => r.detail.kind === 'quality' && r.sli !== null),
      'quality',
    ).toBe(true);
    expect(
      results.some((r) => r.met === false),
      'breached',
    ).toBe(true);
  });

  it('tests what it claims: the random records hit every rule', () => {
    const all = [...reports].filter(([name]) => name.startsWith('random records')).map(([, r]) => r.js);
    const results = all.flatMap((r) => r.objectives);
    const shares = results.flatMap((r) => (r.detail.kind === 'share' ? [r.detail] : []));
    for (const k of ['aboveForecast', 'outsideHours', 'excluded', 'unmatched', 'pending'] as const)
      expect(
        shares.some((x) => x[k] > 0),
        k,
      ).toBe(true);
    const availability = results.flatMap((r) => (r.detail.kind === 'availability' ? [r.detail] : []));
    expect(
      availability.some((a) => a.counted.overCapMs > 0),
      'over the cap',
    ).toBe(true);
    expect(
      availability.some((a) => a.outsideWindowMs > 0),
      'outside the window',
    ).toBe(true);
    for (const reason of ['maintenance', 'force-majeure', 'customer-caused', 'third-party'])
      expect(
        availability.some((a) => a.excluded.some((e) => e.reason === reason)),
        reason,
      ).toBe(true);
    const notes = results.flatMap((r) => r.explain.filter((e) => e.rule === 'exclusion.not-applied').map((e) => e.text));
    for (const why of ['does not exclude', 'without an announcement', 'less than', 'outside the maintenance window'])
      expect(
        notes.some((t) => t.includes(why)),
        why,
      ).toBe(true);
    expect(all.some((r) => r.incidentCredits.length > 0)).toBe(true);
    // Averages and percentiles of contact times: counted, pending, excluded causes; met and missed.
    const times = results.flatMap((r) => (r.detail.kind === 'time' && r.detail.source === 'contacts' ? [r.detail] : []));
    for (const statistic of ['average', 'percentile'])
      expect(
        times.some((t) => t.statistic === statistic && t.counted > 1),
        statistic,
      ).toBe(true);
    expect(times.some((t) => t.pending > 0 && t.excluded > 0)).toBe(true);
    expect(new Set(results.filter((r) => r.detail.kind === 'time').map((r) => r.met))).toEqual(new Set([true, false, null]));
    // The ladders of availability and contact objectives: credits and bonuses granted, caps that bind.
    const credits = all.flatMap((r) => r.credits);
    const kindOf = new Map(results.map((r) => [r.objective, r.detail.kind]));
    const granted = (items: typeof credits) => new Set(items.filter((c) => (c.granted.minor ?? 0) > 0).map((c) => kindOf.get(c.objective)));
    expect(granted(credits), 'credited').toEqual(new Set(['availability', 'share', 'time']));
    expect(granted(all.flatMap((r) => r.bonuses)).size, 'a bonus').toBeGreaterThan(0);
    for (const scope of ['ladder', 'credit terms'])
      expect(
        credits.some((c) => c.caps.some((x) => x.scope === scope)),
        scope,
      ).toBe(true);
    expect(all.some((r) => r.data.problems.some((p) => p.kind === 'measurement'))).toBe(true);
    expect(results.some((r) => r.rolling !== null)).toBe(true);
  });
});

/** Both files of the script. */
function scriptText(d: SqlDatabase['dialect'], c: RuntimeContract): string {
  const s = sqlScript(d, c);
  return s.contract + s.evaluate;
}

/** INSERTs of literal rows into a table of the script (its views read it: no DROP and CREATE). */
const insert = (table: string, rows: SqlValue[][]) =>
  rows.length === 0
    ? ''
    : `INSERT INTO ${table} VALUES ${rows.map((r) => `(${r.map((v) => (v === null ? 'NULL' : typeof v === 'string' ? text(v) : String(v))).join(', ')})`).join(', ')};\n`;

describe('the script of slac compile --target sql', () => {
  const names = () => cases.filter((c) => c.name.startsWith('random records')).map((c) => c.name);
  it.each(['random records 6, hostile names (Australia/Sydney)'])(
    '%s: per objective and period the JS values, on DuckDB and Postgres',
    async (name) => {
      expect(names()).toContain(name);
      const c = cases.find((x) => x.name === name)!;
      // The records the engine accepts, as it hands them on.
      const outages: SqlValue[][] = [];
      const contacts: SqlValue[][] = [];
      const fields: SqlValue[][] = [];
      const ev = new Evaluation(c.contract, {
        ...options,
        recordSink: {
          outage: (x, ref) =>
            outages.push([outages.length, x.id, x.service, x.start, x.end, x.kind, x.announced, null, ref.line, ref.index]),
          contact: (x, ref) => {
            for (const [k, v] of Object.entries(x.fields)) fields.push([contacts.length, k, v]);
            contacts.push([
              contacts.length,
              x.id,
              x.channel,
              x.arrived,
              x.answered,
              x.abandoned,
              x.ended,
              x.language,
              x.cause,
              null,
              ref.line,
              ref.index,
            ]);
          },
        },
      });
      await read(c)(ev);
      const forecasts = c.contract.objectives.flatMap((o) =>
        [...ev.forecasts(o.name)].map(([index, f]) => [o.name, periodKey({ unit: o.period.unit, index }), f]),
      );
      const data =
        insert('slac_outages', outages) +
        insert('slac_contacts', contacts) +
        insert('slac_contact_fields', fields) +
        insert('slac_forecasts', forecasts);
      const js = reports.get(name)!.js.objectives;
      const expected = (kind: 'availability' | 'share') =>
        js
          .filter((r) => r.detail.kind === kind)
          .map((r) => {
            const d = r.detail;
            const [num, den] =
              d.kind === 'availability'
                ? [(d.windowMs - d.downtimeMs) * 100, d.windowMs]
                : d.kind === 'share'
                  ? [d.hits * 100, d.counted]
                  : [0, 0];
            const counts =
              d.kind === 'availability'
                ? { window_ms: d.windowMs, downtime_ms: d.downtimeMs }
                : d.kind === 'share'
                  ? { counted: d.counted, hits: d.hits, pending: d.pending }
                  : {};
            return {
              objective: r.objective,
              period: r.period,
              from_ms: Date.parse(r.from),
              to_ms: Date.parse(r.to),
              value_num: den > 0 ? num : null,
              value_den: den > 0 ? den : null,
              met: r.met,
              ...counts,
            };
          });
      expect(expected('availability').some((r) => r.met === false)).toBe(true);
      expect(expected('share').some((r) => r.met === false)).toBe(true);
      const duck = await duckdbEngine();
      const pgSchema = await pgliteDatabase(pg, 'script');
      try {
        for (const e of [duck, pgSchema]) {
          const script = sqlScript(e.dialect, c.contract);
          await e.exec(script.contract + data + script.evaluate);
          const got = async (view: string) => {
            const rows = await e.rows(`SELECT * FROM ${view} ORDER BY objective, from_ms`);
            const reported = new Set(js.map((r) => `${r.objective}\n${r.period}`));
            return rows.filter((r) => reported.has(`${r.objective}\n${r.period}`));
          };
          const order = (rows: Array<Record<string, unknown>>) =>
            [...rows].sort((a, b) => String(a.objective).localeCompare(String(b.objective)) || Number(a.from_ms) - Number(b.from_ms));
          expect(order(await got('slac_objective_periods_availability'))).toEqual(order(expected('availability')));
          expect(order(await got('slac_objective_periods_contacts'))).toEqual(order(expected('share')));
          // The periods the data touches, and every credit and bonus of the report, capped as in it.
          const report = reportViews(reports.get(name)!.js, onMeasurements(c.contract));
          expect(await scriptViews(e)).toEqual({ ...report, totals: ladderTotals(report.items) });
          // Both files run again (Postgres refuses to drop what a view still reads): the evaluation, then the contract.
          if (e.dialect === 'postgres') {
            await e.exec(script.evaluate);
            expect(order(await got('slac_objective_periods_contacts'))).toEqual(order(expected('share')));
            await e.exec(script.contract);
          }
        }
      } finally {
        await duck.close();
      }
    },
  );
});

describe('notifications beyond the list', () => {
  it('the earliest 1,000 of the tickets in --period, ties in input order, the rest counted: DuckDB = PGlite = JS', async () => {
    const contract = contractOf(
      sla(`priority P1 "P1"
targets {
  response P1 within 1 hours
  resolution P1 within 4 hours
}
escalation ops "Ops" {
  warn at 25% of resolution time to "A"
  warn at 50% of resolution time
  warn at 50% of response time
  step 1 "L1" after 30 minutes
  step 2 "L2" after 2 hours
  step 3 "L3" after 5 hours
}
`),
    );
    // Three tickets at each instant, hourly: February's 60 outside the period (March begins at 23:00 UTC); up to six notifications each.
    const start = Date.UTC(2026, 1, 28, 3);
    const records = Array.from({ length: 300 }, (_, i) => ({
      id: `N${i}`,
      priority: 'P1',
      created: iso(start + Math.floor(i / 3) * 3_600_000),
    }));
    const c: Case = { name: 'notifications', contract, records };
    const opts = { ...optionsOf(c), period: '2026-03' };
    const ev = new Evaluation(contract, opts);
    await read(c)(ev);
    const js = ev.finish();
    expect(js.notifications.length).toBe(1000);
    expect(js.notificationsListed.omitted).toBeGreaterThan(100);
    // At 23:30 the response warning and step 1 of each: the instant, then input order, then the line.
    expect(js.notifications.slice(0, 4).map((n) => [n.ticket, n.kind])).toEqual([
      ['N60', 'warning'],
      ['N60', 'escalation'],
      ['N61', 'warning'],
      ['N61', 'escalation'],
    ]);
    const db = await DuckDb.open({ threads: 1 });
    const duckdb = await evaluateInSql(db, 'duckdb', contract, opts, read(c));
    db.close();
    const postgres = await evaluateInSql(await pgliteDatabase(pg, 'notifications'), 'postgres', contract, opts, read(c));
    expect(withoutEngine(duckdb)).toEqual(js);
    expect(withoutEngine(postgres)).toEqual(js);
  });
});

describe('what SQL cannot answer fails loudly', () => {
  it("a language beyond ASCII, where only an objective's condition compares languages without case", async () => {
    const c = random[0]!;
    const contract = structuredClone(c.contract);
    for (const tier of contract.tiers) tier.targets = tier.targets.filter((t) => !t.conditions);
    contract.objectives = contract.objectives.filter((o) => o.name === 'team_on_time');
    Object.assign(contract, { credits: [], bonuses: [], escalations: [], breachRules: [], ticketCredits: null });
    expect(contract.objectives[0]!.conditions!.some((k) => k.field === 'language')).toBe(true);
    const records = [{ id: 'X', priority: 'P2', tier: 'Silver', created: '2026-03-02T10:00:00Z', language: 'NÉ' }];
    const db = await DuckDb.open({ threads: 1 });
    try {
      await expect(evaluateInSql(db, 'duckdb', contract, options, read({ ...c, contract, records }))).rejects.toThrow(SqlRangeError);
    } finally {
      db.close();
    }
  });

  it('a language beyond ASCII, where a condition compares languages without case', async () => {
    const c = cases.find((x) => x.name.startsWith('random'))!;
    const records = [{ id: 'X', priority: 'P2', tier: 'Silver', created: '2026-03-02T10:00:00Z', language: 'NÉ' }];
    const db = await DuckDb.open({ threads: 1 });
    try {
      await expect(evaluateInSql(db, 'duckdb', c.contract, options, read({ ...c, records }))).rejects.toThrow(SqlRangeError);
    } finally {
      db.close();
    }
  });
});

describe('SQL injection', () => {
  it('hostile status names in the .sla reach the SQL as quoted strings, and their pauses count the same (above)', () => {
    const used = new Set<string>();
    for (const c of cases.filter((x) => /^random \d/.test(x.name))) {
      const sql = scriptText('postgres', c.contract);
      const hostile = HOSTILE.find((h) => c.contract.statuses!.some((s) => s.name === h))!;
      expect(sql).toContain(text(normaliseStatus(hostile)));
      used.add(hostile);
    }
    expect([...used].sort()).toEqual([...HOSTILE].sort());
  });

  it('hostile service, calendar and objective names reach the SQL as quoted strings, and count the same (above)', () => {
    const c = cases.find((x) => x.name.includes('hostile names'))!;
    const sql = scriptText('duckdb', c.contract);
    const service = c.contract.services.find((s) => s.name.includes('DROP'))!.name;
    const objective = c.contract.objectives.find((o) => o.name.includes(';'))!.name;
    const calendar = c.contract.calendars.find((k) => k.name.includes('"'))!.name;
    for (const name of [service, objective, calendar]) expect(sql).toContain(text(name));
  });

  it('a hostile name of an objective with conditions reaches the SQL as a quoted string, and its tickets count the same (above)', () => {
    const c = random.find((x) => x.contract.objectives.some((o) => o.name === HOSTILE_OBJECTIVE))!;
    expect(scriptText('postgres', c.contract)).toContain(text(HOSTILE_OBJECTIVE));
    const results = reports.get(c.name)!.js.objectives.filter((o) => o.objective === HOSTILE_OBJECTIVE);
    expect(results.some((o) => o.detail.kind === 'share' && o.detail.counted > 0 && o.detail.unmatched > 0)).toBe(true);
  });

  it("a name that looks like a step of the evaluation stays a quoted string: the script's drops are slac's steps only", () => {
    const c = cases.find((x) => x.name.includes('hostile names'))!;
    const step = 'x\nCREATE TABLE slac_tickets AS\n-- \'\nCREATE VIEW "slac_events" AS\n';
    const contract = renamed(c.contract, [[c.contract.objectives.find((o) => o.measure.kind === 'availability')!.name, step]]);
    const { contract: tables, evaluate } = sqlScript('postgres', contract);
    expect(evaluate).toContain(text(step));
    const drops = (sql: string) => [...sql.matchAll(/^DROP (?:TABLE|VIEW) IF EXISTS (slac_\w+);$/gm)].map((m) => m[1]);
    expect(drops(evaluate)).toContain('slac_ticket_clocks');
    for (const input of ['slac_tickets', 'slac_events']) expect(drops(evaluate)).not.toContain(input);
    // Postgres: every table step analyzed (before the next step reads it), none other.
    const analyzed = [...evaluate.matchAll(/^ANALYZE (slac_\w+);$/gm)].map((m) => m[1]);
    expect(analyzed).toEqual(
      drops(evaluate)
        .filter((n) => evaluate.includes(`DROP TABLE IF EXISTS ${n};`))
        .reverse(),
    );
    // The contract's file drops the same steps first (then its own tables, slac_tickets among them, as literalTable does).
    expect(drops(tables).slice(0, drops(evaluate).length)).toEqual(drops(evaluate));
  });

  it("a hostile objective title reaches every engine's report as written (it never enters the SQL)", () => {
    for (const c of random) {
      const { js, duckdb, postgres } = reports.get(c.name)!;
      for (const r of [js, duckdb, postgres])
        expect(r.objectives.find((o) => o.objective === 'resolved_on_time')!.title).toBe(HOSTILE_TITLE);
      expect(scriptText('duckdb', c.contract)).not.toContain('Resolution');
    }
  });
});
