import type { CalendarSpec } from './calendar-spec.js';
/** Default margin precomputed on both sides of the requested range. */
export declare const DEFAULT_MARGIN_MS: number;
export interface CalendarRange {
    /** Epoch ms. */
    from: number;
    /** Epoch ms. */
    to: number;
}
export interface BuildOptions {
    /** Extra precomputed time on both sides of the range (default 400 days). */
    marginMs?: number;
}
export declare class BusinessCalendar {
    readonly spec: CalendarSpec;
    /** First and last instant (epoch ms) the calendar can answer for. */
    readonly lo: number;
    readonly hi: number;
    private readonly n;
    private readonly starts;
    private readonly ends;
    /** cum[i] = open time of intervals 0 … i-1 (length n + 1). */
    private readonly cum;
    /**
     * bucket[b] = index of the last interval starting at or before lo + b·DAY (-1 if none), so
     * the interval holding t lies between bucket[b] and bucket[b + 1]: a guess, then a tiny search.
     */
    private readonly bucket;
    /** Local dates (days since epoch) with any open time, ascending. */
    private readonly workDays;
    private readonly seg;
    private constructor();
    /**
     * Precomputes open intervals for [range.from - margin, range.to + margin]. Queries outside that
     * span throw RangeError, so pick the range from the contract term.
     */
    static build(spec: CalendarSpec, range: CalendarRange, options?: BuildOptions): BusinessCalendar;
    /** True when t lies in an open interval (intervals are half-open: closing time is closed). */
    isOpen(t: number): boolean;
    /** t itself when open, otherwise the start of the next open interval. */
    nextOpening(t: number): number;
    /** Open time in [a, b); 0 when b <= a. */
    elapsed(a: number, b: number): number;
    /**
     * The instant at which `durationMs` of open time has elapsed, counting from `start`. A clock
     * started outside business hours starts at the next opening, so add(x, 0) is nextOpening(x).
     * For durationMs > 0 the result is the earliest such instant: work that uses up a day exactly
     * ends at closing time, not at the next opening.
     */
    add(start: number, durationMs: number): number;
    /**
     * Working days. A working day is a local date with any open time. `addWorkingDays(start, n)` is
     * the same local wall-clock time as `start` on the n-th working day after start's local date
     * (start's own date never counts, whether or not it is a working day or start is in hours);
     * n = 0 gives start. If that wall time falls in a spring-forward gap it maps forward to the end
     * of the gap; if it occurs twice (fall back), the first occurrence is used. The result is
     * strictly increasing in n, which is what makes workingDaysBetween exact.
     */
    addWorkingDays(start: number, n: number): number;
    /**
     * Complete working days elapsed from a to b: the largest n with addWorkingDays(a, n) <= b
     * (0 when b <= a). Hence for b >= a: addWorkingDays(a, n) <= b iff workingDaysBetween(a, b) >= n.
     */
    workingDaysBetween(a: number, b: number): number;
    /** The end of the open interval that holds t; t itself when t is closed. */
    openUntil(t: number): number;
    /**
     * The first instant after t at which the local date or the zone's UTC offset changes: until then
     * the wall clock runs with real time (what a sweep over clocks in working days needs to know).
     */
    nextWallBreak(t: number): number;
    /** Open intervals clipped to [from, to], as [start, end) pairs (for traces and availability windows). */
    intervals(from: number, to: number): Array<[number, number]>;
    /** Index of the last interval starting at or before t, or -1. t must be in [lo, hi]. */
    private indexAt;
    /** Open time from lo to t. */
    private openBefore;
    private offsetAt;
    /** Earliest instant whose wall time is >= wall (first occurrence if repeated, gap end if skipped). */
    private wallToInstant;
    /** Index of the first working day after local day `day` (workDays.length if none). */
    private firstWorkDayAfter;
    private check;
    private exhausted;
}
