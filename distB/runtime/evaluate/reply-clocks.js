import { evaluateClock, findTarget, priorityAt } from './tickets.js';
/** Next-reply cycles: from the oldest unanswered customer message to the provider's next message. */
export function replyCycles(tl, responseAt) {
    if (responseAt === null)
        return [];
    const out = [];
    let waiting = null;
    for (const m of tl.messages) {
        if (m.at <= responseAt)
            continue;
        if (m.from === 'customer') {
            if (waiting === null && !resolvedAt(tl, m.at))
                waiting = m.at;
        }
        else if (waiting !== null) {
            out.push({ start: waiting, stop: m.at });
            waiting = null;
        }
    }
    if (waiting !== null) {
        const end = firstResolutionAfter(tl, waiting);
        out.push({ start: waiting, stop: end });
    }
    return out;
}
/** Update cycles: from the first response to each provider message, and on to the final resolution. */
export function updateCycles(tl, responseAt) {
    if (responseAt === null)
        return [];
    const out = [];
    let from = responseAt;
    const end = tl.resolvedAt;
    for (const m of tl.messages) {
        if (m.from !== 'provider' || m.at <= from)
            continue;
        if (end !== null && m.at >= end)
            break;
        out.push({ start: from, stop: m.at });
        from = m.at;
    }
    if (end === null || from < end)
        out.push({ start: from, stop: end });
    return out;
}
/** True when the ticket is resolved at instant `at` (between a resolution and a reopening). */
function resolvedAt(tl, at) {
    if (tl.firstResolution === null || at < tl.firstResolution)
        return false;
    for (let i = 0; i < tl.running.length; i += 2)
        if (at >= tl.running[i] && at < tl.running[i + 1])
            return false;
    for (let i = 0; i < tl.paused.length; i += 2)
        if (at >= tl.paused[i] && at < tl.paused[i + 1])
            return false;
    return true;
}
/** The first instant after `from` at which the ticket is resolved (a resolution also answers the customer). */
function firstResolutionAfter(tl, from) {
    // Gaps between spans after `from` are resolved time; the first one ends the cycle.
    const spans = [];
    for (let i = 0; i < tl.running.length; i += 2)
        spans.push([tl.running[i], tl.running[i + 1]]);
    for (let i = 0; i < tl.paused.length; i += 2)
        spans.push([tl.paused[i], tl.paused[i + 1]]);
    spans.sort((x, y) => x[0] - y[0]);
    let cursor = from;
    for (const [a, b] of spans) {
        if (b <= cursor)
            continue;
        if (a > cursor)
            return cursor;
        cursor = b;
    }
    return cursor === Infinity ? null : cursor;
}
function ticketClock(ctx, t, tier, tl, kind, cycles, asOf, source, capFrom) {
    let decisive = null;
    let late = 0;
    let count = 0;
    let running = null;
    let last = null;
    for (const cycle of cycles) {
        const priority = priorityAt(t, tl, cycle.stop ?? asOf);
        const target = findTarget(tier, t, priority, kind);
        if (!target)
            continue;
        const c = evaluateClock(ctx, t, tier, tl, target, priority, cycle.start, cycle.stop, asOf, source, capFrom);
        count++;
        const status = c.clock.assumed ?? c.clock.status;
        if (status === 'breached') {
            late++;
            decisive ??= c;
        }
        else if (cycle.stop === null)
            running = c;
        last = c;
    }
    const chosen = decisive ?? running ?? last;
    if (chosen)
        chosen.clock.cycles = { count, late };
    return chosen;
}
/** The next-reply and update clocks of a ticket, for the kinds its tier has targets for; pause caps count from `capFrom`. */
export function cycleClocks(ctx, t, tier, tl, responseAt, asOf, source, capFrom) {
    const out = [];
    const has = (kind) => tier.targets.some((x) => x.target === kind);
    if (has('next-reply')) {
        const c = ticketClock(ctx, t, tier, tl, 'next-reply', replyCycles(tl, responseAt), asOf, source, capFrom);
        if (c)
            out.push(c);
    }
    if (has('update')) {
        const c = ticketClock(ctx, t, tier, tl, 'update', updateCycles(tl, responseAt), asOf, source, capFrom);
        if (c)
            out.push(c);
    }
    return out;
}
