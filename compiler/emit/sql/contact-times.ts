/**
 * Averages and percentiles of contact times in SQL (`average answer time of calls at most 20
 * seconds per month on contact_hours`, `90th percentile of handling time of calls at most 10
 * minutes`), with the rules of runtime/evaluate/time-stats.ts countContactTime:
 *  - only contacts of the objective's channel that meet its conditions are seen; one whose cause
 *    the objective excludes is `excluded`; an abandoned one has no time;
 *  - answer time: arrival to answer (business time on the objective's calendar, else wall time),
 *    pending while unanswered; handling time: answer to `ended`, pending without either;
 *  - a contact counts in the unit period it arrived in.
 *
 * Views (empty without such objectives):
 *  - `slac_contact_times(objective, record, unit_index, ms, state)`: state `counted` (ms its time;
 *    NULL where the calendar's range ends: the engine stops), `pending` or `excluded`;
 *  - `slac_contact_time_units(objective, unit_index, counted, sum_ms, pending, excluded)`;
 *  - `slac_contact_time_ranked(objective, period, record, ms)`: a percentile's nearest-rank time,
 *    the ⌈p/100 × N⌉-th smallest per period of `periods`, ties in the engine's order (the record's
 *    place in its file, its unit, its input order);
 *  - `slac_objective_periods_contact_times(objective, period, from_ms, to_ms, value_num, value_den,
 *    met, counted, pending)`: the value in the target's unit (average: sum / (counted × unit);
 *    percentile: ms / unit), met compared exactly.
 */
import type { RtObjective, RtTimeMeasure } from '../../../runtime/contract.js';
import { elapsedSql } from './business-time.js';
import type { CalendarSet } from './calendars.js';
import { type ContactInputs, contactChannelSql, contactConditionSql } from './contacts.js';
import { type Dialect, ident, int, text, unionView } from './dialect.js';
import { OBJECTIVE_PERIOD_COLUMNS, col, targetMetSql } from './objective-periods.js';
import { targetUnitMs } from './ticket-times.js';

export const CONTACT_TIMES_VIEW = 'slac_contact_times';
export const CONTACT_TIME_UNITS_VIEW = 'slac_contact_time_units';
export const CONTACT_TIME_RANKED_VIEW = 'slac_contact_time_ranked';
export const OBJECTIVE_PERIODS_CONTACT_TIMES = 'slac_objective_periods_contact_times';

/** The time objectives on contacts. */
export const contactTimeObjectives = (objectives: readonly RtObjective[]) =>
  objectives.filter((o) => o.measure.kind === 'time' && o.measure.source === 'contacts');

const big = (x: string) => `CAST(${x} AS BIGINT)`;

/** One objective's rows of slac_contact_times. */
function timesSql(d: Dialect, cals: CalendarSet, o: RtObjective, inputs: ContactInputs): string {
  const m = o.measure as RtTimeMeasure;
  const ctx = cals.ctx;
  const unit = o.period.unit;
  const units: string[] = [];
  for (let i = ctx.zone.periodOf(unit, ctx.termFrom).index; i <= ctx.zone.periodOf(unit, ctx.termTo - 1).index; i++) {
    const r = ctx.zone.periodRange({ unit, index: i });
    units.push(`(${int(i)}, ${int(r.from)}, ${int(r.to)})`);
  }
  const answer = m.clock === 'answer';
  const elapsed = answer && m.calendar !== null ? elapsedSql(d, 'el', text(cals.named(m.calendar)), 'x.arrived_ms', 'x.answered_ms') : null;
  const ms = answer ? (elapsed?.value ?? '(x.answered_ms - x.arrived_ms)') : '(x.ended_ms - x.answered_ms)';
  const waiting = answer ? 'x.answered_ms IS NULL' : 'x.answered_ms IS NULL OR x.ended_ms IS NULL';
  // excludedCause (conditions.ts): any exclusion of the objective names the cause.
  const causes = [...new Set(o.exclusions.map((e) => e.exclusion))];
  const state =
    `CASE${causes.length > 0 ? ` WHEN x.cause IN (${causes.map(text).join(', ')}) THEN 'excluded'` : ''}` +
    ` WHEN x.abandoned_ms IS NOT NULL THEN 'abandoned' WHEN ${waiting} THEN 'pending' ELSE 'counted' END`;
  const where = [contactChannelSql(m.channel), ...(o.conditions ?? []).map((c) => contactConditionSql(c, inputs.fields))].join(' AND ');
  return (
    `SELECT * FROM (WITH u AS (SELECT * FROM (VALUES ${units.join(', ')}) AS v(unit_index, from_ms, to_ms)),\n` +
    `c AS (SELECT x.record, CAST(u.unit_index AS BIGINT) AS unit_index, ${state} AS state, ${ms} AS ms FROM ${ident(inputs.contacts)} AS x\n` +
    `JOIN u ON u.from_ms <= x.arrived_ms AND x.arrived_ms < u.to_ms\n${elapsed?.joins ?? ''}WHERE ${where})\n` +
    `SELECT ${text(o.name)} AS objective, record, unit_index, CASE WHEN state = 'counted' THEN ${big('ms')} END AS ms, state FROM c WHERE state <> 'abandoned')` +
    ` AS ${ident(`contact times ${o.name}`)}`
  );
}

/** One objective's rows of slac_objective_periods_contact_times, per period of `periods`. */
function periodsSql(o: RtObjective, periods: string): string {
  const m = o.measure as RtTimeMeasure;
  const unit = targetUnitMs(m);
  const name = text(o.name);
  const [num, den] = m.percentile === null ? ['s.sum_ms', `s.counted * ${int(unit)}`] : ['k.ms', int(unit)];
  return (
    `SELECT * FROM (WITH s AS (SELECT p.period, p.from_ms, p.to_ms, ${big('COALESCE(SUM(u.counted), 0)')} AS counted,` +
    ` ${big('COALESCE(SUM(u.sum_ms), 0)')} AS sum_ms, ${big('COALESCE(SUM(u.pending), 0)')} AS pending` +
    ` FROM ${ident(periods)} AS p JOIN slac_objective_period_defs AS f ON f.objective = p.objective AND f.period = p.period` +
    ` LEFT JOIN ${ident(CONTACT_TIME_UNITS_VIEW)} AS u ON u.objective = p.objective AND u.unit_index BETWEEN f.first_index AND f.unit_index` +
    ` WHERE p.objective = ${name} GROUP BY p.period, p.from_ms, p.to_ms)\n` +
    `SELECT ${name} AS objective, s.period, s.from_ms, s.to_ms, CASE WHEN s.counted > 0 THEN ${big(num)} END AS value_num,` +
    ` CASE WHEN s.counted > 0 THEN ${big(den)} END AS value_den, CASE WHEN s.counted > 0 THEN ${targetMetSql(o, num, den)} END AS met, s.counted, s.pending` +
    ` FROM s${m.percentile === null ? '' : ` LEFT JOIN ${ident(CONTACT_TIME_RANKED_VIEW)} AS k ON k.objective = ${name} AND k.period = s.period`})` +
    ` AS ${ident(`contact time periods ${o.name}`)}`
  );
}

/** The views above (`periods`: the objective periods, with the period defs of objective-periods.ts). */
export function contactTimesSql(d: Dialect, cals: CalendarSet, objectives: readonly RtObjective[], inputs: ContactInputs): string {
  const mine = contactTimeObjectives(objectives);
  const percentiles = mine.filter((o) => (o.measure as RtTimeMeasure).percentile !== null);
  const objective = col('objective', 'TEXT');
  const counts = ['counted', 'sum_ms', 'pending', 'excluded'].map((c) => col(c, 'BIGINT'));
  return (
    unionView(
      d,
      CONTACT_TIMES_VIEW,
      [objective, col('record', 'BIGINT'), col('unit_index', 'BIGINT'), col('ms', 'BIGINT'), col('state', 'TEXT')],
      mine.map((o) => timesSql(d, cals, o, inputs)),
      inputs.materialize ? 'TABLE' : 'VIEW',
    ) +
    unionView(
      d,
      CONTACT_TIME_UNITS_VIEW,
      [objective, col('unit_index', 'BIGINT'), ...counts],
      mine.length === 0
        ? []
        : [
            `SELECT objective, unit_index, ${big("COUNT(*) FILTER (WHERE state = 'counted')")} AS counted, ${big('COALESCE(SUM(ms), 0)')} AS sum_ms,` +
              ` ${big("COUNT(*) FILTER (WHERE state = 'pending')")} AS pending, ${big("COUNT(*) FILTER (WHERE state = 'excluded')")} AS excluded` +
              ` FROM ${ident(CONTACT_TIMES_VIEW)} GROUP BY objective, unit_index`,
          ],
    ) +
    unionView(
      d,
      CONTACT_TIME_RANKED_VIEW,
      [objective, col('period', 'TEXT'), col('record', 'BIGINT'), col('ms', 'BIGINT')],
      percentiles.map((o) => {
        const p = int((o.measure as RtTimeMeasure).percentile!);
        return (
          `SELECT objective, period, record, ms FROM (SELECT f.objective, f.period, t.record, t.ms,` +
          ` ROW_NUMBER() OVER (PARTITION BY f.period ORDER BY t.ms, x.source_index, t.unit_index, t.record) AS rn, COUNT(*) OVER (PARTITION BY f.period) AS n` +
          ` FROM slac_objective_period_defs AS f JOIN ${ident(CONTACT_TIMES_VIEW)} AS t ON t.objective = f.objective AND t.unit_index BETWEEN f.first_index AND f.unit_index AND t.state = 'counted'` +
          ` JOIN ${ident(inputs.contacts)} AS x ON x.record = t.record WHERE f.objective = ${text(o.name)}) AS r` +
          // rn = ⌈p × n / 100⌉, without a division.
          ` WHERE (rn - 1) * 100 < ${p} * n AND ${p} * n <= rn * 100`
        );
      }),
    ) +
    unionView(
      d,
      OBJECTIVE_PERIODS_CONTACT_TIMES,
      OBJECTIVE_PERIOD_COLUMNS.filter((c) => c.name !== 'hits'),
      mine.map((o) => periodsSql(o, inputs.periods)),
    )
  );
}
