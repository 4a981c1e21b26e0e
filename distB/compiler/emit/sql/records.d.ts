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
import type { RuntimeContract } from '../../../runtime/contract.js';
import type { CalendarSet } from './calendars.js';
import { type Dialect } from './dialect.js';
export declare const OBJECTIVE_PERIODS_AVAILABILITY = "slac_objective_periods_availability";
export declare const OBJECTIVE_PERIODS_CONTACTS = "slac_objective_periods_contacts";
/** Every record view; `asOf` is a SQL expression for the evaluation instant. Adds the calendars they need to `cals`. */
export declare function recordViewsSql(d: Dialect, contract: RuntimeContract, cals: CalendarSet, asOf: string): string;
