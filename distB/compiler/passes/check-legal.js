import { reportRepeated } from './context.js';
function once(ctx, decls, what) {
    const [first, ...rest] = decls;
    for (const d of rest)
        ctx.report('duplicate-clause', d.range, `${what} is given twice`, { related: [{ message: 'first given here', range: first.range }] });
}
function duration(ctx, v, what) {
    if (v && v.kind !== 'Duration')
        ctx.report('unit-mismatch', v.range, `${what} must be a duration (e.g. 3 months), not '${v.raw}'`);
}
function positive(ctx, n, what) {
    if (n && (!Number.isInteger(n.value) || n.value < 1))
        ctx.report('value-out-of-range', n.range, `${what} must be a whole number of at least 1`);
}
export function checkLegal(ctx) {
    const parties = ctx.declarations('Party');
    for (const role of ['provider', 'customer'])
        once(ctx, parties.filter((p) => p.role === role), `party ${role}`);
    once(ctx, ctx.declarations('Legal'), 'the legal block');
    once(ctx, ctx.declarations('TicketCredits'), 'credits per ticket');
    once(ctx, ctx.declarations('Revisions'), 'the revisions block');
    for (const r of ctx.declarations('Revisions'))
        reportRepeated(ctx, r.body, ['DocumentStatus', 'DocumentDate'], (s) => (s.kind === 'DocumentStatus' ? 'the status' : 'the date'));
    for (const p of parties)
        reportRepeated(ctx, p.body, ['Kvk', 'Address', 'Representative', 'DefinedTerm'], (s) => `the ${s.kind === 'DefinedTerm' ? 'defined term' : s.kind.toLowerCase()}`);
    for (const legal of ctx.declarations('Legal')) {
        reportRepeated(ctx, legal.body, ['MainAgreement', 'MainPrevails', 'PrevailingLanguage', 'Disputes', 'Renewal', 'Liability', 'DataProcessing', 'Audit'], (s) => `'${s.kind}'`);
        for (const s of legal.body) {
            switch (s.kind) {
                case 'MainPrevails':
                    if (!legal.body.some((x) => x.kind === 'MainAgreement'))
                        ctx.report('missing-clause', s.range, '\'main agreement prevails\' needs the main agreement: add main agreement nl "…" en "…"');
                    break;
                case 'PrevailingLanguage':
                    if (!ctx.languages.includes(s.language.name))
                        ctx.report('unknown-language', s.language.range, `'${s.language.name}' is not a contract language (${ctx.languages.join(', ')})`);
                    break;
                case 'Renewal':
                    duration(ctx, s.every, 'the renewal period');
                    duration(ctx, s.notice, 'the notice period');
                    break;
                case 'Liability':
                    if (s.amount.kind !== 'Money' && !(s.ofFee && s.amount.kind === 'Duration' && s.amount.unit === 'month')) {
                        ctx.report('unit-mismatch', s.amount.range, `the liability cap is an amount (EUR 150000) or a number of months of fee (12 months of fee), not '${s.amount.raw}'`);
                    }
                    break;
                case 'Audit':
                    duration(ctx, s.notice, 'the audit notice');
                    break;
                case 'ImprovementPlan':
                case 'Termination': {
                    if (s.kind === 'ImprovementPlan')
                        duration(ctx, s.within, 'the deadline of the improvement plan');
                    positive(ctx, s.rule.consecutive, 'the number of consecutive breaches');
                    positive(ctx, s.rule.inWindow?.count, 'the number of breaches');
                    positive(ctx, s.rule.inWindow?.months, 'the number of months');
                    const w = s.rule.inWindow;
                    if (w && w.count.value > w.months.value)
                        ctx.report('value-out-of-range', w.count.range, `${w.count.raw} breaches cannot fall within ${w.months.raw} months`);
                    break;
                }
                default:
                    break;
            }
        }
    }
    for (const d of ctx.declarations('OutageCredits')) {
        const objective = ctx.symbols.get('objective', d.objective.name)?.node;
        const measure = objective?.kind === 'Objective'
            ? objective.body.find((s) => s.kind === 'Availability' || s.kind === 'Share' || s.kind === 'Quality')
            : undefined;
        if (measure && measure.kind !== 'Availability')
            ctx.report('misplaced-clause', d.objective.range, `credits per outage need an availability objective; '${d.objective.name}' is not one`);
        for (const s of d.body) {
            if (s.kind !== 'OutageBand')
                continue;
            duration(ctx, s.length, 'the length of an outage');
            if (s.length.kind === 'Duration' &&
                (s.length.clock === 'working' || s.length.clock === 'calendar' || !['second', 'minute', 'hour'].includes(s.length.unit))) {
                ctx.report('unit-mismatch', s.length.range, `the length of an outage is counted in minutes or hours of downtime, not '${s.length.raw}'`);
            }
        }
    }
}
