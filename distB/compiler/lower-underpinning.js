import { lowerDuration, lowerText, texts } from './lower.js';
export function lowerUnderpinning(decl) {
    if (!decl)
        return null;
    const model = {
        title: decl.title ? lowerText(decl.title) : null,
        texts: texts(decl.body),
        agreements: [],
        chains: [],
        series: [],
    };
    for (const s of decl.body) {
        if (s.kind === 'UnderpinningAgreement')
            model.agreements.push({ name: s.name.name, path: s.path.value, line: s.range.start.line, summary: null });
        else if (s.kind === 'Chain')
            model.chains.push({
                target: s.target,
                priorities: s.priorities.map((p) => p.name),
                tier: s.tier?.name ?? null,
                levels: s.levels.map((l) => ({
                    agreement: l.agreement.name,
                    tier: l.tier?.name ?? null,
                    handover: l.handover?.kind === 'Duration' ? lowerDuration(l.handover) : null,
                    calendar: l.calendar?.name ?? null,
                })),
                line: s.range.start.line,
            });
        else if (s.kind === 'SeriesAvailability')
            model.series.push({
                objective: s.objective.name,
                components: s.components.map((c) => ({ agreement: c.agreement.name, objective: c.objective.name })),
                line: s.range.start.line,
            });
    }
    return model;
}
