/** Report periods (`2026-03`, `2026-Q1`, `2026`, `2026-W11`) on local dates of the contract's zone. */
import { DateTime } from 'luxon';
/**
 * Whether a local date (`2026-03-09`, the date part of an instant the report writes in the
 * contract's zone) lies in the period; null when the key is not a period.
 */
export function periodFilter(key) {
    if (/^\d{4}(-\d{2})?$/.test(key))
        return (date) => date.startsWith(key);
    const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
    if (quarter) {
        const first = (Number(quarter[2]) - 1) * 3 + 1;
        return (date) => date.startsWith(quarter[1]) && Math.ceil(Number(date.slice(5, 7)) / 3) === Math.ceil(first / 3);
    }
    if (/^\d{4}-W\d{2}$/.test(key))
        return (date) => DateTime.fromISO(date.slice(0, 10), { zone: 'UTC' }).toISOWeekDate()?.startsWith(key) === true;
    return null;
}
/** The month after a `2026-03` key (`2026-04`): the invoice a credit for March goes on. */
export function nextMonth(key) {
    const m = /^(\d{4})-(\d{2})$/.exec(key);
    if (!m)
        return null;
    return DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: 1 }, { zone: 'UTC' })
        .plus({ months: 1 })
        .toFormat('yyyy-MM');
}
/**
 * The `count` periods of the same kind as `key` that end with it, oldest first: months
 * (`2026-03` → `2025-04` … `2026-03`), quarters, years or ISO weeks. An unknown key is alone.
 */
export function periodsEnding(key, count) {
    const step = periodStep(key);
    if (!step)
        return [key];
    return Array.from({ length: count }, (_, i) => step.key(step.start.minus({ [step.unit]: count - 1 - i })));
}
function periodStep(key) {
    const zone = { zone: 'UTC' };
    let m = /^(\d{4})-(\d{2})$/.exec(key);
    if (m)
        return { start: DateTime.fromObject({ year: +m[1], month: +m[2] }, zone), unit: 'months', key: (d) => d.toFormat('yyyy-MM') };
    m = /^(\d{4})-Q([1-4])$/.exec(key);
    if (m)
        return {
            start: DateTime.fromObject({ year: +m[1], month: (+m[2] - 1) * 3 + 1 }, zone),
            unit: 'quarters',
            key: (d) => `${d.year}-Q${d.quarter}`,
        };
    m = /^(\d{4})$/.exec(key);
    if (m)
        return { start: DateTime.fromObject({ year: +m[1] }, zone), unit: 'years', key: (d) => String(d.year) };
    m = /^(\d{4})-W(\d{2})$/.exec(key);
    if (m)
        return {
            start: DateTime.fromObject({ weekYear: +m[1], weekNumber: +m[2], weekday: 1 }, zone),
            unit: 'weeks',
            key: (d) => d.toFormat("kkkk-'W'WW"),
        };
    return null;
}
