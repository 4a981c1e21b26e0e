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
import type { CalendarSet } from './calendars.js';
import { type Dialect } from './dialect.js';
export interface ContactInputs {
    contacts: string;
    fields: string;
    periods: string;
    forecasts: string | null;
    asOf: string;
}
export declare const CONTACT_SHARES_VIEW = "slac_contact_shares";
export declare const CONTACT_OUTCOMES_VIEW = "slac_contact_outcomes";
export declare const CONTACT_UNITS_VIEW = "slac_contact_units";
/** Whether contact `x` meets a condition (conditions.ts matches, for a contact: no priority or tier). */
export declare function contactConditionSql(c: RtCondition, fields: string): string;
/** Whether contact `x` is of an objective's channel (shares.ts matchesChannel). */
export declare const contactChannelSql: (channel: string | null) => string;
/**
 * `CREATE VIEW` slac_contact_outcomes (per objective and contact), slac_contact_units (the counts
 * per objective and unit period index, what the SQL engine feeds the report) and
 * slac_contact_shares (per objective and period), over every percentage objective on contacts
 * (empty views without one).
 */
export declare function contactSharesSql(d: Dialect, cals: CalendarSet, objectives: readonly RtObjective[], inputs: ContactInputs): string;
