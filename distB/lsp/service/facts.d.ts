import type * as A from '../../grammar/ast.js';
import type { ContractModel } from '../../compiler/model.js';
/** Length of a measurement period in days: average months, quarters and years, as the contract documents count them. */
export declare function periodDays(unit: A.MeasurementPeriod, count?: number): number;
/** `per month`, `per 12 months` / `per maand`, `per 12 maanden`. */
export declare function periodPhrase(period: {
    unit: A.MeasurementPeriod;
    count: number;
} | null, lang: 'en' | 'nl'): string;
/** `43m 50s`, `8h 45m 58s`, `3d 15h 36m`: at most three parts, seconds dropped from a day on. */
export declare function formatMinutes(minutes: number): string;
/** Open minutes per weekday (0 = Monday) of a calendar as written. */
export declare function weeklyOpenMinutes(calendar: A.CalendarDecl): number[];
export declare function formatHours(minutes: number): string;
/**
 * The allowed downtime of an availability target over its period, in minutes, from the calendar
 * as written: the share of the week it is open (holidays not counted). For hovers while the model
 * is not available; see availabilityDowntime for the exact figures.
 */
export declare function allowedDowntime(percentage: number, period: {
    unit: A.MeasurementPeriod;
    count: number;
} | null, calendar: A.CalendarDecl | null): number;
export interface DowntimeFact {
    /** For an inlay hint: `43m 50s`, or `57m – 1h 9m` when it differs per period. */
    short: string;
    /** For a hover. */
    lines: string[];
    exact: boolean;
}
/**
 * The downtime an availability target allows per measurement period. Around the clock: the
 * average period (and, per month, months of 28, 30 and 31 days). On a calendar with opening hours:
 * the calendar's real open time in each whole period of the agreement's term (holidays and closed
 * dates included), as the contract documents state it; an approximation from the weekly hours
 * while the contract has errors.
 */
export declare function availabilityDowntime(document: A.Document, model: ContractModel | null, m: A.AvailabilityMeasure, calendar: A.CalendarDecl | null): DowntimeFact | null;
/** `Mon–Fri 08:00–18:00; Sat–Sun 09:00–12:00, 13:00–18:00` from the statements of a calendar. */
export declare function describeWeek(calendar: A.CalendarDecl): string;
export interface HolidayFact {
    date: string;
    en: string;
    nl: string;
}
/** Public holidays of a country (and region) between two ISO dates, with English and Dutch names. */
export declare function holidaysInTerm(country: string, region: string | null, from: string, to: string): HolidayFact[];
/** `EUR 4,225.00`: the currency code first, as the contract writes money; en-US digits. */
export declare function formatMoney(minor: number, currency: string): string;
/** The agreement's fee per month in minor units, if the agreement states a fee in money. */
export declare function monthlyFee(document: A.Document): {
    minor: number;
    currency: string;
} | null;
/** The agreement's term, if written. */
export declare function agreementTerm(document: A.Document): {
    from: string;
    to: string;
} | null;
/** Contract languages as declared, or the two slac renders. */
export declare function contractLanguages(document: A.Document): string[];
/** A text in one language: the language's own part, else a neutral part, else the first. */
export declare function textIn(text: A.Text | null | undefined, lang: string): string | null;
/** `Kritiek / Critical`, or just `Critical` when both languages agree or only one is written. */
export declare function titleOf(text: A.Text | null | undefined): string | null;
