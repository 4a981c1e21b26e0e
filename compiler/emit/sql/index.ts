/**
 * The SQL of a contract, for `slac compile --target sql` (script.ts puts it in its two files) and
 * `--engine duckdb`: the contract's constants as tables (tiers, targets, what each status does per
 * tier), its calendars as tables of open time (calendars.ts), the input tables (empty;
 * docs/sql-engine.md gives their schema and how to load them), and the steps that evaluate them
 * (tickets.ts; objectives, credits and bonuses: objectives.ts). Every name and text of the .sla
 * file goes through dialect.ts.
 */
import type { RuntimeContract } from '../../../runtime/contract.js';
import { Context } from '../../../runtime/evaluate/context.js';
import { normaliseStatus } from '../../../runtime/data/status-name.js';
import { CalendarSet, calendarTablesSql } from './calendars.js';
import { conditionValue } from './conditions.js';
import { type Uncovered, uncoveredFeatures } from './coverage.js';
import { escalationTablesSql, escalationViewsSql, ticketEscalations } from './escalations.js';
import { type Column, type Dialect, type SqlValue, type TableRows, columns, int, literalTable } from './dialect.js';
import {
  CONTACT_COLUMNS,
  CONTACT_FIELD_COLUMNS,
  CONTACT_FIELDS_TABLE,
  CONTACTS_TABLE,
  FORECAST_COLUMNS,
  FORECASTS_TABLE,
  OUTAGE_COLUMNS,
  OUTAGES_TABLE,
  PERIODS_TABLE,
} from './inputs.js';
import { clockObjectives, covered, limitCalendars, limitClocksSql, objectiveTablesSql, objectiveViewsSql } from './objectives.js';
import { PAUSE_CAP_COLUMNS, pauseCapRows } from './pause-caps.js';
import { TOUCHED, dataRangeSql } from './objective-periods.js';
import { recordViewsSql } from './records.js';
import { INF, STATE, type TicketFeatures, ticketViewsSql } from './tickets.js';

export type { Dialect } from './dialect.js';

/** The input tables: instants in epoch milliseconds; `seq` is the ticket's position in the input. */
export const INPUT_TABLES: ReadonlyArray<{ name: string; columns: readonly Column[] }> = [
  {
    name: 'slac_tickets',
    columns: [
      { name: 'seq', type: 'BIGINT' },
      { name: 'id', type: 'TEXT' },
      { name: 'tier', type: 'TEXT' },
      { name: 'priority', type: 'TEXT' },
      { name: 'channel', type: 'TEXT' },
      { name: 'created_ms', type: 'BIGINT' },
      { name: 'responded_ms', type: 'BIGINT' },
      { name: 'assigned_ms', type: 'BIGINT' },
      // Where the record was read (for the report; NULL when loaded otherwise).
      { name: 'source_file', type: 'BIGINT' },
      { name: 'source_line', type: 'BIGINT' },
      { name: 'source_index', type: 'BIGINT' },
      { name: 'cause', type: 'TEXT' },
      { name: 'language', type: 'TEXT' },
    ],
  },
  // The ticket's custom fields (`fields` in the data), one row each.
  {
    name: 'slac_ticket_fields',
    columns: [
      { name: 'ticket', type: 'BIGINT' },
      { name: 'name', type: 'TEXT' },
      { name: 'value', type: 'TEXT' },
    ],
  },
  {
    name: 'slac_events',
    columns: [
      { name: 'ticket', type: 'BIGINT' },
      { name: 'ord', type: 'BIGINT' },
      { name: 'at_ms', type: 'BIGINT' },
      { name: 'status', type: 'TEXT' },
      { name: 'status_key', type: 'TEXT' },
      { name: 'priority', type: 'TEXT' },
      { name: 'message', type: 'TEXT' },
      { name: 'resolves', type: 'BOOLEAN' },
    ],
  },
  // Outages and contacts (inputs.ts; `record` their position in the input).
  { name: OUTAGES_TABLE, columns: OUTAGE_COLUMNS },
  { name: CONTACTS_TABLE, columns: CONTACT_COLUMNS },
  { name: CONTACT_FIELDS_TABLE, columns: CONTACT_FIELD_COLUMNS },
];

/** Thrown for a contract the SQL engine does not cover (diagnostic `sql-unsupported`). */
export class UncoveredError extends Error {
  constructor(readonly features: Uncovered[]) {
    super(features.map((f) => f.feature).join('; '));
  }
}

/** Status names the contract knows for a tier: declared, aliased, or named by a pause clause. */
function statusRows(ctx: Context): SqlValue[][] {
  const c = ctx.contract;
  const names = new Set<string>([
    ...ctx.vocabulary.statuses.map((s) => s.name),
    ...c.aliases.filter((a) => a.field === 'status').map((a) => a.value),
  ]);
  const rows: SqlValue[][] = [];
  for (const tier of c.tiers) {
    const keys = new Set<string>();
    for (const n of [...names, ...tier.pauses.flatMap((p) => (p.status === null ? [] : [p.status]))]) {
      const key = normaliseStatus(n);
      if (keys.has(key)) continue;
      keys.add(key);
      const e = ctx.vocabulary.effect(n, tier);
      rows.push([tier.name, key, e.state, e.rule]);
    }
  }
  return rows;
}

/**
 * Per tier whose clocks start at a status, the status keys (slac_events.status_key) that mean it
 * after aliases: the status's own key unless it is an alias of another, and the aliases of it.
 */
function startStatusRows(ctx: Context): SqlValue[][] {
  const rows: SqlValue[][] = [];
  const aliases = ctx.contract.aliases.filter((a) => a.field === 'status');
  for (const tier of ctx.contract.tiers) {
    if (tier.start?.at !== 'status') continue;
    const wanted = normaliseStatus(ctx.vocabulary.alias('status', tier.start.status ?? ''));
    const keys = new Set<string>();
    if (normaliseStatus(ctx.vocabulary.alias('status', wanted)) === wanted) keys.add(wanted);
    for (const a of aliases) if (normaliseStatus(ctx.vocabulary.alias('status', a.value)) === wanted) keys.add(normaliseStatus(a.value));
    for (const k of keys) rows.push([tier.name, k]);
  }
  return rows;
}

/** The tables of the contract and its calendars; the same for the script and the DuckDB engine (`apart`: calendarTablesSql). */
export function contractTablesSql(d: Dialect, contract: RuntimeContract, apart: TableRows[] | null = null): string {
  const uncovered = uncoveredFeatures(contract);
  if (uncovered.length > 0) throw new UncoveredError(uncovered);
  const ctx = new Context(contract, 'en');
  const targets: SqlValue[][] = [];
  const calendars = new CalendarSet(ctx);
  const conditions: SqlValue[][] = [];
  for (const tier of contract.tiers) {
    // Of the targets per priority and clock: those with conditions (the first that matches
    // applies, slot = its position), else the first without (slot -1).
    const seen = new Set<string>();
    tier.targets.forEach((t, ord) => {
      const conditional = t.conditions !== undefined;
      if (!conditional && seen.has(`${t.priority}\n${t.target}`)) return;
      if (!conditional) seen.add(`${t.priority}\n${t.target}`);
      const days = t.within.clock === 'working' || t.within.clock === 'calendar';
      if (t.calendar !== null) calendars.named(t.calendar);
      targets.push([
        tier.name,
        t.priority,
        t.target,
        days ? null : t.within.amount,
        t.calendar,
        days ? Math.round(t.within.amount) : null,
        days ? calendars.dayCalendar(t.within, t.calendar) : null,
        t.line,
        ord,
        conditional ? ord : -1,
        t.conditions?.length ?? 0,
      ]);
      t.conditions?.forEach((c, k) => {
        // A ticket of a contract without tiers has none: a condition on the tier never holds.
        if (c.field === 'tier' && tier.implicit) return;
        for (const v of new Set(c.values.map((x) => conditionValue(c.field, x)))) conditions.push([tier.name, ord, k, c.field, v]);
      });
    });
  }
  for (const o of clockObjectives(contract))
    if ((o.measure.kind === 'share' || o.measure.kind === 'time') && o.measure.calendar !== null) calendars.named(o.measure.calendar);
  const escalations = escalationTablesSql(d, ctx, calendars);
  // Before the calendar tables: it adds the calendars of limits in days.
  const objectives = objectiveTablesSql(d, ctx, calendars);
  return [
    literalTable(
      d,
      'slac_tiers',
      [
        { name: 'tier', type: 'TEXT' },
        { name: 'start_at', type: 'TEXT' },
        { name: 'implicit', type: 'INTEGER' },
      ],
      contract.tiers.map((t) => [t.name, t.start?.at ?? 'creation', t.implicit ? 1 : 0]),
    ),
    literalTable(
      d,
      'slac_targets',
      [
        { name: 'tier', type: 'TEXT' },
        { name: 'priority', type: 'TEXT' },
        { name: 'kind', type: 'TEXT' },
        { name: 'within_ms', type: 'BIGINT' },
        { name: 'calendar', type: 'TEXT' },
        { name: 'days', type: 'INTEGER' },
        { name: 'day_calendar', type: 'TEXT' },
        { name: 'line', type: 'INTEGER' },
        { name: 'ord', type: 'INTEGER' },
        { name: 'slot', type: 'INTEGER' },
        { name: 'conditions', type: 'INTEGER' },
      ],
      targets,
    ),
    literalTable(d, 'slac_target_conditions', columns('tier TEXT, ord INTEGER, cond INTEGER, field TEXT, value TEXT'), conditions),
    literalTable(d, 'slac_start_statuses', columns('tier TEXT, status_key TEXT'), startStatusRows(ctx)),
    literalTable(
      d,
      'slac_status_effect',
      [
        { name: 'tier', type: 'TEXT' },
        { name: 'status', type: 'TEXT' },
        { name: 'state', type: 'INTEGER' },
        { name: 'rule', type: 'INTEGER' },
      ],
      statusRows(ctx),
    ),
    literalTable(
      d,
      'slac_term',
      [
        { name: 'term_to_ms', type: 'BIGINT' },
        { name: 'valid_to_ms', type: 'BIGINT' },
      ],
      [[ctx.termTo, ctx.validTo]],
    ),
    literalTable(d, 'slac_pause_caps', PAUSE_CAP_COLUMNS, pauseCapRows(contract.tiers, calendars, limitCalendars(contract))),
    calendarTablesSql(d, contractCalendars(contract, calendars), apart),
    objectives,
    escalations,
  ].join('');
}

/** The calendars of the ticket clocks and those the record views need (recordViewsSql registers them), by key. */
function contractCalendars(contract: RuntimeContract, cals: CalendarSet) {
  recordViewsSql('duckdb', contract, cals, '0');
  return cals.list().sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The input tables, created empty (forecasts too: a DOUBLE column, created by literalTable in each dialect's spelling). */
export function inputTablesSql(d: Dialect): string {
  return INPUT_TABLES.map((t) => literalTable(d, t.name, t.columns, [])).join('') + literalTable(d, FORECASTS_TABLE, FORECAST_COLUMNS, []);
}

/** The script's objective periods of outages and contacts: those the data touches, as the report's (the engine has the report's own). */
export const touchedPeriodsSql = (): string => `
CREATE VIEW ${PERIODS_TABLE} AS
SELECT p.objective, p.period, p.from_ms, p.to_ms FROM slac_objective_period_defs AS p
${TOUCHED};
`;

/**
 * The evaluation instant: the latest instant in the data (never after the term plus its margin),
 * the end of the term without data; resolved tickets are evaluated at the end of the margin. The
 * data are the tickets, outages and contacts (measurements are not in the script).
 */
function paramsViewSql(materialize: boolean, asOf: number | null, now: number | null): string {
  if (asOf !== null) {
    const nowMs = now === null ? 'NULL' : int(now);
    return `\nCREATE TABLE slac_params AS SELECT CAST(${int(asOf)} AS BIGINT) AS as_of_ms, valid_to_ms, CAST(${nowMs} AS BIGINT) AS now_ms FROM slac_term;\n`;
  }
  const instants = [
    'SELECT MAX(created_ms) AS t FROM slac_tickets',
    'SELECT MAX(responded_ms) FROM slac_tickets',
    'SELECT MAX(at_ms) FROM slac_events',
    `SELECT MAX(start_ms) FROM ${OUTAGES_TABLE}`,
    `SELECT MAX(end_ms) FROM ${OUTAGES_TABLE}`,
    `SELECT MAX(arrived_ms) FROM ${CONTACTS_TABLE}`,
    `SELECT MAX(answered_ms) FROM ${CONTACTS_TABLE}`,
    `SELECT MAX(abandoned_ms) FROM ${CONTACTS_TABLE}`,
  ];
  return `
${materialize ? 'CREATE TABLE' : 'CREATE VIEW'} slac_params AS
SELECT COALESCE(LEAST(x.t, m.valid_to_ms), m.term_to_ms) AS as_of_ms, m.valid_to_ms, CAST(NULL AS BIGINT) AS now_ms
FROM slac_term AS m
CROSS JOIN (SELECT MAX(t) AS t FROM (${instants.join(' UNION ALL ')}) AS i) AS x;
`;
}

/** What the contract's tiers and objectives use of the SQL engine's ticket clocks (the views for the rest are left out). */
export function ticketFeatures(contract: RuntimeContract, now: number | null): TicketFeatures {
  const targets = contract.tiers.flatMap((t) => t.targets);
  const limits = clockObjectives(contract).flatMap((o) => (o.measure.kind === 'share' && o.measure.within ? [o.measure.within] : []));
  return {
    caps: contract.tiers.some((t) => t.pauses.some((p) => p.cap !== null)),
    conditions: targets.some((x) => x.conditions !== undefined) || covered(contract).some((o) => (o.conditions ?? []).length > 0),
    days: [...targets.map((x) => x.within), ...limits].some((w) => w.clock === 'working' || w.clock === 'calendar'),
    cycles: targets.some((x) => x.target === 'next-reply' || x.target === 'update'),
    statusStart: contract.tiers.some((t) => t.start?.at === 'status'),
    oneTier: contract.tiers.length === 1 ? contract.tiers[0]!.name : null,
    limits: clockObjectives(contract).length > 0,
    now,
    warnings: ticketEscalations(contract).some((e) => e.warnings.length > 0),
    codes: false,
  };
}

/** The steps after the constant tables, in order: the engine runs `tickets` in batches of tickets (cli/engines/batches.ts). */
export interface ViewsSql {
  /** The evaluation instant and the data's range, over all the data. */
  global: string;
  /** Per ticket: its clocks, escalations and warnings; no step reads another ticket's rows. */
  tickets: string;
  /** Outages, contacts and objectives, over all tickets. */
  objectives: string;
}

/**
 * Everything after the constant tables: views, or (`materialize`) tables of the loaded inputs at
 * the evaluation instant the engine found (`asOf`; it also knows the requested period); `now`
 * (`--now`): every ticket is evaluated then, and what happened later has not happened yet.
 * `records`: the views of outages and contacts (records.ts), which the objective periods read (the
 * engine has created them before). `engine`: the engine's steps, without the views of kinds of
 * objective the contract has none of (the script keeps them, with no rows; the engine never reads them).
 */
export function viewsSqlParts(
  d: Dialect,
  contract: RuntimeContract,
  materialize = false,
  asOf: number | null = null,
  now: number | null = null,
  records = '',
  engine = false,
): ViewsSql {
  const ctx = new Context(contract, 'en');
  // The DuckDB engine has the ENUM codes (cli/engines/sql-tickets.ts creates them).
  const features = { ...ticketFeatures(contract, now), codes: engine && d === 'duckdb' };
  const create = materialize ? 'CREATE TABLE' : 'CREATE VIEW';
  return {
    global: paramsViewSql(materialize, asOf, now) + dataRangeSql(create, ctx),
    tickets:
      ticketViewsSql(d, materialize, features, limitClocksSql()) +
      escalationViewsSql(d, ctx, new CalendarSet(ctx), { create, inf: int(INF), running: STATE.running, attributes: features.conditions }),
    objectives: records + objectiveViewsSql(d, ctx, materialize, engine),
  };
}

/** viewsSqlParts as one script. */
export function viewsSql(...args: Parameters<typeof viewsSqlParts>): string {
  const p = viewsSqlParts(...args);
  return p.global + p.tickets + p.objectives;
}
