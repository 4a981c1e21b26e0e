import { nouns, timeClocks } from './measures.js';
import { coveredDays, minuteRanges } from './passes/check-calendars.js';
const line = (node) => node.range.start.line;
export function lowerField(f, named) {
    return { ...named, values: f.values ? f.values.map((v) => v.value) : null };
}
export function lowerConditions(body) {
    return body
        .filter((s) => s.kind === 'Condition')
        .map((c) => ({ line: line(c), field: c.field.name, values: c.values.map((v) => v.value) }));
}
export function lowerTimeStat(m, target) {
    const clock = m.clock.name;
    const noun = m.noun ? nouns[m.noun.name] : null;
    return {
        kind: 'time',
        statistic: m.statistic,
        percentile: m.percentile,
        clock,
        source: timeClocks[clock],
        noun: m.noun?.name ?? null,
        channel: noun?.channel ?? null,
        direction: m.direction,
        target,
        calendar: m.calendar?.name ?? null,
    };
}
/** `open on …` lines: per date its ranges (minutes), the holiday hours, and the lines as written. */
export function lowerSpecialHours(body) {
    const byDate = new Map();
    let holidayHours = null;
    const written = [];
    for (const s of body) {
        if (s.kind !== 'SpecialHours')
            continue;
        const ranges = s.hours.map((h) => [h.from.minutes, h.to.minutes]).sort((a, b) => a[0] - b[0]);
        if (s.holidays)
            holidayHours = [...(holidayHours ?? []), ...ranges].sort((a, b) => a[0] - b[0]);
        for (const d of s.dates)
            byDate.set(d.value, [...(byDate.get(d.value) ?? []), ...ranges].sort((a, b) => a[0] - b[0]));
        written.push({
            dates: s.dates.map((d) => d.value),
            holidays: s.holidays,
            ranges: s.hours.map((h) => ({ from: h.from.value, to: h.to.value })),
        });
    }
    const special = [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, ranges]) => ({ date, ranges }));
    return { special, holidayHours, written };
}
/** `every sunday 02:00 to 06:00` as minute ranges per weekday, and as written (for documents). */
export function lowerWindow(w) {
    const hours = { ...w, kind: 'Hours' };
    const weekly = [[], [], [], [], [], [], []];
    for (const day of coveredDays(hours))
        for (const [from, to] of minuteRanges(hours))
            weekly[day].push([from, to]);
    for (const day of weekly)
        day.sort((a, b) => a[0] - b[0]);
    return {
        weekly,
        everyDay: w.everyDay,
        days: w.days.map((d) => ({ from: d.from, to: d.to })),
        ranges: w.hours.map((h) => ({ from: h.from.value, to: h.to.value })),
    };
}
