import type { CalendarSpec } from '../../runtime/calendar-spec.js';
import type { PeriodModel } from '../model.js';
export declare const DAY_MS = 86400000;
/** Days in an average year (Julian year: three common years and one leap year). */
export declare const AVERAGE_YEAR_DAYS = 365.25;
export declare const AVERAGE_MONTH_DAYS: number;
/**
 * Downtime allowed in a window of `windowMs` at an availability of `targetPercent` (e.g. 99.9).
 * The percentage is scaled to an integer first, so 99.9% of 30 days is exactly 43.2 minutes.
 */
export declare function allowedDowntimeMs(windowMs: number, targetPercent: number): number;
/** True for a calendar that is open every minute of every day, with no holidays or closed dates. */
export declare function isAlwaysOpen(spec: CalendarSpec): boolean;
/** Months in a period: null for days and weeks. */
export declare function periodMonths(period: PeriodModel): number | null;
/** Average length in days of a measurement period. */
export declare function averagePeriodDays(period: PeriodModel): number;
export interface TermWindow {
    /** First local date of the window (ISO). */
    from: string;
    /** Last local date of the window (ISO, inclusive). */
    to: string;
    /** Whole local days in the window. */
    days: number;
    /** The window is a whole period (not cut off by the start or end of the term). */
    whole: boolean;
    /** For windows that are a single calendar month: year and month, for a month label. */
    month: {
        year: number;
        month: number;
    } | null;
}
/**
 * The measurement windows of `period` that fall in the term [from, to] (ISO dates, inclusive).
 * Fixed periods (`per month`, `per quarter`, `per year`) are calendar months, quarters and years,
 * cut to the term. Rolling periods (`per 12 months`) are every window of that many consecutive
 * calendar months that lies wholly inside the term. Days and weeks are not enumerated (null).
 */
export declare function termWindows(term: {
    from: string;
    to: string;
}, period: PeriodModel): readonly TermWindow[] | null;
export interface CalendarWindow extends TermWindow {
    /** Open time of the calendar in the window. */
    openMs: number;
    allowedMs: number;
}
/** Open time and allowed downtime of a calendar in each window (window dates are local to the calendar's zone). */
export declare function calendarWindows(spec: CalendarSpec, windows: readonly TermWindow[], targetPercent: number): CalendarWindow[];
