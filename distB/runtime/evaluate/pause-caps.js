function measure(ctx, cap, calendar) {
    if (cap.clock === 'working' || cap.clock === 'calendar') {
        const days = ctx.dayCalendar(cap, calendar);
        return { length: (a, b) => days.workingDaysBetween(a, b), after: (a, rest) => days.addWorkingDays(a, rest) };
    }
    if (calendar === null)
        return { length: (a, b) => b - a, after: (a, rest) => a + rest };
    const cal = ctx.calendar(calendar);
    return { length: (a, b) => cal.elapsed(a, b), after: (a, rest) => cal.add(a, rest) };
}
/** Merges touching or overlapping [start, end) pairs, sorted by start. */
function merge(pairs) {
    const spans = [];
    for (let i = 0; i < pairs.length; i += 2)
        spans.push([pairs[i], pairs[i + 1]]);
    spans.sort((x, y) => x[0] - y[0]);
    const out = [];
    for (const [a, b] of spans) {
        if (out.length > 0 && a <= out[out.length - 1])
            out[out.length - 1] = Math.max(out[out.length - 1], b);
        else
            out.push(a, b);
    }
    return out;
}
export function applyPauseCaps(ctx, tl, tier, target) {
    if (tl.paused.length === 0 || !tier.pauses.some((p) => p.cap))
        return tl;
    const running = [...tl.running];
    const paused = [];
    const pausedRule = [];
    const used = new Map();
    for (let i = 0; i < tl.paused.length; i += 2) {
        const a = tl.paused[i];
        const b = tl.paused[i + 1];
        const rule = tl.pausedRule[i / 2];
        const cap = rule >= 0 ? (tier.pauses[rule].cap ?? null) : null;
        if (cap === null) {
            paused.push(a, b);
            pausedRule.push(rule);
            continue;
        }
        const m = measure(ctx, cap, target.calendar);
        const allowed = cap.clock === 'working' || cap.clock === 'calendar' ? Math.round(cap.amount) : cap.amount;
        const rest = allowed - (used.get(rule) ?? 0);
        const length = b === Infinity ? Infinity : m.length(a, b);
        if (length <= rest) {
            used.set(rule, (used.get(rule) ?? 0) + length);
            paused.push(a, b);
            pausedRule.push(rule);
            continue;
        }
        // The cap runs out inside this pause: paused up to there, running after it.
        const end = rest <= 0 ? a : Math.min(m.after(a, rest), b);
        used.set(rule, allowed);
        if (end > a) {
            paused.push(a, end);
            pausedRule.push(rule);
        }
        running.push(end, b);
    }
    return { ...tl, running: merge(running), paused, pausedRule };
}
