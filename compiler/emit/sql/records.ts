/**
 * The views on records other than tickets, for the script and the SQL engine alike: outages
 * (availability.ts: slac_outage_pieces, slac_availability), contacts (contacts.ts:
 * slac_contact_outcomes, slac_contact_units, slac_contact_shares; contact-times.ts: the times of
 * averages and percentiles, with their slac_objective_periods_contact_times), and per objective and period
 * the measured value as an exact fraction in the objective's unit and whether it meets the target:
 *   slac_objective_periods_availability, slac_objective_periods_contacts
 *   (objective, period, from_ms, to_ms, value_num, value_den, met, then the counts it rests on).
 * value_num / value_den is the SLI (NULL over an empty window or without counted contacts); `met`
 * compares it with the target exactly, in integers (never DOUBLE).
 */
import type { RtObjective, RuntimeContract } from '../../../runtime/contract.js';
import { AVAILABILITY_VIEW, availabilitySql } from './availability.js';
import type { CalendarSet } from './calendars.js';
import { CONTACT_SHARES_VIEW, contactSharesSql } from './contacts.js';
import { contactTimesSql } from './contact-times.js';
import { type Column, type Dialect, ident, text, unionView } from './dialect.js';
import { targetMetSql } from './objective-periods.js';
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

/**
 * One view over the objectives of one kind: per period of `slac_periods`, the value `num / den`
 * (`den` a column of the `source` view; NULL when it is 0) and the `extra` columns of `source`.
 */
function periodsView(
  d: Dialect,
  view: string,
  source: string,
  value: { num: string; den: string },
  extra: readonly string[],
  objectives: readonly RtObjective[],
): string {
  const { num, den } = value;
  const row = (o: RtObjective) =>
    `SELECT p.objective, p.period, p.from_ms, p.to_ms, CASE WHEN ${den} > 0 THEN ${num} END AS value_num,` +
    ` CASE WHEN ${den} > 0 THEN ${den} END AS value_den, ${targetMetSql(o, num, den)} AS met, ${extra.map((c) => `v.${c}`).join(', ')}` +
    ` FROM ${ident(PERIODS_TABLE)} AS p JOIN ${ident(source)} AS v ON v.objective = p.objective AND v.period = p.period WHERE p.objective = ${text(o.name)}`;
  const columns = extra.map((name) => ({ name, type: 'BIGINT' as const }));
  return unionView(d, view, [...HEAD, ...columns], objectives.map(row));
}

/**
 * Every record view; `asOf` is a SQL expression for the evaluation instant; `materialize`: the
 * per contact rows as tables (ContactInputs). Adds the calendars they need to `cals`.
 */
export function recordViewsSql(d: Dialect, contract: RuntimeContract, cals: CalendarSet, asOf: string, materialize = false): string {
  const inputs = {
    outages: OUTAGES_TABLE,
    contacts: CONTACTS_TABLE,
    fields: CONTACT_FIELDS_TABLE,
    periods: PERIODS_TABLE,
    forecasts: FORECASTS_TABLE,
    asOf,
    materialize,
  };
  const availability = contract.objectives.filter((o) => o.measure.kind === 'availability');
  const contacts = contract.objectives.filter((o) => o.measure.kind === 'share' && o.measure.source === 'contacts');
  return (
    availabilitySql(d, cals, contract.objectives, inputs) +
    contactSharesSql(d, cals, contract.objectives, inputs) +
    contactTimesSql(d, cals, contract.objectives, inputs) +
    periodsView(
      d,
      OBJECTIVE_PERIODS_AVAILABILITY,
      AVAILABILITY_VIEW,
      { num: 'CAST((v.window_ms - v.downtime_ms) * 100 AS BIGINT)', den: 'v.window_ms' },
      ['window_ms', 'downtime_ms'],
      availability,
    ) +
    periodsView(
      d,
      OBJECTIVE_PERIODS_CONTACTS,
      CONTACT_SHARES_VIEW,
      { num: 'CAST(v.hits * 100 AS BIGINT)', den: 'v.counted' },
      ['counted', 'hits', 'pending'],
      contacts,
    )
  );
}
