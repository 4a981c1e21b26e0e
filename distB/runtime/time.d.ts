/** Days in a month of the proleptic Gregorian calendar. */
export declare function daysInMonth(year: number, month: number): number;
/** A failure names its kind (`code`, runtime/data/problems.ts) so a data problem can be worded in any language. */
export type TimestampResult = {
    ok: true;
    ms: number;
} | {
    ok: false;
    message: string;
    noOffset?: true;
    code: 'timestamp-no-offset' | 'not-a-timestamp' | 'impossible-offset' | 'not-a-date' | 'not-a-time' | 'nonexistent-local-time' | 'ambiguous-local-time';
    params?: Record<string, string>;
};
/** Resolves a local wall time (epoch ms as if it were UTC) to an instant: a data time zone (runtime/local-time.ts). */
export interface WallTimes {
    instant(wall: number, text: string): TimestampResult;
}
/**
 * Parses `2026-03-06T17:00:00+01:00` (also with a space, without seconds, with a fraction, `Z`,
 * or `+0100`): the one timestamp parser for every data format and field. A timestamp without an
 * offset is an error, never a guess, unless the data's zone is given (`local`).
 */
export declare function parseTimestamp(text: string, local?: WallTimes | null): TimestampResult;
export interface Civil {
    year: number;
    month: number;
    day: number;
}
export declare function civilFromDays(z: number): Civil;
export declare function daysFromCivil(year: number, month: number, day: number): number;
export declare function isoDate(days: number): string;
export type PeriodUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';
/** A calendar period: `index` counts units (days since epoch, ISO weeks since epoch, year·12+month−1, year·4+quarter−1, year). */
export interface PeriodRef {
    unit: PeriodUnit;
    index: number;
}
export declare function periodKey(p: PeriodRef): string;
/** Parses `2026-03-10`, `2026-W11`, `2026-03`, `2026-Q1`, `2026`; null if it is none of these. */
export declare function parsePeriodKey(key: string): PeriodRef | null;
/** The local day number at which a period begins and (exclusive) ends. */
export declare function periodDays(p: PeriodRef): {
    from: number;
    to: number;
};
/** The period of `unit` that contains local day number `day`. */
export declare function periodOfDay(unit: PeriodUnit, day: number): PeriodRef;
export declare const unitRank: (u: PeriodUnit) => number;
/**
 * One zone over a range of instants: UTC offsets as a sorted table of transitions, so that an
 * instant's local date or period is a binary search plus arithmetic.
 */
export declare class ZoneTime {
    readonly zone: string;
    private readonly from;
    private readonly to;
    /** Offset changes, scanned on first use: a context that never asks for an offset costs no scan. */
    private transitions;
    private readonly starts;
    constructor(zone: string, from: number, to: number);
    private scan;
    /** UTC offset in ms at instant t. */
    offsetAt(t: number): number;
    /** Local day number (days since 1970-01-01 in local dates) of instant t. */
    dayOf(t: number): number;
    periodOf(unit: PeriodUnit, t: number): PeriodRef;
    /** The instant local midnight of `day` begins (the first instant of that date if midnight is skipped). */
    startOfDay(day: number): number;
    /** A local wall time (`2026-03-06`, minutes since midnight) as an instant; skipped times map forward. */
    localToInstant(date: string, minutes: number): number;
    /** [start, end) of a period as instants. */
    periodRange(p: PeriodRef): {
        from: number;
        to: number;
    };
    /** `2026-03-09T13:00:00+01:00` (milliseconds only when not zero). Cached per local date and offset: this runs for every instant in a report. */
    format(t: number): string;
    private readonly dates;
    private readonly offsets;
}
/** Adds whole months (or years as 12 months) to a local ISO date; the day is clamped to the month's end. */
export declare function addMonthsToDate(date: string, months: number): string;
export declare function dayOfIsoDate(date: string): number;
