import { formatDateRange } from './format/date.js';
import { formatDuration } from './format/duration.js';
import { formatNumber } from './format/number.js';
import { title, wording } from './view-model.js';
export function buildUnderpinningView(model, lang, titles) {
    const u = model.underpinning;
    if (!u)
        return null;
    const byName = new Map(u.agreements.map((a) => [a.name, a]));
    const agreementTitle = (name) => {
        const a = byName.get(name);
        return a?.summary ? title(a.summary.title, lang) : (a?.path ?? name);
    };
    const percent = (v) => `${formatNumber(v, lang, 4)}%`;
    return {
        title: u.title ? title(u.title, lang) : null,
        hasTitle: u.title !== null,
        texts: u.texts.map((t) => wording(t, lang)),
        agreements: u.agreements.map((a) => ({
            name: a.name,
            title: a.summary ? title(a.summary.title, lang) : a.path,
            known: a.summary !== null,
            kind: a.summary?.kind ?? 'customer',
            provider: a.summary?.provider ?? '',
            customer: a.summary?.customer ?? '',
            version: a.summary?.version ?? null,
            term: a.summary ? formatDateRange(a.summary.term.from, a.summary.term.to, lang) : '',
            path: a.path,
        })),
        chains: u.chains.map((c) => ({
            target: c.target,
            priorities: c.priorities.map((p) => titles.priority(p)),
            tier: c.tier ? titles.tier(c.tier) : null,
            hasTier: c.tier !== null,
            levels: c.levels.map((l) => ({
                agreement: agreementTitle(l.agreement),
                tier: l.tier,
                handover: l.handover ? formatDuration(l.handover, lang) : null,
                window: titles.calendar(l.calendar),
                hasWindow: l.calendar !== null,
            })),
        })),
        series: u.series.map((s) => {
            const targets = s.components.map((c) => byName.get(c.agreement)?.summary?.availability[c.objective] ?? null);
            const known = targets.every((t) => t !== null);
            return {
                objective: titles.objective(s.objective),
                components: s.components.map((c, i) => ({
                    agreement: agreementTitle(c.agreement),
                    target: targets[i] === null ? null : percent(targets[i]),
                })),
                product: known ? percent(targets.reduce((p, t) => (p * t) / 100, 100)) : null,
            };
        }),
    };
}
