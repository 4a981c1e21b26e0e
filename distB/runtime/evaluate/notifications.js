import { runClock } from './tickets.js';
export const MAX_NOTIFICATIONS = 1000;
const isDays = (t) => t.within.clock === 'working' || t.within.clock === 'calendar';
/** The warning ladder for this priority and clock, from the escalations that apply to the ticket, lowest threshold first. */
export function warningsFor(ctx, t, priority, kind) {
    const out = [];
    for (const e of ctx.escalationsFor(priority, t))
        for (const w of e.warnings)
            if (w.target === kind)
                out.push({ at: w.at, to: ctx.text(w.to), line: w.line });
    return out.sort((a, b) => a.at - b.at || a.line - b.line);
}
/** The instant `at`% of the clock's allowed time is used: counted on its calendar, or (day clocks) as a share of start → due. */
export function warningInstant(ctx, ev, at, asOf) {
    if (isDays(ev.target))
        return ev.due === null ? null : ev.start + Math.round(((ev.due - ev.start) * at) / 100);
    const share = { ...ev.target.within, amount: Math.round((ev.target.within.amount * at) / 100) };
    return runClock(ctx, ev.timeline, ev.start, null, asOf, share, ev.target.calendar).due;
}
/** A ticket's notifications by `asOf`: the warnings its clocks reached before they stopped, and the escalation steps reached. */
export function ticketNotifications(ctx, t, clocks, steps, asOf) {
    const out = [];
    for (const ev of clocks) {
        if ((ev.clock.assumed ?? ev.clock.status) === 'not-started')
            continue;
        const ladder = warningsFor(ctx, t, ev.clock.priority, ev.clock.kind);
        if (ladder.length === 0)
            continue;
        for (const w of ladder) {
            // A time clock that counted less than the share by its stop (or by asOf) has not reached it: no need to find the instant.
            if (!isDays(ev.target) && ev.clock.elapsedMs * 100 < w.at * ev.target.within.amount)
                break;
            const when = warningInstant(ctx, ev, w.at, asOf);
            // A running clock warns by the evaluation instant; a stopped one only before it stopped.
            if (when === null || when > asOf || (ev.stop !== null && when >= ev.stop))
                break;
            out.push({
                ms: when,
                ticket: t.id,
                kind: 'warning',
                clock: ev.clock.kind,
                threshold: w.at,
                to: w.to,
                escalation: null,
                step: null,
                contact: null,
                line: w.line,
            });
        }
    }
    for (const { ms, reached: s } of steps) {
        out.push({
            ms,
            ticket: t.id,
            kind: 'escalation',
            clock: null,
            threshold: null,
            to: s.role,
            escalation: s.escalation,
            step: s.step,
            contact: s.contact,
            line: s.line,
        });
    }
    return out;
}
/**
 * The earliest notifications over all tickets, in time order (ties: input order, then line), at
 * most `max`; the rest are counted. Trimmed in batches, so memory is bounded by `max`.
 */
export class NotificationList {
    max;
    kept = [];
    total = 0;
    /** After a trim that dropped some: the instant of the last one kept; later ones cannot make the list. */
    latest = Infinity;
    constructor(max = MAX_NOTIFICATIONS) {
        this.max = max;
    }
    add(seq, ns) {
        for (const n of ns) {
            this.total++;
            if (n.ms <= this.latest)
                this.kept.push({ seq, n });
        }
        if (this.kept.length >= 2 * this.max + 1000)
            this.trim();
    }
    /** Counts `n` notifications that cannot make the list (another engine left them out: later than its earliest `max`). */
    omit(n) {
        this.total += n;
    }
    trim() {
        this.kept.sort((a, b) => a.n.ms - b.n.ms || a.seq - b.seq || a.n.line - b.n.line || (a.n.threshold ?? a.n.step ?? 0) - (b.n.threshold ?? b.n.step ?? 0));
        if (this.kept.length > this.max) {
            this.kept.length = this.max;
            this.latest = this.kept[this.max - 1]?.n.ms ?? -Infinity;
        }
    }
    /** The list, with instants written by `fmt` (the contract's zone). */
    finish(fmt) {
        this.trim();
        return {
            notifications: this.kept.map(({ n: { ms, ...rest } }) => ({ at: fmt(ms), ...rest })),
            listed: { max: this.max, omitted: this.total - this.kept.length },
        };
    }
}
