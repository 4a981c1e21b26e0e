export function evaluateBreachRules(ctx, objectives) {
    const out = [];
    for (const rule of ctx.contract.breachRules ?? []) {
        for (const name of rule.objectives) {
            const periods = objectives.filter((r) => r.objective === name).sort((a, b) => Date.parse(a.to) - Date.parse(b.to));
            const result = {
                consequence: rule.consequence,
                objective: name,
                line: rule.line,
                periods: periods.map((p) => p.period),
                breached: [],
                triggered: false,
                triggeredIn: null,
                reason: null,
                explain: [],
            };
            let run = 0;
            const ends = [];
            for (const p of periods) {
                const breached = p.met === false;
                run = breached ? run + 1 : 0;
                if (!breached)
                    continue;
                result.breached.push(p.period);
                // The month index of the period's last instant (`to` is exclusive).
                const end = ctx.zone.periodOf('month', Date.parse(p.to) - 1).index;
                ends.push(end);
                if (result.triggered)
                    continue;
                if (rule.consecutive !== null && run >= rule.consecutive) {
                    Object.assign(result, { triggered: true, triggeredIn: p.period, reason: 'consecutive' });
                    result.explain.push({
                        rule: `${rule.consequence}.consecutive`,
                        text: `${name}: ${run} consecutive breached periods up to ${p.period} (rule: ${rule.consecutive})`,
                        line: rule.line,
                    });
                }
                else if (rule.inWindow !== null) {
                    const within = ends.filter((e) => e > end - rule.inWindow.months).length;
                    if (within >= rule.inWindow.count) {
                        Object.assign(result, { triggered: true, triggeredIn: p.period, reason: 'window' });
                        result.explain.push({
                            rule: `${rule.consequence}.window`,
                            text: `${name}: ${within} breached periods within the ${rule.inWindow.months} months up to ${p.period} (rule: ${rule.inWindow.count})`,
                            line: rule.line,
                        });
                    }
                }
            }
            out.push(result);
        }
    }
    return out;
}
