import { reachedStep } from './escalation.js';
export function escalateObjective(ctx, o, periodEnd, asOf) {
    const out = [];
    for (const e of ctx.contract.escalations) {
        if (!(e.objectives ?? []).includes(o.name))
            continue;
        let reached = null;
        for (const step of [...e.steps].sort((x, y) => x.number - y.number)) {
            let at;
            try {
                at = ctx.addDuration(periodEnd, step.after, step.calendar);
            }
            catch (err) {
                if (err instanceof RangeError)
                    break;
                throw err;
            }
            if (at <= asOf)
                reached = reachedStep(ctx, e, step, at);
            else {
                if (reached)
                    reached.next = { step: step.number, role: ctx.text(step.role) ?? '', at: ctx.fmt(at) };
                break;
            }
        }
        if (reached)
            out.push(reached);
    }
    return out;
}
