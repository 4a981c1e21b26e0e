import type { CalendarSpec } from '../../runtime/calendar-spec.js';
interface Local {
    date: string;
    /** 1 = Monday … 7 = Sunday. */
    weekday: number;
    minuteOfDay: number;
}
export declare class NaiveCalendar {
    readonly spec: CalendarSpec;
    readonly mode: 'block' | 'minute';
    private readonly closed;
    private readonly loadedYears;
    /** Per-zone memo of block lookups, shared by instances (pure data). */
    private static readonly blockCache;
    private readonly blocks;
    constructor(spec: CalendarSpec, mode?: 'block' | 'minute');
    private readonly holidays;
    /** The opening ranges of a local date: special hours, else closed, else holiday hours, else the week's. */
    private rangesOf;
    /** Local date, weekday and minute of day of a whole UTC minute m. */
    local(m: number): Local;
    /** Whether the whole minute starting at m (a multiple of 60 000) is open. */
    isOpenMinute(m: number): boolean;
    isOpen(t: number): boolean;
    /** Open time in [a, b). */
    elapsed(a: number, b: number): number;
    /** Earliest instant by which d of open time has elapsed from a; add(a, 0) = next opening. */
    add(a: number, d: number, limit?: number): number;
    /** Naive wall time (ms, as if UTC) of an instant. */
    private wall;
    /** Whether any minute of the local date is open. */
    isWorkingDate(date: string): boolean;
    /** Same wall time on the n-th following working date; gap times map to the gap end. */
    addWorkingDays(a: number, n: number): number;
}
export {};
