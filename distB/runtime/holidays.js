/**
 * Public holidays from the `date-holidays` package, reduced to the local dates they close.
 *
 * Everything is keyed by local calendar date ("YYYY-MM-DD"): a calendar closes the whole local
 * date of a holiday, whatever time of day the holiday nominally starts (some start at noon, some
 * at sunset the evening before). Results are memoised; they are pure functions of their inputs.
 */
import Holidays from 'date-holidays';
import { isKnownCountry, isKnownRegion } from './holiday-sets.js';
export { countryCodes, isKnownCountry, isKnownRegion } from './holiday-sets.js';
const DAY_MS = 86_400_000;
// `timezone: 'UTC'` makes date-holidays compute start/end as if the holiday's local wall times
// were UTC, so end - start is the holiday's nominal length and nothing depends on the machine zone.
const OPTIONS = { timezone: 'UTC' };
const instances = new Map();
const yearCache = new Map();
function instanceFor(set) {
    const country = set.country.toUpperCase();
    const region = set.region?.toUpperCase();
    const key = region === undefined ? country : `${country}-${region}`;
    let h = instances.get(key);
    if (h === undefined) {
        if (!isKnownCountry(country)) {
            throw new RangeError(`unknown holiday country "${set.country}"`);
        }
        if (region !== undefined && !isKnownRegion(country, region)) {
            throw new RangeError(`unknown holiday region "${set.region}" of country "${country}"`);
        }
        h = region === undefined ? new Holidays(country, OPTIONS) : new Holidays(country, region, OPTIONS);
        instances.set(key, h);
    }
    return h;
}
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?/;
function isoDate(dayNumber) {
    return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}
/** Local dates closed by the public holidays date-holidays lists for `year` (sorted, may spill into year+1). */
function publicDatesOfYear(set, year) {
    const key = `${set.country.toUpperCase()}-${set.region?.toUpperCase() ?? ''}-${year}`;
    const cached = yearCache.get(key);
    if (cached !== undefined)
        return cached;
    const out = [];
    for (const h of instanceFor(set).getHolidays(year)) {
        if (h.type !== 'public')
            continue;
        const m = DATE_RE.exec(h.date);
        if (m === null)
            continue;
        // The date part names the holiday's (first) local date; a trailing " -0600" only says it
        // begins the evening before, which we ignore: closure is by whole local dates.
        const naiveStart = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
        const length = Math.max(1, h.end.getTime() - h.start.getTime());
        const first = Math.floor(naiveStart / DAY_MS);
        const last = Math.floor((naiveStart + length - 1) / DAY_MS);
        for (let d = first; d <= last; d++)
            out.push(isoDate(d));
    }
    yearCache.set(key, out);
    return out;
}
/**
 * ISO local dates ("YYYY-MM-DD") in years fromYear…toYear (inclusive) on which any of `sets`
 * has a public holiday (type === 'public' only; bank holidays and observances stay open).
 * Throws RangeError for an unknown country or region.
 */
export function publicHolidays(sets, fromYear, toYear) {
    const result = new Set();
    const lo = String(fromYear).padStart(4, '0');
    const hi = String(toYear).padStart(4, '0');
    for (const set of sets) {
        // Start a year early: a multi-day holiday may begin in December of the previous year.
        for (let y = fromYear - 1; y <= toYear; y++) {
            for (const d of publicDatesOfYear(set, y)) {
                const year = d.slice(0, 4);
                if (year >= lo && year <= hi)
                    result.add(d);
            }
        }
    }
    return result;
}
