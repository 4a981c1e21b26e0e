/**
 * Which holiday sets exist: the countries and subdivisions date-holidays has public holidays for.
 *
 * Read from a table derived from date-holidays (holiday-sets.json, written by
 * scripts/holiday-sets.mjs), so that checking a contract does not load date-holidays' 800 KB of
 * holiday rules and what computing them pulls in (astronomical calendars, moment-timezone); only
 * computing holiday dates does (./holidays.ts). test/runtime/holidays.test.ts holds the table
 * equal to what the installed date-holidays reports.
 */
import table from './holiday-sets.json' with { type: 'json' };
const regions = new Map(Object.entries(table).map(([country, codes]) => [country, new Set(codes)]));
/** ISO 3166-1 alpha-2 codes date-holidays knows, sorted. */
export function countryCodes() {
    return [...regions.keys()].sort();
}
export function isKnownCountry(code) {
    return regions.has(code.toUpperCase());
}
/** True when `region` is a subdivision (what date-holidays calls a "state") of a known `country`. */
export function isKnownRegion(country, region) {
    return regions.get(country.toUpperCase())?.has(region.toUpperCase()) ?? false;
}
