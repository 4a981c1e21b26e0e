/**
 * Percentage objectives on contacts in SQL (`80% of calls answered within 30 seconds per month on
 * contact_hours`, `at most 5% of calls abandoned`): the counts of runtime/evaluate/shares.ts per
 * objective and period.
 *
 * API: `contactSharesSql(dialect, cals, objectives, inputs)` returns `CREATE VIEW` statements for
 * slac_contact_outcomes (objective, record, unit_index, arrived_ms, outcome: hit, miss, pending,
 * outside, excluded, unmatched, above), slac_contact_units (the counts per unit period index) and
 * slac_contact_shares (and adds the calendars it needs to `cals`). `inputs`:
 *   contacts  (record, id, channel, arrived_ms, answered_ms, abandoned_ms, ended_ms, language, cause)
 *   fields    (record, name, value): custom fields of contacts, one row each (docs/sql.md)
 *   periods   (objective, period, from_ms, to_ms): the objective periods
 *   forecasts (objective, period, forecast): forecast volume per unit period key (`2026-03`), or null
 *   asOf      a SQL expression for the evaluation instant
 * View columns, one row per contact share objective and period of `periods`:
 *   objective, period, counted, hits, pending, outside_hours, excluded, above_forecast, unmatched, not_owed
 * The measured value is hits × 100 / counted (none when counted = 0).
 *
 * Rules (as the engine): only contacts of the objective's channel are seen; one that fails the
 * conditions is `unmatched`, one whose cause the objective excludes `excluded`; with a calendar, one
 * arriving while it is closed is `outside`; answered at or before the due instant (business time on
 * the calendar) is a hit, answered later or abandoned a miss, still waiting a miss once past due and
 * pending before. With `excluding volume above N% of forecast`, the hits, misses and pending items of
 * each unit period count in arrival order up to ⌊forecast × N / 100⌋; later ones are above the
 * forecast. Ties in arrival are taken in record order.
 */
import type { RtCondition, RtObjective } from '../../../runtime/contract.js';
import { normaliseChannel } from '../../../runtime/evaluate/shares.js';
import { periodKey } from '../../../runtime/time.js';
import { addDurationSql, isOpenSql } from './business-time.js';
import type { CalendarSet } from './calendars.js';
import { type Dialect, ident, int, text, unionView } from './dialect.js';

export interface ContactInputs {
  contacts: string;
  fields: string;
  periods: string;
  forecasts: string | null;
  asOf: string;
  /** The per contact rows as tables, read by the views after them (the SQL engine, once the inputs are loaded). */
  materialize?: boolean;
}

export const CONTACT_SHARES_VIEW = 'slac_contact_shares';
export const CONTACT_OUTCOMES_VIEW = 'slac_contact_outcomes';
export const CONTACT_UNITS_VIEW = 'slac_contact_units';

const COUNTS = ['counted', 'hits', 'pending', 'outside_hours', 'excluded', 'above_forecast', 'unmatched', 'not_owed'] as const;

/** `channel` in SQL, compared as normaliseChannel does (no case, spaces, `-` or `_`). */
const channelSql = (e: string) => `lower(regexp_replace(${e}, '[\\s_-]+', '', 'g'))`;

/** Whether contact `x` meets a condition (conditions.ts matches, for a contact: no priority or tier). */
export function contactConditionSql(c: RtCondition, fields: string): string {
  const list = (values: readonly string[]) => values.map(text).join(', ');
  switch (c.field) {
    case 'priority':
    case 'tier':
      return 'FALSE'; // contacts have neither
    case 'channel':
      return `(x.channel IS NOT NULL AND ${channelSql('x.channel')} IN (${list(c.values.map(normaliseChannel))}))`;
    case 'language':
      return `(x.language IS NOT NULL AND lower(trim(x.language)) IN (${list(c.values.map((v) => v.toLowerCase()))}))`;
    default:
      return `EXISTS (SELECT 1 FROM ${ident(fields)} AS f WHERE f.record = x.record AND f.name = ${text(c.field)} AND trim(f.value) IN (${list(c.values)}))`;
  }
}

/** Whether contact `x` is of an objective's channel (shares.ts matchesChannel). */
export const contactChannelSql = (channel: string | null): string =>
  channel === null ? 'TRUE' : `(x.channel IS NOT NULL AND ${channelSql('x.channel')} = ${text(normaliseChannel(channel))})`;

/** Per contact of the objective's channel: its unit period and outcome (the volume rule applied: `above`). */
function outcomesSql(d: Dialect, cals: CalendarSet, o: RtObjective, inputs: ContactInputs): string {
  const m = o.measure;
  if (m.kind !== 'share' || m.source !== 'contacts') throw new TypeError(`objective ${o.name} is not a share of contacts`);
  const ctx = cals.ctx;
  const asOf = `(${inputs.asOf})`;
  const calKey = m.calendar === null ? null : text(cals.named(m.calendar));
  const open = calKey === null ? null : isOpenSql(d, 'op', calKey, 'x.arrived_ms');
  const due = m.event === 'abandoned' || m.within === null ? null : addDurationSql(d, cals, 'dl', 'x.arrived_ms', m.within, m.calendar);
  const causes = o.exclusions.filter((e) => e.exclusion !== 'volume' && e.exclusion !== 'maintenance').map((e) => e.exclusion);
  const conditions = (o.conditions ?? []).map((c) => contactConditionSql(c, inputs.fields));

  const decided =
    m.event === 'abandoned'
      ? `CASE WHEN x.abandoned_ms IS NULL AND x.answered_ms IS NULL THEN 'pending' WHEN x.abandoned_ms IS NOT NULL THEN 'hit' ELSE 'miss' END`
      : due === null
        ? `CASE WHEN x.answered_ms IS NOT NULL THEN 'hit' WHEN x.abandoned_ms IS NOT NULL THEN 'miss' ELSE 'pending' END`
        : `CASE WHEN x.answered_ms IS NOT NULL THEN (CASE WHEN x.answered_ms <= ${due.value} THEN 'hit' ELSE 'miss' END)` +
          ` WHEN x.abandoned_ms IS NOT NULL THEN 'miss' WHEN ${asOf} > ${due.value} THEN 'miss' ELSE 'pending' END`;
  const outcome =
    'CASE' +
    (conditions.length > 0 ? ` WHEN NOT (${conditions.join(' AND ')}) THEN 'unmatched'` : '') +
    (causes.length > 0 ? ` WHEN x.cause IN (${causes.map(text).join(', ')}) THEN 'excluded'` : '') +
    (open ? ` WHEN ${open.value} = 0 THEN 'outside'` : '') +
    ` ELSE ${decided} END`;

  // The unit periods of the term (a forecast is per unit; rolling periods sum their units).
  const unit = o.period.unit;
  const units: string[] = [];
  for (let i = ctx.zone.periodOf(unit, ctx.termFrom).index; i <= ctx.zone.periodOf(unit, ctx.termTo - 1).index; i++) {
    const r = ctx.zone.periodRange({ unit, index: i });
    units.push(`(${int(i)}, ${text(periodKey({ unit, index: i }))}, ${int(r.from)}, ${int(r.to)})`);
  }
  const volume = o.exclusions.find((e) => e.exclusion === 'volume')?.volumeAbove ?? null;
  const channel = contactChannelSql(m.channel);
  const live = `outcome IN ('hit', 'miss', 'pending')`;
  const double = d === 'postgres' ? 'DOUBLE PRECISION' : 'DOUBLE';
  // Ties in arrival in the engine's order: contacts decided on arrival, then those still waiting, each in record order.
  const ctes = [
    `u AS (SELECT * FROM (VALUES ${units.join(', ')}) AS v(unit_index, unit_key, from_ms, to_ms))`,
    `c AS (SELECT x.record, x.arrived_ms, u.unit_index, u.unit_key, CASE WHEN x.answered_ms IS NULL AND x.abandoned_ms IS NULL THEN 1 ELSE 0 END AS waiting,` +
      ` ${outcome} AS outcome FROM ${ident(inputs.contacts)} AS x\n` +
      `JOIN u ON u.from_ms <= x.arrived_ms AND x.arrived_ms < u.to_ms\n${open?.joins ?? ''}${due?.joins ?? ''}WHERE ${channel})`,
    volume === null || inputs.forecasts === null
      ? `k AS (SELECT record, arrived_ms, unit_index, outcome FROM c)`
      : `r AS (SELECT c.*, ROW_NUMBER() OVER (PARTITION BY unit_key, ${live} ORDER BY arrived_ms, waiting, record) - 1 AS n FROM c),\n` +
        `f AS (SELECT period AS unit_key, forecast FROM ${ident(inputs.forecasts)} WHERE objective = ${text(o.name)}),\n` +
        `k AS (SELECT r.record, r.arrived_ms, r.unit_index, CASE WHEN ${live} AND f.forecast IS NOT NULL AND r.n >= floor((CAST(f.forecast AS ${double}) * ${int(volume)}) / 100) THEN 'above' ELSE r.outcome END AS outcome FROM r LEFT JOIN f ON f.unit_key = r.unit_key)`,
  ];
  return (
    `SELECT * FROM (WITH ${ctes.join(',\n')}\nSELECT ${text(o.name)} AS objective, record, CAST(unit_index AS BIGINT) AS unit_index, arrived_ms, outcome FROM k)` +
    ` AS ${ident(`outcomes ${o.name}`)}`
  );
}

/** The counts of `outcome` rows (of one objective) grouped by `by`. */
const countsSql = (by: string) =>
  `SELECT ${by}, SUM(CASE WHEN k.outcome IN ('hit', 'miss') THEN 1 ELSE 0 END) AS counted, SUM(CASE WHEN k.outcome = 'hit' THEN 1 ELSE 0 END) AS hits,` +
  ` SUM(CASE WHEN k.outcome = 'pending' THEN 1 ELSE 0 END) AS pending, SUM(CASE WHEN k.outcome = 'outside' THEN 1 ELSE 0 END) AS outside_hours,` +
  ` SUM(CASE WHEN k.outcome = 'excluded' THEN 1 ELSE 0 END) AS excluded, SUM(CASE WHEN k.outcome = 'above' THEN 1 ELSE 0 END) AS above_forecast,` +
  ` SUM(CASE WHEN k.outcome = 'unmatched' THEN 1 ELSE 0 END) AS unmatched, 0 AS not_owed`;

const counted = (from: string) => COUNTS.map((c) => `CAST(COALESCE(${from}.${c}, 0) AS BIGINT) AS ${c}`).join(', ');

function objectiveSql(o: RtObjective, inputs: ContactInputs): string {
  const k = `(SELECT * FROM ${ident(CONTACT_OUTCOMES_VIEW)} WHERE objective = ${text(o.name)}) AS k`;
  const ctes = [
    `p AS (SELECT period, from_ms, to_ms FROM ${ident(inputs.periods)} WHERE objective = ${text(o.name)})`,
    `agg AS (${countsSql('p.period')} FROM p JOIN ${k} ON p.from_ms <= k.arrived_ms AND k.arrived_ms < p.to_ms GROUP BY p.period)`,
  ];
  return (
    `SELECT * FROM (WITH ${ctes.join(',\n')}\nSELECT ${text(o.name)} AS objective, p.period, ${counted('agg')}` +
    ` FROM p LEFT JOIN agg ON agg.period = p.period) AS ${ident(`contacts ${o.name}`)}`
  );
}

/**
 * `CREATE VIEW` slac_contact_outcomes (per objective and contact), slac_contact_units (the counts
 * per objective and unit period index, what the SQL engine feeds the report) and
 * slac_contact_shares (per objective and period), over every percentage objective on contacts
 * (empty views without one).
 */
export function contactSharesSql(d: Dialect, cals: CalendarSet, objectives: readonly RtObjective[], inputs: ContactInputs): string {
  const mine = objectives.filter((o) => o.measure.kind === 'share' && o.measure.source === 'contacts');
  const columns = COUNTS.map((name) => ({ name, type: 'BIGINT' as const }));
  const objective = { name: 'objective', type: 'TEXT' as const };
  return (
    unionView(
      d,
      CONTACT_OUTCOMES_VIEW,
      [
        objective,
        { name: 'record', type: 'BIGINT' },
        { name: 'unit_index', type: 'BIGINT' },
        { name: 'arrived_ms', type: 'BIGINT' },
        { name: 'outcome', type: 'TEXT' },
      ],
      mine.map((o) => outcomesSql(d, cals, o, inputs)),
      inputs.materialize ? 'TABLE' : 'VIEW',
    ) +
    unionView(
      d,
      CONTACT_UNITS_VIEW,
      [objective, { name: 'unit_index', type: 'BIGINT' }, ...columns],
      mine.length === 0
        ? []
        : [
            `SELECT objective, unit_index, ${counted('g')} FROM (${countsSql('k.objective, k.unit_index')} FROM ${ident(CONTACT_OUTCOMES_VIEW)} AS k GROUP BY k.objective, k.unit_index) AS g`,
          ],
    ) +
    unionView(
      d,
      CONTACT_SHARES_VIEW,
      [objective, { name: 'period', type: 'TEXT' }, ...columns],
      mine.map((o) => objectiveSql(o, inputs)),
    )
  );
}
