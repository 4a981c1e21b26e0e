/**
 * What every part of the engine shares for one evaluation: the contract, its zone and term as
 * instants, business calendars (built once, lazily, for the term), lookups by name, and the
 * formatting of instants and durations. Nothing here reads the clock, the machine's zone or locale.
 */
import { BusinessCalendar } from '../calendar.js';
import { addMonthsToDate, dayOfIsoDate, ZoneTime } from '../time.js';
import { Vocabulary } from './statuses.js';
import { matchesAll, ticketSubject } from './conditions.js';
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
/** Records may lie this far outside the term (projections need the rest of the margin). */
export const RECORD_MARGIN = 366 * DAY;
/**
 * Calendars are precomputed for the term plus this margin on both sides: a record at the edge of
 * the record margin plus the longest clock the checker allows (a year of the clock's own time,
 * compiler/passes/check-horizon.ts), with a second year for the days a calendar is closed.
 */
const CALENDAR_MARGIN = RECORD_MARGIN + 2 * 366 * DAY;
export class Context {
    contract;
    language;
    zone;
    /** First instant of the term and first instant after it. */
    termFrom;
    termTo;
    validFrom;
    validTo;
    /** First instant after the acceptance period, or the term start when there is none. */
    acceptanceEnd;
    tiers;
    implicitTier;
    priorities;
    services;
    objectives;
    calendars = new Map();
    everyDay = new Map();
    /** What the statuses in the data mean, and the aliases of values. */
    vocabulary;
    constructor(contract, language) {
        this.contract = contract;
        this.language = language;
        const a = contract.agreement;
        const fromDay = dayOfIsoDate(a.term.from);
        const toDay = dayOfIsoDate(a.term.to) + 1;
        // Offsets are needed a little beyond everything a calendar can answer for.
        const approxFrom = fromDay * DAY - CALENDAR_MARGIN - 2 * DAY;
        const approxTo = toDay * DAY + CALENDAR_MARGIN + 2 * DAY;
        this.zone = new ZoneTime(contract.zone, approxFrom, approxTo);
        this.termFrom = this.zone.startOfDay(fromDay);
        this.termTo = this.zone.startOfDay(toDay);
        this.validFrom = this.termFrom - RECORD_MARGIN;
        this.validTo = this.termTo + RECORD_MARGIN;
        this.acceptanceEnd = this.acceptanceEndOf(a.acceptance);
        this.tiers = new Map(contract.tiers.map((t) => [t.name, t]));
        this.implicitTier = contract.tiers.find((t) => t.implicit) ?? null;
        this.priorities = new Set(contract.priorities.map((p) => p.name));
        this.services = new Set(contract.services.map((s) => s.name));
        this.objectives = new Map(contract.objectives.map((o) => [o.name, o]));
        this.vocabulary = new Vocabulary(contract);
    }
    acceptanceEndOf(d) {
        if (!d || d.value <= 0)
            return this.termFrom;
        const from = this.contract.agreement.term.from;
        switch (d.unit) {
            case 'month':
            case 'year': {
                const months = Math.round(d.value * (d.unit === 'year' ? 12 : 1));
                return this.zone.startOfDay(dayOfIsoDate(addMonthsToDate(from, months)));
            }
            case 'week':
                return this.zone.startOfDay(dayOfIsoDate(from) + Math.round(d.value * 7));
            case 'day':
                if (d.clock === 'working') {
                    const cal = this.contract.calendars[0];
                    if (cal)
                        return this.calendar(cal.name).addWorkingDays(this.termFrom, Math.round(d.value));
                }
                return this.zone.startOfDay(dayOfIsoDate(from) + Math.round(d.value));
            default:
                return this.termFrom + d.amount;
        }
    }
    calendar(name) {
        let cal = this.calendars.get(name);
        if (!cal) {
            const spec = this.contract.calendars.find((c) => c.name === name);
            if (!spec)
                throw new Error(`the contract has no calendar '${name}'`);
            cal = BusinessCalendar.build(spec, { from: this.termFrom, to: this.termTo }, { marginMs: CALENDAR_MARGIN });
            this.calendars.set(name, cal);
        }
        return cal;
    }
    /** A calendar open every day, all day, in `zone`: its working days are calendar days. */
    allDays(zone) {
        let cal = this.everyDay.get(zone);
        if (!cal) {
            const all = [[0, 1440]];
            cal = BusinessCalendar.build({ name: `every day (${zone})`, zone, weekly: [all, all, all, all, all, all, all], holidays: [], closed: [] }, { from: this.termFrom, to: this.termTo }, { marginMs: CALENDAR_MARGIN });
            this.everyDay.set(zone, cal);
        }
        return cal;
    }
    /** A calendar open during weekly ranges only (a maintenance window), in `zone`. */
    weeklyCalendar(weekly, zone) {
        const key = `${zone}|${JSON.stringify(weekly)}`;
        let cal = this.everyDay.get(key);
        if (!cal) {
            cal = BusinessCalendar.build({ name: `window (${zone})`, zone, weekly, holidays: [], closed: [] }, { from: this.termFrom, to: this.termTo }, { marginMs: CALENDAR_MARGIN });
            this.everyDay.set(key, cal);
        }
        return cal;
    }
    clock(calendar) {
        return { name: calendar, cal: calendar === null ? null : this.calendar(calendar) };
    }
    /**
     * The calendar that counts whole days for a duration on `calendar`: the calendar itself for
     * working days; for calendar days, every day in the calendar's zone (or the contract's).
     */
    dayCalendar(d, calendar) {
        if (d.clock === 'working' && calendar !== null)
            return this.calendar(calendar);
        const zone = calendar === null ? this.contract.zone : (this.contract.calendars.find((c) => c.name === calendar)?.zone ?? this.contract.zone);
        return this.allDays(zone);
    }
    /** The instant `d` after `start` (earliest instant the time is used up), counted on `calendar`. */
    addDuration(start, d, calendar) {
        if (d.clock === 'working' || d.clock === 'calendar')
            return this.dayCalendar(d, calendar).addWorkingDays(start, Math.round(d.amount));
        if (d.unit === 'month' || d.unit === 'year') {
            const months = Math.round(d.value * (d.unit === 'year' ? 12 : 1));
            const day = this.zone.dayOf(start);
            const wallMs = start + this.zone.offsetAt(start) - day * DAY;
            const target = dayOfIsoDate(addMonthsToDate(isoDay(day), months));
            return this.zone.startOfDay(target) + wallMs;
        }
        if (calendar === null)
            return start + d.amount;
        return this.calendar(calendar).add(start, d.amount);
    }
    /**
     * The escalations that apply to a ticket with this priority in force: those naming it, or naming
     * neither priorities nor objectives; given the ticket, only those whose conditions it meets.
     */
    escalationsFor(priority, ticket) {
        return this.contract.escalations.filter((e) => ((e.priorities.length === 0 && (e.objectives ?? []).length === 0) || e.priorities.includes(priority)) &&
            (ticket === undefined || matchesAll(e.conditions, ticketSubject(ticket, priority))));
    }
    fmt(t) {
        return this.zone.format(t);
    }
    text(t) {
        if (!t)
            return null;
        const own = (lang) => (Object.hasOwn(t, lang) ? t[lang] : undefined);
        return own(this.language) ?? own('en') ?? own('*') ?? Object.values(t)[0] ?? null;
    }
}
function isoDay(day) {
    return new Date(day * DAY).toISOString().slice(0, 10);
}
const UNIT_NAMES = {
    second: ['second', 'seconds'],
    minute: ['minute', 'minutes'],
    hour: ['hour', 'hours'],
    day: ['day', 'days'],
    week: ['week', 'weeks'],
    month: ['month', 'months'],
    year: ['year', 'years'],
};
/** `4 business hours`, `30 minutes`, `5 working days`, as the contract writes them. */
export function durationText(d) {
    const [one, many] = UNIT_NAMES[d.unit];
    const clock = d.clock === 'elapsed' ? '' : `${d.clock} `;
    return `${fmtNumber(d.value)} ${clock}${d.value === 1 ? one : many}`;
}
/** Numbers in reports: up to 4 decimals, no locale. */
export function fmtNumber(n) {
    return String(Math.round(n * 10_000) / 10_000);
}
/** `1 h 30 min`, `45 min`, `20 s`: an amount of time for explanations. */
export function msText(ms) {
    const sign = ms < 0 ? '-' : '';
    let rest = Math.abs(Math.round(ms));
    const d = Math.floor(rest / DAY);
    rest -= d * DAY;
    const h = Math.floor(rest / HOUR);
    rest -= h * HOUR;
    const m = Math.floor(rest / MINUTE);
    rest -= m * MINUTE;
    const s = Math.round(rest / 1000);
    const parts = [d ? `${d} d` : '', h ? `${h} h` : '', m ? `${m} min` : '', s ? `${s} s` : ''].filter(Boolean);
    return parts.length ? sign + parts.join(' ') : '0 min';
}
