/**
 * Availability: (time in the window − counted downtime in the window) / time in the window.
 *  - the window is the objective's calendar's open time (`on always`), or the whole period;
 *  - outages of the service are merged, so overlapping outages are never counted twice;
 *  - downtime outside the window is not counted;
 *  - an instant is excluded only when no counted outage covers it (counted wins over excluded),
 *    and an excluded instant has one reason: force majeure, customer-caused, third party, then
 *    maintenance, in that order;
 *  - planned maintenance is excluded only when the objective excludes maintenance, it was
 *    announced at least the notice ahead (counted on the notice's own calendar, else the
 *    objective's), and the maintenance already excluded in the cap period stays within the cap;
 *    the excess counts;
 *  - with a maintenance window (`every sunday 02:00 to 06:00`, local to the objective's
 *    calendar), the planned downtime inside the window is maintenance without notice; outside it
 *    only if announced in time (without a notice clause: never);
 *  - an outage without an end lasts until the evaluation instant.
 */
import type { RtExclusion, RtObjective } from '../contract.js';
import type { ParsedOutage } from '../data/validate.js';
import { type Context } from './context.js';
import { type Exact } from './exact.js';
import type { ObjectivePeriod } from './periods.js';
import type { AvailabilityDetail, Explanation, RecordRef } from './report.js';
export interface OutageInput {
    outage: ParsedOutage;
    ref: RecordRef;
}
export type Reason = 'maintenance' | 'force-majeure' | 'customer-caused' | 'third-party';
export interface AvailabilityPeriod {
    sli: Exact | null;
    detail: AvailabilityDetail;
    explain: Explanation[];
}
/** One outage, or a part of one, with the class it has for one objective. */
export interface OutagePiece {
    input: OutageInput;
    start: number;
    end: number;
    reason: Reason | null;
    /** Why a planned or excludable outage still counts. */
    note: string | null;
    exclusion: RtExclusion | null;
}
/** Why a planned or excludable outage still counts (`late`: announced less than the notice ahead). */
export type NoteCode = 'not-excluded' | 'no-announcement' | 'late' | 'outside-window';
/**
 * A piece classified elsewhere (the SQL engine): `reason` null counts, `why` says why an
 * excludable outage still counts.
 */
export declare function outagePiece(ctx: Context, o: RtObjective, input: OutageInput, start: number, end: number, reason: Reason | null, why: NoteCode | null, latest: number): OutagePiece;
/**
 * Evaluates the objective over its periods. `outages` are all outages of any service (the
 * objective picks its own); `asOf` ends outages still going on.
 */
export declare function evaluateAvailability(ctx: Context, o: RtObjective, outages: readonly OutageInput[], periods: readonly ObjectivePeriod[], asOf: number): AvailabilityPeriod[];
/** The same from the objective's outage pieces (in input order): classified here, or by the SQL engine. */
export declare function availabilityOf(ctx: Context, o: RtObjective, mine: readonly OutagePiece[], periods: readonly ObjectivePeriod[], asOf: number): AvailabilityPeriod[];
