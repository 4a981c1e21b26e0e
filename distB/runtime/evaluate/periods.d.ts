/**
 * Measurement periods of objectives: calendar periods in the contract's zone (`per month` is a
 * calendar month from local midnight on the 1st), or rolling windows (`per 12 months`: the 12
 * months ending with the period named), clipped to the contract term.
 */
import type { RtPeriod } from '../contract.js';
import { type PeriodRef } from '../time.js';
import type { Context } from './context.js';
export interface ObjectivePeriod {
    /** The period named (for rolling windows: the last unit of the window). */
    ref: PeriodRef;
    key: string;
    /** The measured window, clipped to the term. */
    from: number;
    to: number;
    /** Where the named period itself ends (bookings of credits). */
    end: number;
    rolling: string | null;
}
/** The periods of `period` whose named unit overlaps [from, to), within the term. */
export declare function objectivePeriods(ctx: Context, period: RtPeriod, from: number, to: number): ObjectivePeriod[];
