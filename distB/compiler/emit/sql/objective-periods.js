import { objectivePeriods } from '../../../runtime/evaluate/periods.js';
import { targetNumber } from '../../../runtime/evaluate/quality.js';
import { periodKey } from '../../../runtime/time.js';
import { channelSql } from './conditions.js';
import { int, literalTable } from './dialect.js';
import { CONTACTS_TABLE, OUTAGES_TABLE } from './inputs.js';
export const col = (name, type) => ({ name, type });
/** The columns every source's view adds to `slac_objective_periods` (`hits` NULL for times). */
export const OBJECTIVE_PERIOD_COLUMNS = [
    col('objective', 'TEXT'),
    col('period', 'TEXT'),
    col('from_ms', 'BIGINT'),
    col('to_ms', 'BIGINT'),
    col('value_num', 'BIGINT'),
    col('value_den', 'BIGINT'),
    col('met', 'BOOLEAN'),
    col('counted', 'BIGINT'),
    col('hits', 'BIGINT'),
    col('pending', 'BIGINT'),
];
/** A fraction of safe integers (targets and thresholds are short decimals). */
export const exactInts = (x) => [Number(x.n), Number(x.d)];
/** Channels compare without case, spaces, hyphens or underscores (shares.ts normaliseChannel); `t` is the ticket. */
export const channelMatch = (o) => `(${o}.channel_key IS NULL OR ${channelSql('t.channel')} = ${o}.channel_key)`;
/**
 * `slac_data_range(from_ms, to_ms)`: the data's range in the term (engine.ts seeRange, periodsOf):
 * tickets' creations, outages from start to end, contacts' arrivals (measurements are not in SQL).
 * Postgres' GREATEST and LEAST skip NULLs: without data the range stays NULL.
 */
export function dataRangeSql(create, ctx) {
    return `
${create} slac_data_range AS
SELECT CASE WHEN MIN(x.f) IS NOT NULL THEN GREATEST(MIN(x.f), ${int(ctx.termFrom)}) END AS from_ms,
  CASE WHEN MAX(x.t) IS NOT NULL THEN LEAST(MAX(x.t) + 1, ${int(ctx.termTo)}) END AS to_ms
FROM (
  SELECT created_ms AS f, created_ms AS t FROM slac_tickets
  UNION ALL SELECT start_ms, COALESCE(end_ms, start_ms) FROM ${OUTAGES_TABLE}
  UNION ALL SELECT arrived_ms, arrived_ms FROM ${CONTACTS_TABLE}
) AS x;
`;
}
/** The periods the data touches (engine.ts periodsOf): those whose named unit meets the data's range; `p` the period defs. */
export const TOUCHED = `JOIN slac_data_range AS r
    ON r.from_ms < r.to_ms AND p.named_from_ms < r.to_ms AND p.end_ms > r.from_ms`;
/** The met column from `value_num / value_den` and an objective row `o` with target_num, target_den, at_least. */
export const MET = `CASE WHEN s.value_den IS NULL THEN NULL WHEN o.at_least THEN s.value_num * o.target_den >= o.target_num * s.value_den
    ELSE s.value_num * o.target_den <= o.target_num * s.value_den END`;
/** `num / den` against objective `o`'s target (den > 0): num × target.d ≥ target.n × den, or ≤ for `at most`. */
export function targetMetSql(o, num, den) {
    const m = o.measure;
    const t = targetNumber(m.target, m.target);
    const op = m.direction === 'at least' ? '>=' : '<=';
    return `CASE WHEN ${den} > 0 THEN (${num}) * ${int(Number(t.d))} ${op} ${int(Number(t.n))} * (${den}) END`;
}
/** The period tables of `objectives`, and their periods (for the cap groups of ladders.ts). */
export function periodTablesSql(d, ctx, objectives) {
    const units = [];
    const rows = [];
    const defs = [];
    for (const o of objectives) {
        const unit = o.period.unit;
        const first = ctx.zone.periodOf(unit, ctx.termFrom).index;
        const last = ctx.zone.periodOf(unit, ctx.termTo - 1).index;
        for (let i = first; i <= last; i++) {
            const r = ctx.zone.periodRange({ unit, index: i });
            units.push([o.name, i, r.from, r.to]);
        }
        for (const p of objectivePeriods(ctx, o.period, ctx.termFrom, ctx.termTo)) {
            const booked = ctx.zone.periodOf('month', p.end - 1);
            const named = ctx.zone.periodRange(p.ref).from;
            const row = [o.name, p.key, p.ref.index, ctx.zone.periodOf(unit, p.from).index, p.from, p.to, named, p.end];
            rows.push([...row, periodKey(booked), ctx.zone.periodRange(booked).to, p.rolling]);
            defs.push({ objective: o.name, period: p.key, end: p.end });
        }
    }
    const sql = literalTable(d, 'slac_objective_units', [col('objective', 'TEXT'), col('unit_index', 'BIGINT'), col('from_ms', 'BIGINT'), col('to_ms', 'BIGINT')], units) +
        literalTable(d, 'slac_objective_period_defs', [
            col('objective', 'TEXT'),
            col('period', 'TEXT'),
            col('unit_index', 'BIGINT'),
            col('first_index', 'BIGINT'),
            col('from_ms', 'BIGINT'),
            col('to_ms', 'BIGINT'),
            col('named_from_ms', 'BIGINT'),
            col('end_ms', 'BIGINT'),
            col('booked_in', 'TEXT'),
            col('booked_end_ms', 'BIGINT'),
            col('rolling', 'TEXT'),
        ], rows);
    return { sql, defs };
}
/**
 * A source's rows of `slac_objective_periods` for a percentage of counted items (100·hits / counted):
 * per period the tickets touch, the counts of its units in `units` (objective, unit_index, hits,
 * pending and the counted column `counted`) summed, for the objectives of `objectives`.
 */
export function percentPeriodsSql(create, view, objectives, units, counted) {
    const sum = (x) => `CAST(COALESCE(SUM(u.${x}), 0) AS BIGINT)`;
    return `
${create} ${view} AS
WITH c AS (
  SELECT p.objective, p.period, p.from_ms, p.to_ms, ${sum(counted)} AS counted, ${sum('hits')} AS hits, ${sum('pending')} AS pending
  FROM slac_objective_period_defs AS p
  ${TOUCHED}
  JOIN ${objectives} AS o ON o.objective = p.objective
  LEFT JOIN ${units} AS u ON u.objective = p.objective AND u.unit_index BETWEEN p.first_index AND p.unit_index
  GROUP BY p.objective, p.period, p.from_ms, p.to_ms
), s AS (
  SELECT c.*, CASE WHEN counted > 0 THEN 100 * hits END AS value_num, CASE WHEN counted > 0 THEN counted END AS value_den FROM c
)
SELECT s.objective, s.period, s.from_ms, s.to_ms, s.value_num, s.value_den, ${MET} AS met, s.counted, s.hits, s.pending
FROM s JOIN ${objectives} AS o ON o.objective = s.objective;
`;
}
