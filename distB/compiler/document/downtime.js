/**
 * Allowed downtime: the derived facts behind "99,9% per maand: maximaal 43 minuten en 50 seconden
 * in een gemiddelde maand". Pure arithmetic on milliseconds; formatting is the view model's job.
 *
 * - 24×7 windows: a period of d days has d × 24 hours (nominal days: the document states the
 *   figures per length of month, not per daylight-saving shift). The "average month" is one
 *   twelfth of an average year of 365.25 days: 30.4375 days, 730.5 hours.
 * - Any other window: the open time of the calendar in each measurement period of the term,
 *   computed by runtime/calendar.ts (opening hours, public holidays, closed dates, time zone).
 */
import { DateTime } from 'luxon';
import { BusinessCalendar } from '../../runtime/calendar.js';
export const DAY_MS = 86_400_000;
/** Days in an average year (Julian year: three common years and one leap year). */
export const AVERAGE_YEAR_DAYS = 365.25;
export const AVERAGE_MONTH_DAYS = AVERAGE_YEAR_DAYS / 12;
/**
 * Downtime allowed in a window of `windowMs` at an availability of `targetPercent` (e.g. 99.9).
 * The percentage is scaled to an integer first, so 99.9% of 30 days is exactly 43.2 minutes.
 */
export function allowedDowntimeMs(windowMs, targetPercent) {
    const scaled = Math.round(targetPercent * 1_000_000); // millionths of a percent
    return (windowMs * (100_000_000 - scaled)) / 100_000_000;
}
/** True for a calendar that is open every minute of every day, with no holidays or closed dates. */
export function isAlwaysOpen(spec) {
    return (spec.holidays.length === 0 &&
        spec.closed.length === 0 &&
        spec.weekly.every((day) => day.length === 1 && day[0][0] === 0 && day[0][1] === 1440));
}
/** Months in a period: null for days and weeks. */
export function periodMonths(period) {
    switch (period.unit) {
        case 'month':
            return period.count;
        case 'quarter':
            return 3 * period.count;
        case 'year':
            return 12 * period.count;
        default:
            return null;
    }
}
/** Average length in days of a measurement period. */
export function averagePeriodDays(period) {
    const months = periodMonths(period);
    if (months !== null)
        return months * AVERAGE_MONTH_DAYS;
    return period.unit === 'week' ? 7 * period.count : period.count;
}
function iso(d) {
    return d.toISODate();
}
/**
 * The measurement windows of `period` that fall in the term [from, to] (ISO dates, inclusive).
 * Fixed periods (`per month`, `per quarter`, `per year`) are calendar months, quarters and years,
 * cut to the term. Rolling periods (`per 12 months`) are every window of that many consecutive
 * calendar months that lies wholly inside the term. Days and weeks are not enumerated (null).
 */
export function termWindows(term, period) {
    // Pure and asked for by every availability objective of a contract (documents, hovers, inlay
    // hints), while date arithmetic is slow: one answer per term and period, shared (read-only).
    const key = `${term.from}|${term.to}|${period.unit}|${period.count}|${period.rolling}`;
    let windows = windowsMemo.get(key);
    if (windows === undefined) {
        if (windowsMemo.size >= MEMO_LIMIT)
            windowsMemo.clear();
        windowsMemo.set(key, (windows = enumerateWindows(term, period)));
    }
    return windows;
}
const MEMO_LIMIT = 1000;
const windowsMemo = new Map();
function enumerateWindows(term, period) {
    const start = DateTime.fromISO(term.from, { zone: 'UTC' });
    const endExclusive = DateTime.fromISO(term.to, { zone: 'UTC' }).plus({ days: 1 });
    if (!start.isValid || !endExclusive.isValid || endExclusive <= start)
        return [];
    const months = periodMonths(period);
    if (months === null)
        return null;
    const windows = [];
    const push = (a, b, whole) => {
        const days = Math.round(b.diff(a, 'days').days);
        const month = whole && months === 1 && a.day === 1 ? { year: a.year, month: a.month } : null;
        windows.push({ from: iso(a), to: iso(b.minus({ days: 1 })), days, whole, month });
    };
    if (period.rolling && months > 1) {
        // Every window of `months` consecutive calendar months inside the term; when the term does not
        // start on the first of a month, windows start on the term's day of the month.
        for (let a = start; a.plus({ months }) <= endExclusive; a = a.plus({ months: 1 }))
            push(a, a.plus({ months }), true);
        return windows;
    }
    // Fixed periods, aligned to the calendar (quarters start in January, April, July, October).
    const unitStart = (d) => period.unit === 'year' ? d.startOf('year') : period.unit === 'quarter' ? d.startOf('quarter') : d.startOf('month');
    for (let a = unitStart(start); a < endExclusive; a = a.plus({ months })) {
        const b = a.plus({ months });
        const from = DateTime.max(a, start);
        const to = DateTime.min(b, endExclusive);
        push(from, to, from.equals(a) && to.equals(b));
    }
    return Object.freeze(windows);
}
/** Open time and allowed downtime of a calendar in each window (window dates are local to the calendar's zone). */
export function calendarWindows(spec, windows, targetPercent) {
    const open = openTimes(spec, windows);
    return windows.map((w, i) => ({ ...w, openMs: open[i], allowedMs: allowedDowntimeMs(open[i], targetPercent) }));
}
/** Open time per window, kept per window list (termWindows shares them) and calendar as written. */
const openMemo = new WeakMap();
function openTimes(spec, windows) {
    let bySpec = openMemo.get(windows);
    if (!bySpec)
        openMemo.set(windows, (bySpec = new Map()));
    const key = JSON.stringify({ ...spec, name: '' });
    let open = bySpec.get(key);
    if (!open)
        bySpec.set(key, (open = measureOpenTimes(spec, windows)));
    return open;
}
function measureOpenTimes(spec, windows) {
    if (windows.length === 0)
        return [];
    const at = (date) => DateTime.fromISO(date, { zone: spec.zone }).toMillis();
    const first = at(windows[0].from);
    const last = Math.max(...windows.map((w) => at(w.to) + DAY_MS));
    // Only the windows are asked about: no margin beyond a day (the default 400 days per side
    // would compute zone offsets and public holidays of years no window touches).
    const calendar = BusinessCalendar.build(spec, { from: first, to: last }, { marginMs: DAY_MS });
    return windows.map((w) => {
        const from = at(w.from);
        const to = DateTime.fromISO(w.to, { zone: spec.zone }).plus({ days: 1 }).toMillis();
        return calendar.elapsed(from, to);
    });
}
