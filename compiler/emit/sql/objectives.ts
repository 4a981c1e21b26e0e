/**
 * Objectives measured on tickets in SQL, and what follows from them: the rules of
 * runtime/evaluate/shares.ts, on-time.ts, time-stats.ts (ticket-times.ts), reopens.ts
 * (ticket-quality.ts), periods.ts (objective-periods.ts) and credits.ts (ladders.ts), set-based.
 *
 * Constant tables (from the contract; the same for the script and the DuckDB engine):
 *  - `slac_share_objectives(objective, clock_kind, channel_key, target_num, target_den, at_least)`:
 *    the percentage objectives on tickets, the slac_ticket_clocks kind they read (`clockKind`), their
 *    channel (normalised) and target;
 *  - `slac_limit_clocks(kind, clock, channel_key, within_ms, calendar, days, day_calendar, line)`:
 *    the clocks of the objectives' own (a limit such as `within 8 business hours on office` or
 *    `within 5 working days on office`, or the time of an average or percentile), kind
 *    `objective <name>` in slac_clock_base and slac_ticket_clocks; a limit's clock applies the pause
 *    caps (engine.ts: evaluateClock), the clock of a time does not (time-stats.ts: ticketTime);
 *  - the tickets each objective leaves out (objective-filters.ts);
 *  - the period tables (objective-periods.ts), the time objectives (ticket-times.ts), the quality
 *    objectives (ticket-quality.ts), the ladders (ladders.ts).
 * Views:
 *  - `slac_ticket_outcomes(ticket, objective, unit_index, outcome)`: per ticket and percentage
 *    objective on tickets of its channel: hit, miss, pending, unmatched, excluded or not-owed
 *    (shares.ts, on-time.ts);
 *  - `slac_share_units(objective, unit_index, counted, hits, pending, unmatched, excluded,
 *    not_owed)`: the counts per unit (what the DuckDB engine hands to the JavaScript report; it
 *    sums rolling windows itself);
 *  - `slac_objective_periods(objective, period, from_ms, to_ms, value_num, value_den, met, counted,
 *    hits, pending)`: per objective and period (on tickets: those the tickets touch; on outages and
 *    contacts: those of `slac_periods`), the measured value as an exact fraction in the objective's
 *    unit (percent: 100·hits / counted; NULL without items), met by cross-multiplying with the
 *    target. A union of one view per source (`slac_ticket_share_periods`, `slac_ticket_time_periods`,
 *    `slac_ticket_reopen_periods` of ticket-quality.ts, and records.ts' views of outages and
 *    contacts, which must exist first); quality objectives on measurements are not in it (JS only);
 *  - the credits, bonuses and totals (ladders.ts) of the objectives in it.
 */
import type { RtObjective, RuntimeContract } from '../../../runtime/contract.js';
import type { Context } from '../../../runtime/evaluate/context.js';
import { targetNumber } from '../../../runtime/evaluate/quality.js';
import { normaliseChannel } from '../../../runtime/evaluate/shares.js';
import { objectiveGap, onTickets } from './coverage.js';
import type { CalendarSet } from './calendars.js';
import { type Dialect, emptySelect, literalTable } from './dialect.js';
import { ladderTablesSql, ladderViewsSql } from './ladders.js';
import { hasConditions, objectiveFilterTablesSql, objectiveFilterViewSql } from './objective-filters.js';
import { OBJECTIVE_PERIOD_COLUMNS, channelMatch, col, exactInts, percentPeriodsSql, periodTablesSql } from './objective-periods.js';
import { OBJECTIVE_PERIODS_CONTACT_TIMES, contactTimeObjectives } from './contact-times.js';
import { OBJECTIVE_PERIODS_AVAILABILITY, OBJECTIVE_PERIODS_CONTACTS } from './records.js';
import { reopenTablesSql, reopenViewsSql } from './ticket-quality.js';
import { timeClockRow, timeTablesSql, timeViewsSql } from './ticket-times.js';

type ShareMeasure = Extract<RtObjective['measure'], { kind: 'share' }>;

/** The objectives on tickets the views evaluate (those on outages, contacts and measurements are records.ts'). */
export const covered = (c: RuntimeContract) => c.objectives.filter((o) => onTickets(o) && objectiveGap(o) === null);
export const shareObjectives = (c: RuntimeContract) => covered(c).filter((o) => o.measure.kind === 'share');
export const timeObjectives = (c: RuntimeContract) => covered(c).filter((o) => o.measure.kind === 'time');
export const reopenObjectives = (c: RuntimeContract) => covered(c).filter((o) => o.measure.kind === 'quality');
/** The objectives whose periods the ladders read: on tickets, outages and contacts (measurements are counted by JS only). */
const laddered = (c: RuntimeContract) =>
  c.objectives.filter((o) => !(o.measure.kind === 'quality' && !o.measure.noun) && objectiveGap(o) === null);

/** The ticket clock an event is measured on (on-time.ts): `replied` on the next-reply cycles, `updated` on the update cycles. */
const CLOCKS: Partial<Record<ShareMeasure['event'], string>> = {
  responded: 'response',
  resolved: 'resolution',
  replied: 'next-reply',
  updated: 'update',
};
const clockOf = (m: ShareMeasure) => CLOCKS[m.event]!;

/**
 * The `slac_ticket_clocks` kind an objective reads: the ticket's own clock (`on time`), or a clock
 * of its own with the objective's limit or time and its calendar.
 */
export function clockKind(o: RtObjective): string {
  const m = o.measure;
  return m.kind === 'share' && m.onTime ? clockOf(m) : `objective ${o.name}`;
}

/** The objectives with a clock of their own: it runs on the ticket's timeline (tickets.ts). */
export function clockObjectives(c: RuntimeContract): RtObjective[] {
  return covered(c).filter((o) => o.measure.kind !== 'quality' && clockKind(o) === `objective ${o.name}`);
}

/**
 * The objectives' own clocks for slac_clock_base (tickets.ts `extraClocks`): from the tier's clock
 * start to the first response or final resolution, on the objective's calendar, for the tickets of
 * the objective's channel (engine.ts: evaluateClock with the objective's limit; ticketTime).
 */
export function limitClocksSql(): string {
  return `SELECT s.ticket, o.kind, s.cyc, s.tier, s.from_ms, s.from_ms, s.stop_ms, s.end_ms, s.as_of_ms, s.uncertain, s.priority,
  o.within_ms, o.calendar, o.days, o.day_calendar, o.line, CAST(NULL AS INTEGER), s.plain AND o.days IS NULL
FROM s
JOIN slac_limit_clocks AS o ON o.clock = s.kind
JOIN slac_tickets AS t ON t.seq = s.ticket
WHERE s.cyc = 0 AND ${channelMatch('o')}`;
}

/** The calendars the objectives' limits are counted on: their pause caps are measured on them too (pause-caps.ts). */
export const limitCalendars = (c: RuntimeContract): Array<string | null> =>
  clockObjectives(c).flatMap((o) => (o.measure.kind === 'share' ? [o.measure.calendar] : []));

/** The constant tables above; `calendars` gets the calendars of limits in days. */
export function objectiveTablesSql(d: Dialect, ctx: Context, calendars: CalendarSet): string {
  const c = ctx.contract;
  const periods = periodTablesSql(d, ctx, laddered(c));
  const shares = shareObjectives(c).map((o) => {
    const m = o.measure as ShareMeasure;
    const [n, den] = exactInts(targetNumber(m.target, m.target));
    return [o.name, clockKind(o), m.channel === null ? null : normaliseChannel(m.channel), n, den, m.direction === 'at least'];
  });
  const clocks = clockObjectives(c).map((o) => {
    const m = o.measure;
    if (m.kind === 'time') return timeClockRow(o, clockKind(o));
    const s = m as ShareMeasure;
    const within = s.within!;
    const days = within.clock === 'working' || within.clock === 'calendar';
    return [
      clockKind(o),
      clockOf(s),
      s.channel === null ? null : normaliseChannel(s.channel),
      days ? null : within.amount,
      s.calendar,
      days ? Math.round(within.amount) : null,
      days ? calendars.dayCalendar(within, s.calendar) : null,
      o.line,
    ];
  });
  return [
    literalTable(
      d,
      'slac_share_objectives',
      [
        col('objective', 'TEXT'),
        col('clock_kind', 'TEXT'),
        col('channel_key', 'TEXT'),
        col('target_num', 'BIGINT'),
        col('target_den', 'BIGINT'),
        col('at_least', 'BOOLEAN'),
      ],
      shares,
    ),
    literalTable(
      d,
      'slac_limit_clocks',
      [
        col('kind', 'TEXT'),
        col('clock', 'TEXT'),
        col('channel_key', 'TEXT'),
        col('within_ms', 'BIGINT'),
        col('calendar', 'TEXT'),
        col('days', 'INTEGER'),
        col('day_calendar', 'TEXT'),
        col('line', 'INTEGER'),
      ],
      clocks,
    ),
    objectiveFilterTablesSql(d, covered(c)),
    timeTablesSql(d, timeObjectives(c), clockKind),
    reopenTablesSql(d, ctx, reopenObjectives(c)),
    periods.sql,
    ladderTablesSql(d, ctx, periods.defs),
  ].join('');
}

/**
 * The views above; `materialize`: tables (the DuckDB engine, once the inputs are loaded); `engine`:
 * only the views of the kinds the contract has (the engine reads no others: cli/engines/sql-objectives.ts).
 */
export function objectiveViewsSql(d: Dialect, ctx: Context, materialize = false, engine = false): string {
  const c = ctx.contract;
  // Tables of the kinds the contract measures; views (nothing computed unless read) of the others.
  const createFor = (objectives: readonly RtObjective[]) => (materialize && objectives.length > 0 ? 'CREATE TABLE' : 'CREATE VIEW');
  const create = createFor(c.objectives);
  const big = (x: string) => `CAST(${x} AS BIGINT)`;
  const filtered = covered(c).filter((o) => (o.conditions ?? []).length > 0 || o.exclusions.length > 0);
  // Without the others' views, the ticket steps' tables only they name need not stay whole in the engine (cli/engines/batches.ts).
  const ofKind = (objectives: readonly RtObjective[], sql: string) => (engine && objectives.length === 0 ? '' : sql);
  const [shares, times, reopens] = [shareObjectives(c), timeObjectives(c), reopenObjectives(c)];
  return `${ofKind([...shares, ...times, ...reopens], objectiveFilterViewSql(createFor(filtered), hasConditions(filtered)))}
${ofKind(
  shares,
  `${createFor(shares)} slac_ticket_outcomes AS
-- Counted in the unit the ticket was created in; channels compare without case, spaces, hyphens or
-- underscores (shares.ts); the clock decides (the ticket's own for \`on time\`, on-time.ts, else the
-- objective's limit), unknown statuses counting as changing nothing; without a clock (no target for
-- its priority) the ticket is pending.
-- A ticket of its channel that the objective leaves out is unmatched or excluded (objective-filters.ts).
-- \`replied\`/\`updated on time\`: the cycle the report gives (slac_cycle_clocks); a resolved ticket without
-- one was never owed a reply or update.
SELECT t.seq AS ticket, o.objective, u.unit_index,
  COALESCE(x.reason, CASE k.status WHEN 'met' THEN 'hit' WHEN 'breached' THEN 'miss' ELSE
    CASE WHEN k.ticket IS NULL AND o.clock_kind IN ('next-reply', 'update') AND f.resolved_ms IS NOT NULL THEN 'not-owed' ELSE 'pending' END
  END) AS outcome
FROM slac_tickets AS t
JOIN slac_share_objectives AS o ON ${channelMatch('o')}
JOIN slac_objective_units AS u ON u.objective = o.objective AND t.created_ms >= u.from_ms AND t.created_ms < u.to_ms
JOIN slac_ticket_facts AS f ON f.ticket = t.seq
LEFT JOIN slac_objective_left_out AS x ON x.ticket = t.seq AND x.objective = o.objective
LEFT JOIN slac_cycle_clocks AS y ON y.ticket = t.seq AND y.kind = o.clock_kind
LEFT JOIN slac_ticket_clocks AS k ON k.ticket = t.seq AND k.kind = o.clock_kind AND k.cyc = COALESCE(y.cyc, 0);

${createFor(shares)} slac_share_units AS
SELECT objective, unit_index,
  ${big("COUNT(*) FILTER (WHERE outcome IN ('hit', 'miss'))")} AS counted,
  ${big("COUNT(*) FILTER (WHERE outcome = 'hit')")} AS hits,
  ${big("COUNT(*) FILTER (WHERE outcome = 'pending')")} AS pending,
  ${big("COUNT(*) FILTER (WHERE outcome = 'unmatched')")} AS unmatched,
  ${big("COUNT(*) FILTER (WHERE outcome = 'excluded')")} AS excluded,
  ${big("COUNT(*) FILTER (WHERE outcome = 'not-owed')")} AS not_owed
FROM slac_ticket_outcomes GROUP BY objective, unit_index;

${percentPeriodsSql(create, 'slac_ticket_share_periods', 'slac_share_objectives', 'slac_share_units', 'counted')}`,
)}
${ofKind(times, timeViewsSql(createFor(times)))}${ofKind(reopens, reopenViewsSql(createFor(reopens)))}
${create} slac_objective_periods AS
${periodSources(d, ctx.contract).join('\nUNION ALL\n')};
${ladderViewsSql(create, ctx)}`;
}

/**
 * The sources of `slac_objective_periods` the contract has objectives on (a view of the script is
 * expanded where it is read: the others would only make its queries larger); without any, a typed
 * SELECT of no rows.
 */
function periodSources(d: Dialect, c: RuntimeContract): string[] {
  const columns = OBJECTIVE_PERIOD_COLUMNS.map((x) => x.name).join(', ');
  const head = 'objective, period, from_ms, to_ms, value_num, value_den, met';
  const sources: Array<[boolean, string]> = [
    [shareObjectives(c).length > 0, `SELECT ${columns} FROM slac_ticket_share_periods`],
    [timeObjectives(c).length > 0, `SELECT ${columns} FROM slac_ticket_time_periods`],
    [reopenObjectives(c).length > 0, `SELECT ${columns} FROM slac_ticket_reopen_periods`],
    [
      c.objectives.some((o) => o.measure.kind === 'availability'),
      `SELECT ${head}, CAST(NULL AS BIGINT) AS counted, CAST(NULL AS BIGINT) AS hits, CAST(NULL AS BIGINT) AS pending FROM ${OBJECTIVE_PERIODS_AVAILABILITY}`,
    ],
    [
      c.objectives.some((o) => o.measure.kind === 'share' && o.measure.source === 'contacts'),
      `SELECT ${head}, counted, hits, pending FROM ${OBJECTIVE_PERIODS_CONTACTS}`,
    ],
    [
      contactTimeObjectives(c.objectives).length > 0,
      `SELECT ${head}, counted, CAST(NULL AS BIGINT) AS hits, pending FROM ${OBJECTIVE_PERIODS_CONTACT_TIMES}`,
    ],
  ];
  const used = sources.filter(([has]) => has).map(([, sql]) => sql);
  return used.length > 0 ? used : [emptySelect(d, OBJECTIVE_PERIOD_COLUMNS)];
}
