import { clockNames } from '../format-lifecycle.js';
export function reportNormsWithoutConsequence(ctx) {
    const covered = new Set();
    for (const d of ctx.declarations('Credits'))
        covered.add(d.objective.name);
    for (const d of ctx.declarations('Bonus'))
        covered.add(d.objective.name);
    for (const d of ctx.declarations('OutageCredits'))
        covered.add(d.objective.name);
    for (const l of ctx.declarations('Legal'))
        for (const s of l.body)
            if (s.kind === 'ImprovementPlan' || s.kind === 'Termination')
                s.norms.forEach((n) => covered.add(n.name));
    const objectives = ctx.declarations('Objective');
    for (const o of objectives) {
        if (covered.has(o.name.name))
            continue;
        ctx.report('norm-without-consequence', o.name.range, `the objective '${o.name.name}' has no consequence: add credits for ${o.name.name}, a bonus, or an improvement plan or termination right in the legal block`);
    }
    // Ticket targets: per priority.
    const ticketObjectiveCovered = objectives.some((o) => covered.has(o.name.name) &&
        o.body.some((s) => s.kind === 'Share' && ['tickets', 'incidents', 'requests', 'complaints', 'questions'].includes(s.noun.name)));
    if (ticketObjectiveCovered)
        return;
    // Response and resolution of a priority are one norm (any band for the priority covers it); the
    // next-reply and update clocks are norms of their own: they need a band of their own clock.
    const bands = ctx.declarations('TicketCredits').flatMap((d) => d.body.filter((s) => s.kind === 'TicketBand'));
    const credited = new Set(bands.flatMap((s) => s.priorities.map((p) => normKey(s.target, p.name))));
    const blocks = [...ctx.declarations('Targets'), ...ctx.declarations('Tier')];
    const reported = new Set();
    for (const b of blocks) {
        for (const s of b.body) {
            if (s.kind !== 'Target')
                continue;
            for (const p of s.priorities) {
                const key = normKey(s.target, p.name);
                if (credited.has(key) || reported.has(key))
                    continue;
                reported.add(key);
                const clock = clockNames[s.target];
                ctx.report('norm-without-consequence', p.range, `the ${clock} time of ${p.name} has no consequence: add it to credits per ticket (e.g. \`${clock} ${p.name} credit EUR 100\`), or attach a consequence to an objective over tickets`);
            }
        }
    }
}
/** Response and resolution share one key per priority; next reply and update have their own. */
function normKey(target, priority) {
    return target === 'response' || target === 'resolution' ? priority : `${target}|${priority}`;
}
