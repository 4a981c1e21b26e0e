import { coveredDays, minuteRanges } from './check-calendars.js';
const trapUnits = new Set(['day', 'week', 'month', 'year']);
/** Working days and open hours per week of a calendar, for the suggestion. */
export function weekly(decl) {
    if (!decl)
        return null;
    const minutes = [0, 0, 0, 0, 0, 0, 0];
    for (const s of decl.body)
        if (s.kind === 'Hours')
            for (const d of coveredDays(s))
                for (const [a, b] of minuteRanges(s))
                    minutes[d] += b - a;
    const days = minutes.filter((m) => m > 0).length;
    return days === 0 ? null : { days, hours: minutes.reduce((x, y) => x + y, 0) / 60 };
}
export const round = (n) => String(Math.round(n * 10) / 10);
export function checkDurationUnits(ctx) {
    const calendars = new Map(ctx.declarations('Calendar').map((c) => [c.name.name, c]));
    const check = (value, calendar, place) => {
        if (value?.kind !== 'Duration' || value.clock !== 'elapsed' || !trapUnits.has(value.unit) || !calendar)
            return;
        const w = weekly(calendars.get(calendar.name));
        if (!w)
            return;
        const perUnit = {
            day: { days: 1, hours: w.hours / w.days },
            week: { days: w.days, hours: w.hours },
            month: { days: (w.days * 52) / 12, hours: (w.hours * 52) / 12 },
            year: { days: w.days * 52, hours: w.hours * 52 },
        }[value.unit];
        const days = round(value.value * perUnit.days);
        const hours = round(value.value * perUnit.hours);
        const open = round(value.value * { day: 24, week: 168, month: 730, year: 8760 }[value.unit]);
        const written = `${value.raw} ${value.unit}${value.value === 1 ? '' : 's'}`;
        ctx.report('ambiguous-duration', value.range, `${place} of ${written} on calendar ${calendar.name} would count ${open} hours of its open time; write \`${days} working days\` or \`${hours} business hours\``, {
            fix: {
                title: `Change to ${days} working days`,
                edits: [{ range: value.range, newText: `${days} working day${days === '1' ? '' : 's'}` }],
            },
        });
    };
    const blockCalendar = (body) => body.find((s) => s.kind === 'DefaultCalendar')?.calendar ?? null;
    for (const decl of ctx.document.declarations) {
        if (decl.kind === 'Targets' || decl.kind === 'Tier') {
            const fallback = blockCalendar(decl.body);
            for (const s of decl.body) {
                if (s.kind === 'Target')
                    check(s.within, s.calendar ?? fallback, `a ${s.target.replace('-', ' ')} target`);
                else if (s.kind === 'Pause')
                    check(s.cap, fallback, 'a pause cap');
            }
        }
        else if (decl.kind === 'Escalation') {
            const fallback = blockCalendar(decl.body);
            for (const s of decl.body)
                if (s.kind === 'Step')
                    check(s.after, s.calendar ?? fallback, 'an escalation step');
        }
        else if (decl.kind === 'Objective') {
            for (const s of decl.body)
                if (s.kind === 'Share')
                    check(s.within, s.calendar, 'a time limit');
        }
    }
}
