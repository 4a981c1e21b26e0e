import { warningInstant, warningsFor } from './notifications.js';
const isDays = (t) => t.within.clock === 'working' || t.within.clock === 'calendar';
/** `instant`: when a clock has used `at`% of its time (warningInstant; the SQL engine's from its views). */
export function openTicket(ctx, t, result, clocks, asOf, instant = (ev, at) => warningInstant(ctx, ev, at, asOf)) {
    return {
        id: t.id,
        priority: result.priority,
        tier: result.tier,
        created: result.created,
        clocks: clocks
            // A clock that has not started is not listed, also when unknown statuses make it uncertain.
            .filter((c) => c.clock.stopped === null && (c.clock.assumed ?? c.clock.status) !== 'not-started')
            .map((ev) => {
            const { clock: c, target } = ev;
            const used = usedPercent(ev.start, c, target, ev.due, asOf);
            const ladder = warningsFor(ctx, t, c.priority, c.kind);
            const status = c.assumed ?? c.status;
            const warnings = ladder.map((w) => {
                const when = instant(ev, w.at);
                return { at: w.at, to: w.to, line: w.line, when: when === null ? null : ctx.fmt(when), reached: when !== null && when <= asOf };
            });
            const warnAt = ladder[0]?.at ?? null;
            return {
                kind: c.kind,
                due: c.due,
                remainingMs: c.remainingMs,
                status: c.status,
                used,
                warnAt,
                atRisk: status !== 'breached' && warnAt !== null && used !== null && used >= warnAt,
                warnings,
            };
        }),
        escalation: result.escalation,
    };
}
/** Counted time ÷ target for time clocks; for day clocks the real time since the start ÷ the time from the start to due. */
function usedPercent(start, c, target, due, asOf) {
    if (isDays(target)) {
        if (due === null || due <= start)
            return null;
        return round2(((asOf - start) / (due - start)) * 100);
    }
    return round2((c.elapsedMs / target.within.amount) * 100);
}
const round2 = (n) => Math.round(n * 100) / 100;
