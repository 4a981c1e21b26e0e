/**
 * Averages and percentiles of ticket and contact times (`average resolution time at most 8
 * business hours per month on office`, `90th percentile of response time at most 1 hour`,
 * `average answer time of calls at most 20 seconds`):
 *  - response and resolution time: the ticket clock from where the tier's clocks start (creation,
 *    or `clocks start at assignment` / `at status "…"`) to the first response (or the first
 *    resolution without one) and to the final resolution, pauses deducted, counted on the
 *    objective's calendar (`on office`: business time), else in real time. Only tickets whose
 *    clock has stopped count (the others are pending); a ticket counts in the period it was created;
 *  - answer time (ASA): arrival to answer of the contacts answered, on the objective's calendar if
 *    it names one; handling time (AHT): answer to `ended` (talk, hold and after-call work);
 *  - average: the sum of the times ÷ their number, exact; percentile: nearest rank, the
 *    ⌈p/100 × N⌉-th smallest time (N ≥ 1), so the 90th percentile of 10 times is the 9th;
 *  - the value is in the target's unit (hours for `at most 8 business hours`).
 */
import type { RtObjective, RtTimeMeasure } from '../contract.js';
import { type Exact } from './exact.js';
import type { ObjectivePeriod } from './periods.js';
import type { Context } from './context.js';
import type { RecordRef, TimeDetail } from './report.js';
import { type ClockCore, type Timeline } from './tickets.js';
export interface Sample {
    ms: number;
    ref: RecordRef;
}
/** Nearest rank: the 0-based position of the p-th percentile among n ascending values (n ≥ 1), ⌈p/100 × n⌉ − 1. */
export declare function nearestRankIndex(n: number, p: number): number;
export declare class TimeStatCounter {
    readonly objective: RtObjective;
    private readonly buckets;
    private readonly pending;
    private readonly excluded;
    private readonly ranked;
    constructor(objective: RtObjective);
    get measure(): RtTimeMeasure;
    add(index: number, ms: number, ref: RecordRef): void;
    addPending(index: number): void;
    addExcluded(index: number): void;
    /**
     * What another engine (the SQL engine) counted in unit `index`: the times, their sum and first
     * records, the records pending, and (contacts) excluded or (tickets) of an excluded cause; for a
     * percentile, `setRanked` gives each period's time.
     */
    addCounts(index: number, counted: number, sumMs: bigint, pending: number, refs: readonly RecordRef[], excluded?: number): void;
    /** The nearest-rank time of period `key`, found by another engine (a percentile needs every time). */
    setRanked(key: string, sample: Sample): void;
    result(ctx: Context, p: ObjectivePeriod): {
        sli: Exact | null;
        detail: TimeDetail;
    };
}
/**
 * A ticket's response or resolution time: from where the tier's clocks start (`clocks start at …`;
 * creation by default) to `stop`. A ticket that stopped before its start condition took no time,
 * as on its own clock.
 */
export declare function ticketTime(ctx: Context, tl: Timeline, start: number | null, stop: number, asOf: number, calendar: string | null): ClockCore;
/** One ticket's response or resolution time for a counter, or pending when its clock still runs. */
export declare function countTicketTime(counter: TimeStatCounter, index: number, counted: {
    status: string;
    elapsedMs: number;
} | null, ref: RecordRef): void;
/** One contact's answer or handling time for a counter. Abandoned contacts have neither. */
export declare function countContactTime(ctx: Context, counter: TimeStatCounter, c: {
    arrived: number;
    answered: number | null;
    abandoned: number | null;
    ended: number | null;
    cause: string | null;
}, ref: RecordRef): void;
