import { Context } from '../../runtime/evaluate/context.js';
import { openTimeStage, plainStage, wallStage } from './fit.js';
/** The evaluation context of a contract, built once: its calendars are precomputed lazily. */
const contexts = new WeakMap();
export function contextOf(contract) {
    let ctx = contexts.get(contract);
    if (!ctx)
        contexts.set(contract, (ctx = new Context(contract, 'en')));
    return ctx;
}
/** The clock of `d` counted on `calendar` (a calendar of ctx's contract, or null for plain time). */
export function durationStage(ctx, d, calendar) {
    if (d.clock === 'working' || d.clock === 'calendar') {
        const days = ctx.dayCalendar(d, calendar);
        const n = Math.round(d.amount);
        return wallStage(days, (t) => days.addWorkingDays(t, n));
    }
    if (d.unit === 'month' || d.unit === 'year')
        return wallStage(ctx.allDays(ctx.contract.zone), (t) => ctx.addDuration(t, d, calendar));
    if (calendar === null)
        return plainStage(d.amount);
    return openTimeStage(ctx.calendar(calendar), d.amount);
}
/** The target for a priority and clock in a tier that applies to every ticket (no conditions). */
export function plainTarget(tier, kind, priority) {
    return tier.targets.find((t) => t.target === kind && t.priority === priority && (t.conditions ?? []).length === 0);
}
/**
 * The stages of a chain for an SLA target: per level an optional hand-over, then the level's
 * target. `parts[i]` says what stage i is.
 */
export function chainStages(sla, slaTarget, levels) {
    const stages = [];
    const parts = [];
    levels.forEach((level, i) => {
        if (level.handover) {
            const h = level.handover;
            // `on <calendar>` names a calendar of the SLA; otherwise the party handing over counts it.
            const previous = levels[i - 1];
            const [owner, calendar] = h.calendar !== null ? [sla, h.calendar] : previous ? [previous.contract, previous.target.calendar] : [sla, slaTarget.calendar];
            stages.push(durationStage(contextOf(owner), h.duration, calendar));
            parts.push({ level: i, kind: 'handover' });
        }
        stages.push(durationStage(contextOf(level.contract), level.target.within, level.target.calendar));
        parts.push({ level: i, kind: 'target' });
    });
    return { stages, parts };
}
/** The instants (epoch ms) of the first and the last day of a contract's term, in its zone. */
export function termOf(contract) {
    const ctx = contextOf(contract);
    return { from: ctx.termFrom, to: ctx.termTo };
}
