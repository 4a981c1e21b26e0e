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
import type { RtObjective } from '../../../runtime/contract.js';
import type { CalendarSet } from './calendars.js';
import { type ContactInputs } from './contacts.js';
import { type Dialect } from './dialect.js';
export declare const CONTACT_TIMES_VIEW = "slac_contact_times";
export declare const CONTACT_TIME_UNITS_VIEW = "slac_contact_time_units";
export declare const CONTACT_TIME_RANKED_VIEW = "slac_contact_time_ranked";
export declare const OBJECTIVE_PERIODS_CONTACT_TIMES = "slac_objective_periods_contact_times";
/** The time objectives on contacts. */
export declare const contactTimeObjectives: (objectives: readonly RtObjective[]) => RtObjective[];
/** The views above (`periods`: the objective periods, with the period defs of objective-periods.ts). */
export declare function contactTimesSql(d: Dialect, cals: CalendarSet, objectives: readonly RtObjective[], inputs: ContactInputs): string;
