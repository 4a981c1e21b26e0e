const has = (t, lang) => t?.parts.some((p) => p.lang === lang && p.value.trim() !== '') ?? false;
export function checkKpiWording(ctx) {
    const languages = ctx.languages;
    for (const o of ctx.declarations('Objective')) {
        const kpi = o.body.find((s) => s.kind === 'Quality' && s.metric === 'kpi');
        if (!kpi)
            continue;
        const texts = o.body.filter((s) => s.kind === 'TextStmt');
        const missing = languages.filter((l) => !has(o.title, l) || !texts.some((t) => has(t.text, l)));
        if (missing.length === 0)
            continue;
        ctx.report('kpi-without-wording', (kpi.kpi ?? o.name).range, `the kpi '${kpi.kpi?.name ?? o.name.name}' needs a title and a text saying what is measured, in ${missing.join(' and ')}: the contract must not show its code name`);
    }
}
