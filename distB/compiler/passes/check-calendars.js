/** Calendars: one valid time zone, real opening hours that do not overlap, known holiday sets. */
import { IANAZone } from 'luxon';
import { countryCodes, isKnownCountry, isKnownRegion } from '../../runtime/holiday-sets.js';
import { didYouMean } from '../../diagnostics/suggest.js';
import { forEachNode } from '../walk.js';
import { reportRepeated } from './context.js';
export const weekdayOrder = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
let zoneNames;
function knownZones() {
    return (zoneNames ??= Intl.supportedValuesOf('timeZone'));
}
// luxon builds an Intl.DateTimeFormat per validity check: remember the answers.
const zoneValidity = new Map();
export function isValidZone(name) {
    let valid = zoneValidity.get(name);
    if (valid === undefined)
        zoneValidity.set(name, (valid = IANAZone.isValidZone(name)));
    return valid;
}
function checkZone(ctx, zone) {
    if (!zone.name || isValidZone(zone.name))
        return;
    const { hint, fix } = didYouMean(zone.name, knownZones(), zone.range);
    ctx.report('unknown-time-zone', zone.range, `unknown time zone '${zone.name}'${hint || ' (use an IANA name such as Europe/Amsterdam)'}`, fix ? { fix } : {});
}
/** The weekdays a statement covers, by index 0 = Monday. */
export function coveredDays(hours) {
    if (hours.everyDay)
        return [0, 1, 2, 3, 4, 5, 6];
    const days = [];
    for (const span of hours.days) {
        const from = weekdayOrder.indexOf(span.from);
        const to = weekdayOrder.indexOf(span.to);
        for (let d = from; d <= to; d++)
            days.push(d);
    }
    return days;
}
/** Minute ranges of a statement: no ranges written means the whole day. */
export function minuteRanges(hours) {
    if (hours.hours.length === 0)
        return [[0, 1440, hours.range]];
    return hours.hours.map((r) => [r.from.minutes, r.to.minutes, r.range]);
}
function checkCalendar(ctx, cal) {
    const zones = cal.body.filter((s) => s.kind === 'TimeZone');
    if (zones.length === 0)
        ctx.report('missing-clause', cal.name.range, `calendar '${cal.name.name}' has no time zone: add \`timezone Europe/Amsterdam\` (or another IANA zone)`);
    reportRepeated(ctx, cal.body, ['TimeZone'], () => 'the time zone');
    const taken = weekdayOrder.map(() => []);
    let open = false;
    for (const stmt of cal.body) {
        if (stmt.kind === 'Holidays') {
            if (!isKnownCountry(stmt.country.name)) {
                const { hint, fix } = didYouMean(stmt.country.name.toUpperCase(), countryCodes(), stmt.country.range, { codes: true });
                ctx.report('unknown-country', stmt.country.range, `no public holidays are known for country '${stmt.country.name}'${hint}`, fix ? { fix } : {});
            }
            else if (stmt.region && !isKnownRegion(stmt.country.name, stmt.region.name)) {
                ctx.report('unknown-region', stmt.region.range, `country ${stmt.country.name} has no public-holiday region '${stmt.region.name}'`);
            }
        }
        if (stmt.kind !== 'Hours')
            continue;
        for (const span of stmt.days) {
            if (weekdayOrder.indexOf(span.to) < weekdayOrder.indexOf(span.from)) {
                ctx.report('invalid-range', span.range, `'${span.from} to ${span.to}' runs backwards; a span goes from monday towards sunday (write two spans for a weekend that wraps)`);
            }
        }
        for (const r of stmt.hours) {
            if (r.to.minutes <= r.from.minutes)
                ctx.report('invalid-range', r.range, `opening hours ${r.from.value} to ${r.to.value} are empty: the end must be after the start`);
        }
        const ranges = minuteRanges(stmt).filter(([from, to]) => to > from);
        if (ranges.length > 0)
            open = true;
        // One overlap is one mistake, however many days it covers: collect the days per range.
        const clashes = new Map();
        for (const day of coveredDays(stmt)) {
            for (const [from, to, range] of ranges) {
                const clash = taken[day].find(([f, t]) => from < t && f < to);
                if (clash) {
                    const seen = clashes.get(range) ?? { days: [], others: new Set() };
                    seen.days.push(day);
                    seen.others.add(clash[2]);
                    clashes.set(range, seen);
                    break;
                }
                taken[day].push([from, to, range]);
            }
        }
        for (const [range, { days, others }] of clashes) {
            ctx.report('overlapping-hours', range, `these hours overlap hours already given for ${dayList(days)}`, {
                related: [...others].map((r) => ({ message: 'the other hours', range: r })),
            });
        }
    }
    if (!open)
        ctx.report('calendar-never-open', cal.name.range, `calendar '${cal.name.name}' is never open: add opening hours such as \`monday to friday 09:00 to 17:00\` or \`every day\``);
}
/** `monday to friday`, `monday, wednesday and friday`: runs of three or more days as spans. */
function dayList(given) {
    const days = [...new Set(given)].sort((a, b) => a - b);
    const parts = [];
    for (let i = 0; i < days.length;) {
        let j = i;
        while (j + 1 < days.length && days[j + 1] === days[j] + 1)
            j++;
        if (j - i >= 2)
            parts.push(`${weekdayOrder[days[i]]} to ${weekdayOrder[days[j]]}`);
        else
            for (let k = i; k <= j; k++)
                parts.push(weekdayOrder[days[k]]);
        i = j + 1;
    }
    return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
}
export function checkCalendars(ctx) {
    for (const cal of ctx.declarations('Calendar'))
        checkCalendar(ctx, cal);
    forEachNode(ctx.document, (node) => {
        if (node.kind === 'TimeZone')
            checkZone(ctx, node.zone);
    });
}
