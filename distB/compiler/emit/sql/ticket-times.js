import { targetNumber } from '../../../runtime/evaluate/quality.js';
import { normaliseChannel } from '../../../runtime/evaluate/shares.js';
import { literalTable } from './dialect.js';
import { MET, TOUCHED, channelMatch, col, exactInts } from './objective-periods.js';
const unitMs = { second: 1_000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000 };
const measure = (o) => o.measure;
/** The milliseconds of the target's unit, which the value is in (time-stats.ts). */
export const targetUnitMs = (m) => m.target.kind === 'duration' ? (unitMs[m.target.duration.unit] ?? 3_600_000) : 3_600_000;
/** The clock of a time objective for `slac_limit_clocks`: any limit does (time-stats.ts uses an hour). */
export const timeClockRow = (o, kind) => {
    const m = measure(o);
    return [kind, m.clock, m.channel === null ? null : normaliseChannel(m.channel), 3_600_000, m.calendar, null, null, o.line];
};
export function timeTablesSql(d, objectives, kindOf) {
    const rows = objectives.map((o) => {
        const m = measure(o);
        const [n, den] = exactInts(targetNumber(m.target, m.target));
        const unit = targetUnitMs(m);
        return [
            o.name,
            kindOf(o),
            m.channel === null ? null : normaliseChannel(m.channel),
            m.percentile,
            unit,
            n,
            den,
            m.direction === 'at least',
        ];
    });
    return literalTable(d, 'slac_time_objectives', [
        col('objective', 'TEXT'),
        col('clock_kind', 'TEXT'),
        col('channel_key', 'TEXT'),
        col('percentile', 'INTEGER'),
        col('unit_ms', 'BIGINT'),
        col('target_num', 'BIGINT'),
        col('target_den', 'BIGINT'),
        col('at_least', 'BOOLEAN'),
    ], rows);
}
export function timeViewsSql(create) {
    const big = (x) => `CAST(${x} AS BIGINT)`;
    return `
${create} slac_ticket_times AS
-- Tickets that do not meet the objective's conditions are not counted at all, those of an excluded cause as excluded.
SELECT t.seq AS ticket, o.objective, u.unit_index, CASE WHEN k.stop_ms IS NULL OR x.reason IS NOT NULL THEN NULL ELSE k.elapsed_ms END AS ms,
  t.source_index, CASE WHEN f.resolved_ms IS NULL THEN 1 ELSE 0 END AS late, CASE WHEN x.reason IS NULL THEN 0 ELSE 1 END AS excluded
FROM slac_tickets AS t
JOIN slac_time_objectives AS o ON ${channelMatch('o')}
JOIN slac_objective_units AS u ON u.objective = o.objective AND t.created_ms >= u.from_ms AND t.created_ms < u.to_ms
JOIN slac_ticket_clocks AS k ON k.ticket = t.seq AND k.kind = o.clock_kind
JOIN slac_ticket_facts AS f ON f.ticket = t.seq
LEFT JOIN slac_objective_left_out AS x ON x.ticket = t.seq AND x.objective = o.objective
WHERE x.reason IS NULL OR x.reason = 'excluded';

${create} slac_time_units AS
SELECT objective, unit_index, ${big('COUNT(ms)')} AS counted, ${big('COALESCE(SUM(ms), 0)')} AS sum_ms,
  ${big('COUNT(*) - COUNT(ms) - SUM(excluded)')} AS pending, ${big('SUM(excluded)')} AS excluded
FROM slac_ticket_times GROUP BY objective, unit_index;

${create} slac_time_ranked AS
WITH x AS (
  SELECT p.objective, p.period, s.ticket, s.ms, o.percentile,
    ROW_NUMBER() OVER (PARTITION BY p.objective, p.period ORDER BY s.ms, s.source_index, s.unit_index, s.late, s.ticket) AS rn,
    COUNT(*) OVER (PARTITION BY p.objective, p.period) AS n
  FROM slac_objective_period_defs AS p
  JOIN slac_time_objectives AS o ON o.objective = p.objective AND o.percentile IS NOT NULL
  JOIN slac_ticket_times AS s ON s.objective = p.objective AND s.unit_index BETWEEN p.first_index AND p.unit_index AND s.ms IS NOT NULL
)
-- rn = ⌈p × n / 100⌉, without a division.
SELECT objective, period, ticket, ms FROM x WHERE (rn - 1) * 100 < percentile * n AND percentile * n <= rn * 100;

${create} slac_ticket_time_periods AS
WITH c AS (
  SELECT p.objective, p.period, p.from_ms, p.to_ms,
    ${big('COALESCE(SUM(u.counted), 0)')} AS counted, ${big('COALESCE(SUM(u.sum_ms), 0)')} AS sum_ms, ${big('COALESCE(SUM(u.pending), 0)')} AS pending
  FROM slac_objective_period_defs AS p
  ${TOUCHED}
  JOIN slac_time_objectives AS o ON o.objective = p.objective
  LEFT JOIN slac_time_units AS u ON u.objective = p.objective AND u.unit_index BETWEEN p.first_index AND p.unit_index
  GROUP BY p.objective, p.period, p.from_ms, p.to_ms
), s AS (
  SELECT c.objective, c.period, c.from_ms, c.to_ms, c.counted, c.pending,
    CASE WHEN c.counted = 0 THEN NULL WHEN o.percentile IS NULL THEN c.sum_ms ELSE k.ms END AS value_num,
    CASE WHEN c.counted = 0 THEN NULL WHEN o.percentile IS NULL THEN c.counted * o.unit_ms ELSE o.unit_ms END AS value_den
  FROM c JOIN slac_time_objectives AS o ON o.objective = c.objective
  LEFT JOIN slac_time_ranked AS k ON k.objective = c.objective AND k.period = c.period
)
SELECT s.objective, s.period, s.from_ms, s.to_ms, s.value_num, s.value_den, ${MET} AS met,
  s.counted, CAST(NULL AS BIGINT) AS hits, s.pending
FROM s JOIN slac_time_objectives AS o ON o.objective = s.objective;
`;
}
