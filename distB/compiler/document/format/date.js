/**
 * Dates and local date-times, formatted with luxon in an explicit locale. Contract dates are local
 * calendar dates without a zone: they are read as UTC only to name the day, never converted.
 */
import { DateTime } from 'luxon';
import { localeOf } from './locale.js';
function day(iso, lang) {
    const d = DateTime.fromISO(iso, { zone: 'UTC' });
    if (!d.isValid)
        throw new RangeError(`not a date: '${iso}'`);
    return d.setLocale(localeOf(lang));
}
/** `1 januari 2026` / `1 January 2026`. */
export function formatDate(iso, lang) {
    return day(iso, lang).toLocaleString({ day: 'numeric', month: 'long', year: 'numeric' });
}
/** `vrijdag 25 december 2026` / `Friday 25 December 2026`. */
export function formatDateWithWeekday(iso, lang) {
    const d = day(iso, lang);
    return `${d.toLocaleString({ weekday: 'long' })} ${formatDate(iso, lang)}`;
}
/** `vrijdag 6 maart 2026, 17:00` / `Friday 6 March 2026, 17:00`: a local wall-clock time. */
export function formatDateTime(date, time, lang) {
    return `${formatDateWithWeekday(date, lang)}, ${time}`;
}
/** `maart 2026` / `March 2026`. */
export function formatMonth(year, month, lang) {
    return DateTime.fromObject({ year, month, day: 1 }, { zone: 'UTC' }).setLocale(localeOf(lang)).toFormat('LLLL yyyy');
}
/** The weekday name: `maandag` / `Monday` (ISO weekday 1 = Monday). */
export function weekdayName(isoWeekday, lang) {
    return DateTime.fromObject({ year: 2024, month: 1, day: isoWeekday }, { zone: 'UTC' })
        .setLocale(localeOf(lang))
        .toLocaleString({ weekday: 'long' });
}
const rangeWord = { nl: 't/m', en: 'to' };
/** `1 januari 2026 t/m 31 maart 2026` / `1 January 2026 to 31 March 2026`: both dates inclusive. */
export function formatDateRange(from, toInclusive, lang) {
    return `${formatDate(from, lang)} ${rangeWord[lang]} ${formatDate(toInclusive, lang)}`;
}
