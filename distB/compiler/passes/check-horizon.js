/**
 * How far a contract reaches in time. Calendars are precomputed for the term and a margin around
 * it (runtime/evaluate/context.ts), so the term and every clock that counts forward are bounded:
 *
 * - a term runs at most 10 years; a longer agreement is a renewal of one;
 * - a duration that a clock counts (targets, time limits, escalation steps, notice, acceptance,
 *   waiting times in scenarios) is at most one year of that clock: 366 days of elapsed or calendar
 *   time, or, on a calendar, the open time or the working days of 52 weeks of its opening hours.
 *
 * Without these bounds `within 100000 business hours` or a term to 9999-12-31 made evaluation run
 * out of its calendar, or take minutes to build one.
 */
import { DateTime } from 'luxon';
import { describeDuration, representable } from '../values.js';
import { coveredDays, minuteRanges } from './check-calendars.js';
import { isRealDate } from './check-dates.js';
export const MAX_TERM_YEARS = 10;
const YEAR_DAYS = 366;
const WEEKS = 52;
const unitMinutes = { second: 1 / 60, minute: 1, hour: 60, day: 1440, week: 7 * 1440 };
function checkTerm(ctx) {
    const term = ctx.clauses('Term')[0];
    if (!term || !isRealDate(term.from.value) || !isRealDate(term.to.value))
        return;
    const from = DateTime.fromISO(term.from.value, { zone: 'utc' });
    const last = from.plus({ years: MAX_TERM_YEARS }).minus({ days: 1 });
    if (DateTime.fromISO(term.to.value, { zone: 'utc' }) <= last)
        return;
    const latest = last.toISODate();
    ctx.report('value-out-of-range', term.to.range, `a term runs at most ${MAX_TERM_YEARS} years: from ${term.from.value} it ends on ${latest} at the latest; agree a longer relationship as renewals of the agreement`, {
        fix: { title: `End the term on ${latest}`, edits: [{ range: term.to.range, newText: latest }] },
    });
}
/** Open minutes and open weekdays of a declared calendar in one week. */
function week(ctx, name) {
    const node = name ? ctx.symbols.get('calendar', name)?.node : undefined;
    if (node?.kind !== 'Calendar')
        return null;
    const perDay = [0, 0, 0, 0, 0, 0, 0];
    for (const s of node.body) {
        if (s.kind !== 'Hours')
            continue;
        for (const day of coveredDays(s))
            for (const [from, to] of minuteRanges(s))
                perDay[day] += Math.max(0, to - from);
    }
    return { minutes: perDay.reduce((a, b) => a + b, 0), days: perDay.filter((m) => m > 0).length };
}
/**
 * The longest duration a clock may count, in the duration's own unit, and how to say it (worded
 * only for a finding: formatting the number loads ICU, a fifth of a clean `slac check`).
 */
function bound(d, calendar, ctx) {
    const w = d.clock === 'calendar' ? null : week(ctx, calendar);
    if (d.clock === 'working') {
        if (!w)
            return { max: YEAR_DAYS, what: () => `${YEAR_DAYS} working days` };
        return {
            max: w.days * WEEKS,
            what: () => `${w.days * WEEKS} working days on calendar ${calendar} (a year of its ${w.days} working days a week)`,
        };
    }
    if (d.clock === 'calendar')
        return { max: YEAR_DAYS, what: () => `${YEAR_DAYS} calendar days` };
    if (d.unit === 'month')
        return { max: 12, what: () => '12 months' };
    if (d.unit === 'year')
        return { max: 1, what: () => '1 year' };
    const per = unitMinutes[d.unit];
    const minutes = w && w.minutes > 0 ? w.minutes * WEEKS : YEAR_DAYS * 1440;
    const max = Math.floor(minutes / per);
    const unit = `${d.clock === 'business' ? 'business ' : ''}${d.unit}s`;
    return {
        max,
        what: () => w && w.minutes > 0
            ? `${max.toLocaleString('en-US')} ${unit} on calendar ${calendar} (a year of its opening hours)`
            : `${max.toLocaleString('en-US')} ${unit} (a year)`,
    };
}
function checkDuration(ctx, value, calendar, place) {
    if (value?.kind !== 'Duration' || !representable(value))
        return;
    const b = bound(value, calendar?.name || undefined, ctx);
    if (!b || value.value <= b.max)
        return;
    ctx.report('value-out-of-range', value.range, `${describeDuration(value)} is too long for ${place}: a clock counts at most ${b.what()}`);
}
function defaultCalendar(body) {
    return body.find((s) => s.kind === 'DefaultCalendar')?.calendar ?? null;
}
export function checkHorizon(ctx) {
    checkTerm(ctx);
    const firstCalendar = ctx.declarations('Calendar')[0]?.name;
    for (const s of ctx.agreement?.body ?? []) {
        // The acceptance period counts working days on the contract's first calendar (the evaluator's rule).
        if (s.kind === 'AcceptancePeriod')
            checkDuration(ctx, s.duration, firstCalendar, 'an acceptance period');
    }
    for (const decl of ctx.document.declarations) {
        switch (decl.kind) {
            case 'Targets':
            case 'Tier': {
                const fallback = defaultCalendar(decl.body);
                for (const s of decl.body)
                    if (s.kind === 'Target')
                        checkDuration(ctx, s.within, s.calendar ?? fallback, `a ${s.target} target`);
                break;
            }
            case 'Objective': {
                const availability = decl.body.find((s) => s.kind === 'Availability');
                for (const s of decl.body) {
                    if (s.kind === 'Share')
                        checkDuration(ctx, s.within, s.calendar, 'the time limit of a percentage objective');
                    else if (s.kind === 'Exclusion') {
                        checkDuration(ctx, s.notice, availability?.calendar, 'a notice period');
                        checkDuration(ctx, s.cap, null, 'a maintenance cap');
                    }
                }
                break;
            }
            case 'Escalation': {
                const fallback = defaultCalendar(decl.body);
                for (const s of decl.body)
                    if (s.kind === 'Step')
                        checkDuration(ctx, s.after, s.calendar ?? fallback, 'an escalation step');
                break;
            }
            case 'Scenario':
                for (const s of decl.body)
                    if (s.kind === 'Contacts')
                        checkDuration(ctx, s.after, null, 'a waiting time');
                break;
            default:
                break;
        }
    }
}
