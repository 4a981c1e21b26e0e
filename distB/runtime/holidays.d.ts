export { countryCodes, isKnownCountry, isKnownRegion } from './holiday-sets.js';
export interface HolidaySet {
    readonly country: string;
    /** A subdivision: what date-holidays calls a "state" (e.g. "BY" for Bavaria in DE). */
    readonly region?: string;
}
/**
 * ISO local dates ("YYYY-MM-DD") in years fromYear…toYear (inclusive) on which any of `sets`
 * has a public holiday (type === 'public' only; bank holidays and observances stay open).
 * Throws RangeError for an unknown country or region.
 */
export declare function publicHolidays(sets: ReadonlyArray<HolidaySet>, fromYear: number, toYear: number): Set<string>;
