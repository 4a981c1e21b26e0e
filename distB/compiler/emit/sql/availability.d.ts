/**
 * Availability objectives in SQL: outages → counted and excluded downtime per objective and
 * period, with the rules of runtime/evaluate/availability.ts (merged overlaps, the window of the
 * objective's calendar, counted before force majeure, customer caused, third party, maintenance;
 * notice, maintenance window and cap).
 *
 * API: `availabilitySql(dialect, cals, objectives, inputs)` returns `CREATE VIEW slac_outage_pieces`
 * (per objective, each outage or part of one with its class: objective, record, start_ms, end_ms,
 * cls, note, latest_ms; what the SQL engine hands to runtime availabilityOf) and `CREATE VIEW
 * slac_availability` (and adds the calendars it needs to `cals`, so create the calendar
 * tables from `cals.list()` after calling it). `inputs` names the tables and the evaluation instant:
 *   outages  (record, id, service, start_ms, end_ms, kind, announced_ms), docs/sql.md
 *   periods  (objective, period, from_ms, to_ms): the objective periods (runtime/evaluate/periods.ts)
 *   asOf     a SQL expression for the evaluation instant (ends outages still going on)
 * View columns, one row per availability objective and period of `periods`:
 *   objective, period, window_ms, downtime_ms (counted, over the cap included), over_cap_ms,
 *   force_majeure_ms, customer_caused_ms, third_party_ms, maintenance_ms, outside_window_ms.
 * The measured value is (window_ms − downtime_ms) × 100 / window_ms (none when window_ms = 0).
 *
 * How: every outage becomes pieces with one class; a sweep over the pieces' ends (and the period
 * and cap-period boundaries) gives elementary segments with the coverage of each class (window
 * functions, no loop); a segment's class is the first covered in priority order, its window time
 * the calendar's business time in it (business-time.ts). The cap is a running sum of maintenance
 * window time per cap period in time order.
 */
import type { RtObjective } from '../../../runtime/contract.js';
import { type CalendarSet } from './calendars.js';
import { type Dialect } from './dialect.js';
export interface AvailabilityInputs {
    outages: string;
    periods: string;
    asOf: string;
}
export declare const AVAILABILITY_VIEW = "slac_availability";
export declare const OUTAGE_PIECES_VIEW = "slac_outage_pieces";
/**
 * `CREATE VIEW slac_outage_pieces` and `CREATE VIEW slac_availability` over every availability
 * objective (empty views without one).
 */
export declare function availabilitySql(d: Dialect, cals: CalendarSet, objectives: readonly RtObjective[], inputs: AvailabilityInputs): string;
