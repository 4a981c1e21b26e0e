import { targetNumber } from '../../../runtime/evaluate/quality.js';
import { normaliseChannel } from '../../../runtime/evaluate/shares.js';
import { objectiveGap, onTickets } from './coverage.js';
import { literalTable } from './dialect.js';
import { ladderTablesSql, ladderViewsSql } from './ladders.js';
import { hasConditions, objectiveFilterTablesSql, objectiveFilterViewSql } from './objective-filters.js';
import { OBJECTIVE_PERIOD_COLUMNS, channelMatch, col, exactInts, percentPeriodsSql, periodTablesSql } from './objective-periods.js';
import { OBJECTIVE_PERIODS_CONTACT_TIMES, contactTimeObjectives } from './contact-times.js';
import { OBJECTIVE_PERIODS_AVAILABILITY, OBJECTIVE_PERIODS_CONTACTS } from './records.js';
import { reopenTablesSql, reopenViewsSql } from './ticket-quality.js';
import { timeClockRow, timeTablesSql, timeViewsSql } from './ticket-times.js';
/** The objectives on tickets the views evaluate (those on outages, contacts and measurements are records.ts'). */
export const covered = (c) => c.objectives.filter((o) => onTickets(o) && objectiveGap(o) === null);
export const shareObjectives = (c) => covered(c).filter((o) => o.measure.kind === 'share');
export const timeObjectives = (c) => covered(c).filter((o) => o.measure.kind === 'time');
export const reopenObjectives = (c) => covered(c).filter((o) => o.measure.kind === 'quality');
/** The objectives whose periods the ladders read: on tickets, outages and contacts (measurements are counted by JS only). */
const laddered = (c) => c.objectives.filter((o) => !(o.measure.kind === 'quality' && !o.measure.noun) && objectiveGap(o) === null);
/** The ticket clock an event is measured on (on-time.ts): `replied` on the next-reply cycles, `updated` on the update cycles. */
const CLOCKS = {
    responded: 'response',
    resolved: 'resolution',
    replied: 'next-reply',
    updated: 'update',
};
const clockOf = (m) => CLOCKS[m.event];
/**
 * The `slac_ticket_clocks` kind an objective reads: the ticket's own clock (`on time`), or a clock
 * of its own with the objective's limit or time and its calendar.
 */
export function clockKind(o) {
    const m = o.measure;
    return m.kind === 'share' && m.onTime ? clockOf(m) : `objective ${o.name}`;
}
/** The objectives with a clock of their own: it runs on the ticket's timeline (tickets.ts). */
export function clockObjectives(c) {
    return covered(c).filter((o) => o.measure.kind !== 'quality' && clockKind(o) === `objective ${o.name}`);
}
/**
 * The objectives' own clocks for slac_clock_base (tickets.ts `extraClocks`): from the tier's clock
 * start to the first response or final resolution, on the objective's calendar, for the tickets of
 * the objective's channel (engine.ts: evaluateClock with the objective's limit; ticketTime).
 */
export function limitClocksSql() {
    return `SELECT s.ticket, o.kind, s.cyc, s.tier, s.from_ms, s.from_ms, s.stop_ms, s.end_ms, s.as_of_ms, s.uncertain, s.priority,
  o.within_ms, o.calendar, o.days, o.day_calendar, o.line, CAST(NULL AS INTEGER), s.plain AND o.days IS NULL
FROM s
JOIN slac_limit_clocks AS o ON o.clock = s.kind
JOIN slac_tickets AS t ON t.seq = s.ticket
WHERE s.cyc = 0 AND ${channelMatch('o')}`;
}
/** The calendars the objectives' limits are counted on: their pause caps are measured on them too (pause-caps.ts). */
export const limitCalendars = (c) => clockObjectives(c).flatMap((o) => (o.measure.kind === 'share' ? [o.measure.calendar] : []));
/** The constant tables above; `calendars` gets the calendars of limits in days. */
export function objectiveTablesSql(d, ctx, calendars) {
    const c = ctx.contract;
    const periods = periodTablesSql(d, ctx, laddered(c));
    const shares = shareObjectives(c).map((o) => {
        const m = o.measure;
        const [n, den] = exactInts(targetNumber(m.target, m.target));
        return [o.name, clockKind(o), m.channel === null ? null : normaliseChannel(m.channel), n, den, m.direction === 'at least'];
    });
    const clocks = clockObjectives(c).map((o) => {
        const m = o.measure;
        if (m.kind === 'time')
            return timeClockRow(o, clockKind(o));
        const s = m;
        const within = s.within;
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
        literalTable(d, 'slac_share_objectives', [
            col('objective', 'TEXT'),
            col('clock_kind', 'TEXT'),
            col('channel_key', 'TEXT'),
            col('target_num', 'BIGINT'),
            col('target_den', 'BIGINT'),
            col('at_least', 'BOOLEAN'),
        ], shares),
        literalTable(d, 'slac_limit_clocks', [
            col('kind', 'TEXT'),
            col('clock', 'TEXT'),
            col('channel_key', 'TEXT'),
            col('within_ms', 'BIGINT'),
            col('calendar', 'TEXT'),
            col('days', 'INTEGER'),
            col('day_calendar', 'TEXT'),
            col('line', 'INTEGER'),
        ], clocks),
        objectiveFilterTablesSql(d, covered(c)),
        timeTablesSql(d, timeObjectives(c), clockKind),
        reopenTablesSql(d, ctx, reopenObjectives(c)),
        periods.sql,
        ladderTablesSql(d, ctx, periods.defs),
    ].join('');
}
/** The views above; `materialize`: tables (the DuckDB engine, once the inputs are loaded). */
export function objectiveViewsSql(ctx, materialize = false) {
    const c = ctx.contract;
    // Tables of the kinds the contract measures; views (nothing computed unless read) of the others.
    const createFor = (objectives) => (materialize && objectives.length > 0 ? 'CREATE TABLE' : 'CREATE VIEW');
    const create = createFor(c.objectives);
    const big = (x) => `CAST(${x} AS BIGINT)`;
    const filtered = covered(c).filter((o) => (o.conditions ?? []).length > 0 || o.exclusions.length > 0);
    return `${objectiveFilterViewSql(createFor(filtered), hasConditions(filtered))}
${createFor(shareObjectives(c))} slac_ticket_outcomes AS
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

${createFor(shareObjectives(c))} slac_share_units AS
SELECT objective, unit_index,
  ${big("COUNT(*) FILTER (WHERE outcome IN ('hit', 'miss'))")} AS counted,
  ${big("COUNT(*) FILTER (WHERE outcome = 'hit')")} AS hits,
  ${big("COUNT(*) FILTER (WHERE outcome = 'pending')")} AS pending,
  ${big("COUNT(*) FILTER (WHERE outcome = 'unmatched')")} AS unmatched,
  ${big("COUNT(*) FILTER (WHERE outcome = 'excluded')")} AS excluded,
  ${big("COUNT(*) FILTER (WHERE outcome = 'not-owed')")} AS not_owed
FROM slac_ticket_outcomes GROUP BY objective, unit_index;

${percentPeriodsSql(create, 'slac_ticket_share_periods', 'slac_share_objectives', 'slac_share_units', 'counted')}
${timeViewsSql(createFor(timeObjectives(c)))}${reopenViewsSql(createFor(reopenObjectives(c)))}
${create} slac_objective_periods AS
${periodSources(ctx.contract).join('\nUNION ALL\n')};
${ladderViewsSql(create, ctx)}`;
}
/**
 * The sources of `slac_objective_periods` the contract has objectives on (a view of the script is
 * expanded where it is read: the others would only make its queries larger), at least one.
 */
function periodSources(c) {
    const columns = OBJECTIVE_PERIOD_COLUMNS.map((x) => x.name).join(', ');
    const head = 'objective, period, from_ms, to_ms, value_num, value_den, met';
    const sources = [
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
    return used.length > 0 ? used : [`${sources[0][1]} WHERE FALSE`];
}
