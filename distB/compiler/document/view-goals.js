import { formatDate } from './format/date.js';
import { formatLanguage } from './format/language.js';
import { formatList } from './format/locale.js';
export function specialHoursVm(c, lang) {
    return c.special.map((s) => ({
        holidays: s.holidays,
        dates: s.dates.map((d) => formatDate(d, lang)),
        hours: formatList(s.ranges.map((r) => `${r.from}–${r.to}`), lang),
    }));
}
export function conditionsVm(conditions, t) {
    return conditions.map((c) => {
        if (c.field === 'priority')
            return { builtIn: 'priority', fieldTitle: null, values: c.values.map(t.priority) };
        if (c.field === 'tier')
            return { builtIn: 'tier', fieldTitle: null, values: c.values.map(t.tier) };
        if (c.field === 'channel')
            return { builtIn: 'channel', fieldTitle: null, values: [...c.values] };
        if (c.field === 'language')
            return { builtIn: 'language', fieldTitle: null, values: c.values.map((v) => formatLanguage(v, t.lang)) };
        const f = t.field(c.field);
        return { builtIn: 'field', fieldTitle: f ? (t.named(f) ?? f.name) : c.field, values: [...c.values] };
    });
}
/** `90th` / `90e`. */
function ordinal(n, lang) {
    if (lang === 'nl')
        return `${n}e`;
    return `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}
/** The time statistic of an objective and what it counts, for the time-sentence and conditions partials. */
export function timeVm(m, lang) {
    const source = m.kind === 'time' || m.kind === 'share' ? m.source : null;
    if (m.kind !== 'time')
        return { statistic: null, percentile: null, rank: null, clock: null, source };
    return {
        statistic: m.statistic,
        percentile: m.percentile === null ? null : ordinal(m.percentile, lang),
        rank: m.percentile,
        clock: m.clock,
        source,
    };
}
