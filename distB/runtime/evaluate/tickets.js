import { durationText, msText } from './context.js';
import { ticketNotifications } from './notifications.js';
import { escalate } from './escalation.js';
import { openTicket } from './open.js';
import { CLOSED, NONE, PAUSED, RESOLVED, RUNNING, UNKNOWN } from './statuses.js';
import { clipTimeline, clockStart } from './clock-start.js';
import { applyPauseCaps } from './pause-caps.js';
import { cycleClocks } from './reply-clocks.js';
import { conditionsText, firstMatching, ticketSubject } from './conditions.js';
/**
 * The ticket's history up to `until` (later events have not happened yet), read with the status
 * vocabulary for `tier`: a resolving or closing status while resolved changes nothing (the
 * resolution stands), a status that means nothing (or is unknown) keeps the state.
 */
export function buildTimeline(t, vocabulary, tier, until) {
    const running = [];
    const paused = [];
    const pausedRule = [];
    const changes = [];
    const messages = [];
    const unknown = [];
    let state = RUNNING;
    let rule = -1;
    let since = t.created;
    let firstResolution = null;
    let lastResolution = null;
    let reopened = 0;
    for (const e of t.events) {
        if (e.at > until)
            break;
        if (e.priority !== null) {
            changes.push({ at: e.at, priority: e.priority });
            continue;
        }
        if (e.message !== null) {
            messages.push({ at: e.at, from: e.message });
            continue;
        }
        let next;
        let nextRule = -1;
        if (e.resolves)
            next = RESOLVED;
        else {
            const effect = vocabulary.effect(e.status, tier);
            if (effect.state === UNKNOWN) {
                if (!unknown.includes(e.status))
                    unknown.push(e.status);
                continue;
            }
            if (effect.state === NONE)
                continue;
            next = effect.state === CLOSED ? RESOLVED : effect.state;
            nextRule = effect.rule;
        }
        if (next === RESOLVED) {
            if (state === RESOLVED)
                continue;
            firstResolution ??= e.at;
            lastResolution = e.at;
        }
        if (next === state && (state !== PAUSED || nextRule === rule))
            continue;
        if (state === RUNNING && e.at > since)
            running.push(since, e.at);
        else if (state === PAUSED && e.at > since) {
            paused.push(since, e.at);
            pausedRule.push(rule);
        }
        if (state === RESOLVED)
            reopened++;
        state = next;
        rule = nextRule;
        since = e.at;
    }
    if (state === RUNNING)
        running.push(since, Infinity);
    else if (state === PAUSED) {
        paused.push(since, Infinity);
        pausedRule.push(rule);
    }
    return {
        running,
        paused,
        pausedRule,
        firstResolution,
        resolvedAt: state === RESOLVED ? lastResolution : null,
        reopened,
        changes,
        messages,
        unknown,
    };
}
/** Priority in force at instant t. */
export function priorityAt(t, tl, at) {
    let p = t.priority;
    for (const c of tl.changes)
        if (c.at <= at)
            p = c.priority;
    return p;
}
/**
 * Running spans up to `stop`, then (for the projection of due) running on from `stop` for ever.
 * Without a stop, the spans as they are.
 */
function projected(running, stop) {
    if (stop === null)
        return running;
    const out = [];
    for (let i = 0; i < running.length; i += 2) {
        const a = running[i];
        if (a >= stop)
            break;
        out.push(a, Math.min(running[i + 1], stop));
    }
    if (out.length > 0 && out[out.length - 1] === stop)
        out[out.length - 1] = Infinity;
    else
        out.push(stop, Infinity);
    return out;
}
/**
 * One clock over a timeline: `within` on `calendar` (null: wall time), started at `created`,
 * stopped at `stop` (or still running at `asOf`).
 */
export function runClock(ctx, tl, created, stop, asOf, within, calendar) {
    const spans = projected(tl.running, stop);
    const end = stop ?? asOf;
    const cal = calendar === null ? null : ctx.calendar(calendar);
    let elapsed = 0;
    const counted = [];
    for (let i = 0; i < spans.length; i += 2) {
        const a = spans[i];
        const b = Math.min(spans[i + 1], end);
        if (a >= end)
            break;
        if (b > a) {
            elapsed += cal ? cal.elapsed(a, b) : b - a;
            counted.push(a, b);
        }
    }
    let pausedMs = 0;
    for (let i = 0; i < tl.paused.length; i += 2) {
        const a = tl.paused[i];
        const b = Math.min(tl.paused[i + 1], end);
        if (b > a)
            pausedMs += b - a;
    }
    const runsAtEnd = spans.length > 0 && spans[spans.length - 1] === Infinity;
    let due = null;
    let elapsedDays = null;
    if (within.clock === 'working' || within.clock === 'calendar') {
        const days = ctx.dayCalendar(within, calendar);
        due = days.addWorkingDays(created, Math.round(within.amount));
        let gapDays = 0;
        let prev = created;
        const gaps = [];
        for (let i = 0; i < spans.length; i += 2) {
            if (spans[i] > prev)
                gaps.push(prev, spans[i]);
            prev = spans[i + 1];
        }
        if (!runsAtEnd)
            gaps.push(prev, Infinity);
        for (let i = 0; i < gaps.length; i += 2) {
            const p = gaps[i];
            const r = gaps[i + 1];
            if (due === null || p >= due)
                break;
            if (r === Infinity) {
                due = null;
                break;
            }
            const n = days.workingDaysBetween(p, r);
            if (r <= end)
                gapDays += n;
            if (n > 0)
                due = days.addWorkingDays(due, n);
        }
        elapsedDays = Math.max(0, days.workingDaysBetween(created, end) - gapDays);
    }
    else {
        let rem = within.amount;
        for (let i = 0; i < spans.length; i += 2) {
            const a = spans[i];
            const b = spans[i + 1];
            if (b === Infinity) {
                due = cal ? cal.add(a, rem) : a + rem;
                break;
            }
            const e = cal ? cal.elapsed(a, b) : b - a;
            if (e >= rem) {
                due = cal ? cal.add(a, rem) : a + rem;
                break;
            }
            rem -= e;
        }
    }
    let status;
    if (stop !== null)
        status = due !== null && stop > due ? 'breached' : 'met';
    else if (due !== null && asOf > due)
        status = 'breached';
    else
        status = runsAtEnd ? 'pending' : 'paused';
    const remainingMs = stop === null && within.clock !== 'working' && within.clock !== 'calendar' ? within.amount - elapsed : null;
    return { due, status, elapsedMs: elapsed, pausedMs, elapsedDays, remainingMs, counted };
}
function windows(ctx, pairs, end) {
    const out = [];
    for (let i = 0; i < pairs.length; i += 2) {
        const b = Math.min(pairs[i + 1], end);
        if (b > pairs[i])
            out.push({ from: ctx.fmt(pairs[i]), to: ctx.fmt(b) });
    }
    return out;
}
/** The time a clock counted: running spans, cut to the open hours of its calendar for time clocks. */
function countedWindows(ctx, pairs, end, target) {
    const days = target.within.clock === 'working' || target.within.clock === 'calendar';
    if (target.calendar === null || days)
        return windows(ctx, pairs, end);
    const cal = ctx.calendar(target.calendar);
    const open = [];
    for (let i = 0; i < pairs.length; i += 2) {
        const b = Math.min(pairs[i + 1], end);
        if (b > pairs[i])
            for (const [x, y] of cal.intervals(pairs[i], b))
                open.push(x, y);
    }
    return windows(ctx, open, end);
}
/**
 * The target of a clock for a ticket of this priority: the first, in the order written, whose
 * conditions (`for team "Netwerk"`) the ticket matches, else the one without conditions.
 */
export function findTarget(tier, t, priority, kind) {
    return firstMatching(tier.targets, kind, priority, ticketSubject(t, priority));
}
/** The first response: `responded`, else the first reply from the provider, else the first resolution. */
export function responseOf(t, tl, asOf) {
    if (t.responded !== null && t.responded <= asOf)
        return t.responded;
    return tl.messages.find((m) => m.from === 'provider')?.at ?? tl.firstResolution;
}
/**
 * One clock from `start` (null: not started) to `stop` on the ticket's timeline, with the tier's
 * pause caps applied on the target's clock; uncertain when the ticket has unknown statuses. Pause
 * caps are per ticket: the paused time from `capFrom` (the ticket's clock start) on uses them up,
 * also for a next-reply or update cycle that starts later.
 */
export function evaluateClock(ctx, t, tier, tl, target, priority, start, stop, asOf, source, capFrom = null) {
    // A clock never starts later than it stops: a ticket resolved before its start condition took 0.
    const from = start === null ? stop : stop === null ? start : Math.min(start, stop);
    const capStart = capFrom === null || from === null ? from : Math.min(capFrom, from);
    const clipped = from === null ? null : clipTimeline(applyPauseCaps(ctx, clipTimeline(tl, capStart), tier, target), from);
    const core = clipped === null ? null : runClock(ctx, clipped, from, stop, asOf, target.within, target.calendar);
    const clock = clockResult(ctx, t.priority, tier, tl.unknown, clipped, core, target, priority, from, stop, asOf, source);
    return { clock, due: core?.due ?? null, target, timeline: clipped ?? tl, start: from ?? t.created, stop };
}
/**
 * A clock's result in the report's form, with its explanation, from what it counted (`core`, null
 * when not started) on the timeline clipped to its start. Also the SQL engine's (cli/engines).
 */
export function clockResult(ctx, initialPriority, tier, unknown, clipped, core, target, priority, from, stop, asOf, source) {
    const computed = core === null ? 'not-started' : core.status;
    const uncertain = unknown.length > 0;
    const clock = {
        kind: target.target,
        priority,
        target: durationText(target.within),
        targetLine: target.line,
        calendar: target.calendar,
        clock: target.within.clock,
        due: core?.due == null ? null : ctx.fmt(core.due),
        started: from === null ? null : ctx.fmt(from),
        stopped: stop === null ? null : ctx.fmt(stop),
        status: uncertain ? 'uncertain' : computed,
        assumed: uncertain ? computed : null,
        cycles: null,
        elapsedMs: core?.elapsedMs ?? 0,
        pausedMs: core?.pausedMs ?? 0,
        elapsedDays: core?.elapsedDays ?? null,
        remainingMs: core?.remainingMs ??
            (stop === null && target.within.clock !== 'working' && target.within.clock !== 'calendar' ? target.within.amount : null),
        explain: [],
    };
    if (core && clipped && (computed === 'breached' || uncertain))
        clock.explain = explainClock(ctx, initialPriority, tier, clipped, target, core, stop, asOf, source);
    if (uncertain) {
        clock.explain.unshift({
            rule: 'ticket.unknown-status',
            text: `the contract does not know the status${unknown.length === 1 ? '' : 'es'} ${unknown.map((u) => `'${u}'`).join(', ')}: counted as changing nothing, the clock would be ${computed}; declare ${unknown.length === 1 ? 'it' : 'them'} in \`statuses\` or as an alias`,
            line: null,
            records: [source],
        });
    }
    return clock;
}
/**
 * Evaluates one ticket at `asOf`. `now` (when given) makes the ticket part of the open list if it
 * is not resolved by then.
 */
export function evaluateTicket(ctx, t, tier, source, asOf, now) {
    const tl = buildTimeline(t, ctx.vocabulary, tier, asOf);
    const responseAt = responseOf(t, tl, asOf);
    const start = clockStart(t, tier, ctx.vocabulary, asOf);
    const clocks = [];
    const result = ticketResult(ctx, t.id, source, tier, t.channel, priorityAt(t, tl, tl.resolvedAt ?? asOf), t.created, tl);
    for (const kind of ['response', 'resolution']) {
        const stop = kind === 'response' ? responseAt : tl.resolvedAt;
        const priority = priorityAt(t, tl, stop ?? asOf);
        const target = findTarget(tier, t, priority, kind);
        if (!target)
            continue;
        const c = evaluateClock(ctx, t, tier, tl, target, priority, start, stop, asOf, source);
        clocks.push(c);
        result[kind] = c.clock;
    }
    const cycles = cycleClocks(ctx, t, tier, tl, responseAt, asOf, source, start ?? t.created);
    for (const c of cycles) {
        clocks.push(c);
        if (c.target.target === 'next-reply')
            result.nextReply = c.clock;
        else
            result.update = c.clock;
    }
    let firstBreach = null;
    for (const c of clocks)
        if (c.clock.status === 'breached' && c.due !== null && (firstBreach === null || c.due < firstBreach))
            firstBreach = c.due;
    const isOpenAtNow = now !== null && tl.resolvedAt === null;
    const steps = [];
    if (firstBreach !== null || isOpenAtNow)
        result.escalation = escalate(ctx, t, tl, result.priority, firstBreach, tl.resolvedAt ?? asOf, isOpenAtNow, steps);
    const open = isOpenAtNow ? openTicket(ctx, t, result, clocks, asOf) : null;
    return { result, open, notifications: ticketNotifications(ctx, t, clocks, steps, asOf) };
}
/** A ticket's result without its clocks, from its timeline; also the SQL engine's (cli/engines). */
export function ticketResult(ctx, id, source, tier, channel, priority, created, tl) {
    return {
        id,
        source,
        tier: tier.implicit ? null : tier.name,
        channel,
        priority,
        created: ctx.fmt(created),
        resolved: tl.resolvedAt === null ? null : ctx.fmt(tl.resolvedAt),
        open: tl.resolvedAt === null,
        reopened: tl.reopened,
        priorityChanges: tl.changes.map((c) => ({ at: ctx.fmt(c.at), priority: c.priority })),
        response: null,
        resolution: null,
        nextReply: null,
        update: null,
        unknownStatuses: [...tl.unknown],
        escalation: [],
    };
}
function explainClock(ctx, initialPriority, tier, tl, target, core, stop, asOf, source) {
    const end = stop ?? asOf;
    const on = target.calendar === null ? 'in wall-clock time' : `on calendar ${target.calendar}`;
    const who = tier.implicit ? '' : ` (tier ${tier.name}${target.from === 'defaults' ? ', from the default targets' : ''})`;
    const out = [
        {
            rule: 'ticket.target',
            text: `${target.target} target for ${target.priority}${conditionsText(target.conditions)}${who}: ${durationText(target.within)} ${on}`,
            line: target.line,
            records: [source],
        },
    ];
    if (tl.changes.length > 0) {
        out.push({
            rule: 'ticket.priority-change',
            text: `priority ${initialPriority} → ${tl.changes.map((c) => `${c.priority} at ${ctx.fmt(c.at)}`).join(' → ')}: the target of ${target.priority} applies from creation, with the time elapsed kept`,
            line: target.line,
        });
    }
    if (core.pausedMs > 0) {
        out.push({
            rule: 'ticket.pause',
            text: `the clock was paused for ${msText(core.pausedMs)}`,
            line: tier.pauses[0]?.line ?? null,
            windows: windows(ctx, tl.paused, end),
        });
    }
    if (tl.reopened > 0) {
        out.push({
            rule: 'ticket.reopen',
            text: `reopened ${tl.reopened} time${tl.reopened === 1 ? '' : 's'}: the clock continued where it stopped`,
            line: null,
        });
    }
    const counted = target.within.clock === 'working' || target.within.clock === 'calendar'
        ? `${core.elapsedDays} ${target.within.clock} days counted`
        : `${msText(core.elapsedMs)} counted`;
    out.push({
        rule: 'ticket.deadline',
        text: stop !== null
            ? `due ${core.due === null ? '(never)' : ctx.fmt(core.due)}, stopped ${ctx.fmt(stop)}: ${counted}, breached`
            : `due ${core.due === null ? '(never)' : ctx.fmt(core.due)}, still running at ${ctx.fmt(asOf)}: ${counted}, breached`,
        line: target.line,
        windows: countedWindows(ctx, core.counted, end, target),
    });
    return out;
}
