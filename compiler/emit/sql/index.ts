/**
 * `slac compile --target sql`: one SQL script per contract and dialect. In order: the contract's
 * constants as tables (tiers, targets, what each status does per tier), its calendars as tables of
 * open time (calendars.ts), the input tables (empty; docs/sql-engine.md gives their schema and how
 * to load them), and the views that evaluate them (tickets.ts; objectives, credits and bonuses:
 * objectives.ts). Every name and text of the .sla
 * file goes through dialect.ts.
 */
import type { RuntimeContract } from '../../../runtime/contract.js';
import { Context } from '../../../runtime/evaluate/context.js';
import { normaliseStatus } from '../../../runtime/data/status-name.js';
import { calendarTablesSql } from './calendars.js';
import { type Uncovered, uncoveredFeatures } from './coverage.js';
import { type Column, type Dialect, type SqlValue, int, literalTable } from './dialect.js';
import { clockObjectives, limitClocksSql, objectiveTablesSql, objectiveViewsSql } from './objectives.js';
import { ticketViewsSql } from './tickets.js';

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

/** The tables of the contract and its calendars; the same for the script and the DuckDB engine. */
export function contractTablesSql(d: Dialect, contract: RuntimeContract): string {
  const uncovered = uncoveredFeatures(contract);
  if (uncovered.length > 0) throw new UncoveredError(uncovered);
  const ctx = new Context(contract, 'en');
  const targets: SqlValue[][] = [];
  const calendars = new Set<string>();
  for (const tier of contract.tiers) {
    // The first target per priority and clock applies (coverage.ts refuses conditions).
    const seen = new Set<string>();
    for (const t of tier.targets) {
      if (seen.has(`${t.priority}\n${t.target}`)) continue;
      seen.add(`${t.priority}\n${t.target}`);
      targets.push([tier.name, t.priority, t.target, t.within.amount, t.calendar, t.line]);
      if (t.calendar !== null) calendars.add(t.calendar);
    }
  }
  for (const o of clockObjectives(contract))
    if ((o.measure.kind === 'share' || o.measure.kind === 'time') && o.measure.calendar !== null) calendars.add(o.measure.calendar);
  return [
    literalTable(
      d,
      'slac_tiers',
      [
        { name: 'tier', type: 'TEXT' },
        { name: 'start_at', type: 'TEXT' },
      ],
      contract.tiers.map((t) => [t.name, t.start?.at ?? 'creation']),
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
        { name: 'line', type: 'INTEGER' },
      ],
      targets,
    ),
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
    calendarTablesSql(
      d,
      [...calendars].sort().map((name) => ({ key: name, calendar: ctx.calendar(name) })),
    ),
    objectiveTablesSql(d, ctx),
  ].join('');
}

/** The input tables, created empty. */
export function inputTablesSql(d: Dialect): string {
  return INPUT_TABLES.map((t) => literalTable(d, t.name, t.columns, [])).join('');
}

/**
 * The evaluation instant: the latest instant in the data (never after the term plus its margin),
 * the end of the term without data; resolved tickets are evaluated at the end of the margin.
 */
function paramsViewSql(materialize: boolean, asOf: number | null): string {
  if (asOf !== null) return `\nCREATE TABLE slac_params AS SELECT CAST(${int(asOf)} AS BIGINT) AS as_of_ms, valid_to_ms FROM slac_term;\n`;
  return `
${materialize ? 'CREATE TABLE' : 'CREATE VIEW'} slac_params AS
SELECT COALESCE(LEAST(GREATEST(x.created_ms, COALESCE(x.responded_ms, x.created_ms), COALESCE(y.at_ms, x.created_ms)), m.valid_to_ms), m.term_to_ms) AS as_of_ms,
  m.valid_to_ms
FROM slac_term AS m
CROSS JOIN (SELECT MAX(created_ms) AS created_ms, MAX(responded_ms) AS responded_ms FROM slac_tickets) AS x
CROSS JOIN (SELECT MAX(at_ms) AS at_ms FROM slac_events) AS y;
`;
}

/**
 * Everything after the constant tables: views, or (`materialize`) tables of the loaded inputs at
 * the evaluation instant the engine found (`asOf`; it also knows the requested period).
 */
export function viewsSql(d: Dialect, contract: RuntimeContract, materialize = false, asOf: number | null = null): string {
  return (
    paramsViewSql(materialize, asOf) +
    ticketViewsSql(d, materialize, limitClocksSql()) +
    objectiveViewsSql(new Context(contract, 'en'), materialize)
  );
}

/** The whole script of `slac compile --target sql`. */
export function emitSql(d: Dialect, contract: RuntimeContract): string {
  const head = `-- slac ${d} script for ${contract.source ?? 'a contract'}: load the input tables, then query slac_ticket_clocks, slac_objective_periods, slac_credits and slac_totals (docs/sql-engine.md).\n`;
  return `${head}${contractTablesSql(d, contract)}${inputTablesSql(d)}${viewsSql(d, contract)}`;
}
