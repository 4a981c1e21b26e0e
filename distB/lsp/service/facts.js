/**
 * Derived facts the editor shows next to the text: allowed downtime for an availability target,
 * a calendar's weekly open hours, the public holidays in the contract term, amounts of money for
 * percentages of the fee. Computed from the AST, so they work while other parts of the file are
 * still broken. Deterministic: no clock, no machine locale, no machine time zone.
 */
import Holidays from 'date-holidays';
import { coveredDays, minuteRanges } from '../../compiler/passes/check-calendars.js';
import { isKnownCountry, isKnownRegion } from '../../runtime/holidays.js';
import { allowedDowntimeMs, averagePeriodDays, calendarWindows, DAY_MS, isAlwaysOpen, termWindows, } from '../../compiler/document/downtime.js';
import { spend } from './steps.js';
const MINUTES_PER_DAY = 1440;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
/** Length of a measurement period in days: average months, quarters and years, as the contract documents count them. */
export function periodDays(unit, count = 1) {
    return averagePeriodDays({ unit, count, rolling: count > 1 });
}
const periodWords = {
    day: { en: ['day', 'days'], nl: ['dag', 'dagen'] },
    week: { en: ['week', 'weeks'], nl: ['week', 'weken'] },
    month: { en: ['month', 'months'], nl: ['maand', 'maanden'] },
    quarter: { en: ['quarter', 'quarters'], nl: ['kwartaal', 'kwartalen'] },
    year: { en: ['year', 'years'], nl: ['jaar', 'jaar'] },
};
/** `per month`, `per 12 months` / `per maand`, `per 12 maanden`. */
export function periodPhrase(period, lang) {
    const p = period ?? { unit: 'month', count: 1 };
    const [one, many] = periodWords[p.unit][lang];
    return p.count === 1 ? `per ${one}` : `per ${p.count} ${many}`;
}
/** `43m 50s`, `8h 45m 58s`, `3d 15h 36m`: at most three parts, seconds dropped from a day on. */
export function formatMinutes(minutes) {
    let seconds = Math.round(minutes * 60);
    if (seconds <= 0)
        return '0s';
    const d = Math.floor(seconds / 86_400);
    seconds -= d * 86_400;
    const h = Math.floor(seconds / 3600);
    seconds -= h * 3600;
    const m = Math.floor(seconds / 60);
    const s = seconds - m * 60;
    const parts = [];
    if (d)
        parts.push(`${d}d`);
    if (h)
        parts.push(`${h}h`);
    if (m)
        parts.push(`${m}m`);
    if (s && !d)
        parts.push(`${s}s`);
    return parts.slice(0, 3).join(' ');
}
/** Open minutes per weekday (0 = Monday) of a calendar as written. */
export function weeklyOpenMinutes(calendar) {
    const perDay = [[], [], [], [], [], [], []];
    for (const s of calendar.body) {
        if (s.kind !== 'Hours')
            continue;
        for (const day of coveredDays(s)) {
            for (const [from, to] of minuteRanges(s))
                if (to > from)
                    perDay[day]?.push([from, to]);
        }
    }
    return perDay.map((ranges) => {
        // Overlaps are the checker's business; count each minute once.
        ranges.sort((a, b) => a[0] - b[0]);
        let total = 0;
        let end = 0;
        for (const [from, to] of ranges) {
            const start = Math.max(from, end);
            if (to > start)
                total += to - start;
            end = Math.max(end, to);
        }
        return total;
    });
}
export function formatHours(minutes) {
    const h = minutes / 60;
    return Number.isInteger(h) ? `${h} h` : `${h.toFixed(1)} h`;
}
/**
 * The allowed downtime of an availability target over its period, in minutes, from the calendar
 * as written: the share of the week it is open (holidays not counted). For hovers while the model
 * is not available; see availabilityDowntime for the exact figures.
 */
export function allowedDowntime(percentage, period, calendar) {
    const days = periodDays(period?.unit ?? 'month', period?.count ?? 1);
    const windowShare = calendar ? weeklyOpenMinutes(calendar).reduce((a, b) => a + b, 0) / MINUTES_PER_WEEK : 1;
    return allowedDowntimeMs(days * DAY_MS * windowShare, percentage) / 60_000;
}
const downtimeCache = new Map();
/**
 * The downtime an availability target allows per measurement period. Around the clock: the
 * average period (and, per month, months of 28, 30 and 31 days). On a calendar with opening hours:
 * the calendar's real open time in each whole period of the agreement's term (holidays and closed
 * dates included), as the contract documents state it; an approximation from the weekly hours
 * while the contract has errors.
 */
export function availabilityDowntime(document, model, m, calendar) {
    if (m.target.kind !== 'Percentage' || m.direction !== 'at least' || !m.target.raw)
        return null;
    const pct = m.target.value;
    const period = { unit: m.period?.unit ?? 'month', count: m.period?.count ?? 1, rolling: m.period?.rolling ?? false };
    const per = periodPhrase(m.period, 'en');
    const spec = calendar && model ? model.calendars.find((c) => c.name === calendar.name.name)?.spec : undefined;
    const week = calendar ? weeklyOpenMinutes(calendar).reduce((a, b) => a + b, 0) : MINUTES_PER_WEEK;
    const aroundTheClock = spec
        ? isAlwaysOpen(spec)
        : !calendar || (week === MINUTES_PER_WEEK && !calendar.body.some((s) => s.kind === 'Holidays' || s.kind === 'ClosedDates'));
    if (aroundTheClock) {
        const average = allowedDowntimeMs(averagePeriodDays(period) * DAY_MS, pct) / 60_000;
        const lines = [`**Allowed downtime ≈ ${formatMinutes(average)} ${per}** (average ${period.unit}, around the clock)`];
        if (period.unit === 'month' && period.count === 1) {
            const days = (d) => formatMinutes(allowedDowntimeMs(d * DAY_MS, pct) / 60_000);
            lines.push(`28 days: ${days(28)} · 30 days: ${days(30)} · 31 days: ${days(31)}`);
        }
        return { short: formatMinutes(average), lines, exact: true };
    }
    const term = agreementTerm(document);
    if (spec && term) {
        // The calendar's name is not part of the figures: equal calendars share them.
        const key = `${JSON.stringify({ ...spec, name: '' })}|${term.from}|${term.to}|${period.unit}|${period.count}|${period.rolling}|${pct}`;
        let range = downtimeCache.get(key);
        if (range === undefined) {
            spend();
            range = null;
            try {
                const computed = calendarWindows(spec, termWindows(term, period) ?? [], pct)
                    .filter((w) => w.whole)
                    .map((w) => w.allowedMs / 60_000);
                if (computed.length > 0)
                    range = { min: Math.min(...computed), max: Math.max(...computed), count: computed.length };
            }
            catch {
                range = null;
            }
            if (downtimeCache.size > 500)
                downtimeCache.clear();
            downtimeCache.set(key, range);
        }
        if (range) {
            const short = formatMinutes(range.min) === formatMinutes(range.max)
                ? formatMinutes(range.min)
                : `${formatMinutes(range.min)} – ${formatMinutes(range.max)}`;
            return {
                short,
                lines: [
                    `**Allowed downtime ${short} ${per}** of open time on calendar ${calendar.name.name}, over the ${range.count} whole periods of the term ${term.from} – ${term.to}`,
                ],
                exact: true,
            };
        }
    }
    const approx = allowedDowntime(pct, m.period, calendar);
    return {
        short: formatMinutes(approx),
        lines: [
            `**Allowed downtime ≈ ${formatMinutes(approx)} ${per}** of open time on calendar ${calendar?.name.name ?? ''} (from the weekly hours; holidays not counted)`,
        ],
        exact: false,
    };
}
const weekdayShort = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** `Mon–Fri 08:00–18:00; Sat–Sun 09:00–12:00, 13:00–18:00` from the statements of a calendar. */
export function describeWeek(calendar) {
    const lines = [];
    for (const s of calendar.body) {
        if (s.kind !== 'Hours')
            continue;
        const days = s.everyDay ? 'every day' : s.days.map((d) => (d.from === d.to ? cap(d.from) : `${cap(d.from)}–${cap(d.to)}`)).join(', ');
        const hours = s.hours.length === 0 ? '00:00–24:00' : s.hours.map((r) => `${r.from.value}–${r.to.value}`).join(', ');
        lines.push(`${days} ${hours}`);
    }
    return lines.join('; ');
}
function cap(day) {
    return weekdayShort[['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].indexOf(day)] ?? day;
}
const holidayCache = new Map();
function holidaysOf(country, region, year, lang) {
    const options = { timezone: 'UTC', languages: [lang] };
    const h = region ? new Holidays(country, region, options) : new Holidays(country, options);
    return h
        .getHolidays(year)
        .filter((x) => x.type === 'public')
        .map((x) => ({ date: x.date.slice(0, 10), name: x.name }));
}
/** Public holidays of a country (and region) between two ISO dates, with English and Dutch names. */
export function holidaysInTerm(country, region, from, to) {
    const c = country.toUpperCase();
    const r = region?.toUpperCase() ?? null;
    if (!isKnownCountry(c) || (r && !isKnownRegion(c, r)))
        return [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to) || to < from)
        return [];
    const key = `${c}|${r ?? ''}|${from}|${to}`;
    const cached = holidayCache.get(key);
    if (cached)
        return cached;
    spend();
    const y0 = Number(from.slice(0, 4));
    const y1 = Math.min(Number(to.slice(0, 4)), y0 + 20);
    const out = [];
    for (let y = y0; y <= y1; y++) {
        const en = holidaysOf(c, r, y, 'en');
        const nl = new Map(holidaysOf(c, r, y, 'nl').map((h) => [h.date, h.name]));
        for (const h of en)
            if (h.date >= from && h.date <= to)
                out.push({ date: h.date, en: h.name, nl: nl.get(h.date) ?? h.name });
    }
    out.sort((a, b) => a.date.localeCompare(b.date));
    holidayCache.set(key, out);
    return out;
}
const wholeAmount = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const centsAmount = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** `EUR 4,225.00`: the currency code first, as the contract writes money; en-US digits. */
export function formatMoney(minor, currency) {
    const amount = minor / 100;
    const digits = Number.isInteger(amount) ? 0 : 2;
    return `${currency} ${(digits === 0 ? wholeAmount : centsAmount).format(amount)}`;
}
/** The agreement's fee per month in minor units, if the agreement states a fee in money. */
export function monthlyFee(document) {
    const agreement = document.declarations.find((d) => d.kind === 'Agreement');
    const fee = agreement?.body.find((s) => s.kind === 'Fee');
    if (fee?.amount.kind !== 'Money')
        return null;
    const months = fee.period === 'year' ? 12 : fee.period === 'quarter' ? 3 : 1;
    return { minor: fee.amount.minor / months, currency: fee.amount.currency };
}
/** The agreement's term, if written. */
export function agreementTerm(document) {
    const agreement = document.declarations.find((d) => d.kind === 'Agreement');
    const term = agreement?.body.find((s) => s.kind === 'Term');
    return term?.from.value && term.to.value ? { from: term.from.value, to: term.to.value } : null;
}
/** Contract languages as declared, or the two slac renders. */
export function contractLanguages(document) {
    const agreement = document.declarations.find((d) => d.kind === 'Agreement');
    const langs = agreement?.body.find((s) => s.kind === 'Languages');
    const names = langs?.languages.map((l) => l.name).filter((n) => n) ?? [];
    return names.length > 0 ? names : ['nl', 'en'];
}
/** A text in one language: the language's own part, else a neutral part, else the first. */
export function textIn(text, lang) {
    if (!text || text.parts.length === 0)
        return null;
    return (text.parts.find((p) => p.lang === lang) ?? text.parts.find((p) => p.lang === null) ?? text.parts[0])?.value ?? null;
}
/** `Kritiek / Critical`, or just `Critical` when both languages agree or only one is written. */
export function titleOf(text) {
    if (!text || text.parts.length === 0)
        return null;
    const values = [...new Set(text.parts.map((p) => p.value).filter((v) => v))];
    return values.length > 0 ? values.join(' / ') : null;
}
