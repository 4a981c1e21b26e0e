import { clipTimeline } from './clock-start.js';
import { runClock } from './tickets.js';
/** The instant a step is due, or null when it never comes (paused for good). */
function stepInstant(ctx, e, step, ref, tl, end) {
    if (e.includePaused)
        return ctx.addDuration(ref, step.after, step.calendar);
    return runClock(ctx, clipTimeline(tl, ref), ref, tl.resolvedAt, end, step.after, step.calendar).due;
}
/** The step reached per escalation; `steps` (when given) receives every step reached, in order. */
/** A step reached at `at`, in the report's form (the next step is filled in by the caller). */
export function reachedStep(ctx, e, step, at) {
    return {
        escalation: e.name,
        step: step.number,
        role: ctx.text(step.role) ?? '',
        contact: ctx.text(step.contact),
        at: ctx.fmt(at),
        line: step.line,
        next: null,
    };
}
export function escalate(ctx, t, tl, priority, firstBreach, end, open, steps = null) {
    const out = [];
    for (const e of ctx.escalationsFor(priority, t)) {
        const ref = e.countedFrom === 'creation' ? t.created : firstBreach;
        if (ref === null)
            continue;
        let reached = null;
        for (const step of [...e.steps].sort((x, y) => x.number - y.number)) {
            let at;
            try {
                at = stepInstant(ctx, e, step, ref, tl, end);
            }
            catch (err) {
                // Beyond the precomputed calendar range: no later step can be reached either.
                if (err instanceof RangeError)
                    break;
                throw err;
            }
            if (at !== null && at <= end) {
                reached = reachedStep(ctx, e, step, at);
                steps?.push({ ms: at, reached });
            }
            else {
                if (reached && open && at !== null)
                    reached.next = { step: step.number, role: ctx.text(step.role) ?? '', at: ctx.fmt(at) };
                break;
            }
        }
        if (reached)
            out.push(reached);
    }
    return out;
}
