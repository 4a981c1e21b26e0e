/**
 * The views on records other than tickets, for the script and the SQL engine alike: outages
 * (availability.ts: slac_outage_pieces, slac_availability), contacts (contacts.ts:
 * slac_contact_outcomes, slac_contact_units, slac_contact_shares), and per objective and period
 * the measured value as an exact fraction in the objective's unit and whether it meets the target:
 *   slac_objective_periods_availability, slac_objective_periods_contacts
 *   (objective, period, from_ms, to_ms, value_num, value_den, met, then the counts it rests on).
 * value_num / value_den is the SLI (NULL over an empty window or without counted contacts); `met`
 * compares it with the target exactly, in integers (never DOUBLE).
 */
import type { RtObjective, RuntimeContract } from '../../../runtime/contract.js';
import type { Exact } from '../../../runtime/evaluate/exact.js';
import { targetNumber } from '../../../runtime/evaluate/quality.js';
import { AVAILABILITY_VIEW, availabilitySql } from './availability.js';
import type { CalendarSet } from './calendars.js';
import { CONTACT_SHARES_VIEW, contactSharesSql } from './contacts.js';
import { type Column, type Dialect, ident, text, unionView } from './dialect.js';
import { CONTACT_FIELDS_TABLE, CONTACTS_TABLE, FORECASTS_TABLE, OUTAGES_TABLE, PERIODS_TABLE } from './inputs.js';

export const OBJECTIVE_PERIODS_AVAILABILITY = 'slac_objective_periods_availability';
export const OBJECTIVE_PERIODS_CONTACTS = 'slac_objective_periods_contacts';

const HEAD: readonly Column[] = [
  { name: 'objective', type: 'TEXT' },
  { name: 'period', type: 'TEXT' },
  { name: 'from_ms', type: 'BIGINT' },
  { name: 'to_ms', type: 'BIGINT' },
  { name: 'value_num', type: 'BIGINT' },
  { name: 'value_den', type: 'BIGINT' },
  { name: 'met', type: 'BOOLEAN' },
];

const big = (n: bigint): string => {
  if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`target ${n} is too large for SQL`);
  return String(n);
};

/** `num / den` against the objective's target (den > 0): num × target.d ≥ target.n × den, or ≤ for `at most`. */
function metSql(o: RtObjective, num: string, den: string): string {
  const m = o.measure;
  const t: Exact = targetNumber(m.target, m.target);
  const op = m.direction === 'at least' ? '>=' : '<=';
  return `CASE WHEN ${den} > 0 THEN (${num}) * ${big(t.d)} ${op} ${big(t.n)} * (${den}) END`;
}

/** One view over the objectives of one kind: `row(o)` is the SELECT of its periods (with the head's columns). */
function periodsView(
  d: Dialect,
  view: string,
  extra: readonly Column[],
  objectives: readonly RtObjective[],
  row: (o: RtObjective) => string,
) {
  return unionView(d, view, [...HEAD, ...extra], objectives.map(row));
}

/** Every record view; `asOf` is a SQL expression for the evaluation instant. Adds the calendars they need to `cals`. */
export function recordViewsSql(d: Dialect, contract: RuntimeContract, cals: CalendarSet, asOf: string): string {
  const inputs = {
    outages: OUTAGES_TABLE,
    contacts: CONTACTS_TABLE,
    fields: CONTACT_FIELDS_TABLE,
    periods: PERIODS_TABLE,
    forecasts: FORECASTS_TABLE,
    asOf,
  };
  const availability = contract.objectives.filter((o) => o.measure.kind === 'availability');
  const contacts = contract.objectives.filter((o) => o.measure.kind === 'share' && o.measure.source === 'contacts');
  const join = (view: string, o: RtObjective) =>
    `FROM ${ident(PERIODS_TABLE)} AS p JOIN ${ident(view)} AS v ON v.objective = p.objective AND v.period = p.period WHERE p.objective = ${text(o.name)}`;
  const available = 'CAST((v.window_ms - v.downtime_ms) * 100 AS BIGINT)';
  const share = 'CAST(v.hits * 100 AS BIGINT)';
  return (
    availabilitySql(d, cals, contract.objectives, inputs) +
    contactSharesSql(d, cals, contract.objectives, inputs) +
    periodsView(
      d,
      OBJECTIVE_PERIODS_AVAILABILITY,
      [
        { name: 'window_ms', type: 'BIGINT' },
        { name: 'downtime_ms', type: 'BIGINT' },
      ],
      availability,
      (o) =>
        `SELECT p.objective, p.period, p.from_ms, p.to_ms, CASE WHEN v.window_ms > 0 THEN ${available} END AS value_num,` +
        ` CASE WHEN v.window_ms > 0 THEN v.window_ms END AS value_den, ${metSql(o, available, 'v.window_ms')} AS met, v.window_ms, v.downtime_ms ${join(AVAILABILITY_VIEW, o)}`,
    ) +
    periodsView(
      d,
      OBJECTIVE_PERIODS_CONTACTS,
      [
        { name: 'counted', type: 'BIGINT' },
        { name: 'hits', type: 'BIGINT' },
      ],
      contacts,
      (o) =>
        `SELECT p.objective, p.period, p.from_ms, p.to_ms, CASE WHEN v.counted > 0 THEN ${share} END AS value_num,` +
        ` CASE WHEN v.counted > 0 THEN v.counted END AS value_den, ${metSql(o, share, 'v.counted')} AS met, v.counted, v.hits ${join(CONTACT_SHARES_VIEW, o)}`,
    )
  );
}
