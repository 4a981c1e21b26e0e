import { AVAILABILITY_VIEW, availabilitySql } from './availability.js';
import { CONTACT_SHARES_VIEW, contactSharesSql } from './contacts.js';
import { contactTimesSql } from './contact-times.js';
import { ident, text, unionView } from './dialect.js';
import { targetMetSql } from './objective-periods.js';
import { CONTACT_FIELDS_TABLE, CONTACTS_TABLE, FORECASTS_TABLE, OUTAGES_TABLE, PERIODS_TABLE } from './inputs.js';
export const OBJECTIVE_PERIODS_AVAILABILITY = 'slac_objective_periods_availability';
export const OBJECTIVE_PERIODS_CONTACTS = 'slac_objective_periods_contacts';
const HEAD = [
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
function periodsView(d, view, source, value, extra, objectives) {
    const { num, den } = value;
    const row = (o) => `SELECT p.objective, p.period, p.from_ms, p.to_ms, CASE WHEN ${den} > 0 THEN ${num} END AS value_num,` +
        ` CASE WHEN ${den} > 0 THEN ${den} END AS value_den, ${targetMetSql(o, num, den)} AS met, ${extra.map((c) => `v.${c}`).join(', ')}` +
        ` FROM ${ident(PERIODS_TABLE)} AS p JOIN ${ident(source)} AS v ON v.objective = p.objective AND v.period = p.period WHERE p.objective = ${text(o.name)}`;
    const columns = extra.map((name) => ({ name, type: 'BIGINT' }));
    return unionView(d, view, [...HEAD, ...columns], objectives.map(row));
}
/** Every record view; `asOf` is a SQL expression for the evaluation instant. Adds the calendars they need to `cals`. */
export function recordViewsSql(d, contract, cals, asOf) {
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
    return (availabilitySql(d, cals, contract.objectives, inputs) +
        contactSharesSql(d, cals, contract.objectives, inputs) +
        contactTimesSql(d, cals, contract.objectives, inputs) +
        periodsView(d, OBJECTIVE_PERIODS_AVAILABILITY, AVAILABILITY_VIEW, { num: 'CAST((v.window_ms - v.downtime_ms) * 100 AS BIGINT)', den: 'v.window_ms' }, ['window_ms', 'downtime_ms'], availability) +
        periodsView(d, OBJECTIVE_PERIODS_CONTACTS, CONTACT_SHARES_VIEW, { num: 'CAST(v.hits * 100 AS BIGINT)', den: 'v.counted' }, ['counted', 'hits', 'pending'], contacts));
}
