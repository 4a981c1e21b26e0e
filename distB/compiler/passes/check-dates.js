import { forEachNode } from '../walk.js';
/** A proleptic Gregorian date that exists; plain arithmetic, as the checker runs on every keystroke. */
export function isRealDate(value) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!m)
        return false;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    return days !== undefined && day >= 1 && day <= days;
}
/** `24:00` is the end of a day; any other time must be 00:00–23:59. */
/** `08:00`; with `withSeconds` (scenario times) also `08:00:30`. Opening hours are whole minutes. */
export function isRealTime(value, allowEndOfDay, withSeconds = false) {
    const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value);
    if (!m || (m[3] !== undefined && !withSeconds))
        return false;
    const h = Number(m[1]);
    const min = Number(m[2]);
    if (m[3] !== undefined && Number(m[3]) >= 60)
        return false;
    if (h === 24 && min === 0)
        return allowEndOfDay && m[3] === undefined;
    return h < 24 && min < 60;
}
export function checkDates(ctx) {
    forEachNode(ctx.document, (node, parent) => {
        switch (node.kind) {
            case 'Date': {
                const d = node;
                if (d.value && !isRealDate(d.value))
                    ctx.report('invalid-date', d.range, `${d.value} is not a date that exists`);
                break;
            }
            case 'Time': {
                const t = node;
                const endOfRange = parent?.kind === 'TimeRange' && parent.to === t;
                if (!isRealTime(t.value, endOfRange)) {
                    ctx.report('invalid-date', t.range, `${t.value} is not a time of day${endOfRange ? ' (use 00:00–24:00)' : ' (use 00:00–23:59)'}`);
                }
                break;
            }
            case 'DateTime': {
                const dt = node;
                if (!dt.date || !dt.time)
                    break;
                if (!isRealDate(dt.date))
                    ctx.report('invalid-date', dt.range, `${dt.date} is not a date that exists`);
                else if (!isRealTime(dt.time, false, true))
                    ctx.report('invalid-date', dt.range, `${dt.time} is not a time of day (use 00:00–23:59, or 00:00:00–23:59:59)`);
                break;
            }
            case 'PeriodLit': {
                const p = node;
                if (p.period === 'month' && !isRealDate(`${p.value}-01`))
                    ctx.report('invalid-date', p.range, `${p.value} is not a month`);
                break;
            }
            default:
                break;
        }
    });
}
