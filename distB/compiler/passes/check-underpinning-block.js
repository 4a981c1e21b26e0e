import { reportRepeated } from './context.js';
export function checkUnderpinningBlock(ctx) {
    const blocks = ctx.declarations('Underpinning');
    for (const extra of blocks.slice(1)) {
        ctx.report('duplicate-clause', extra.range, 'a contract has one underpinning block: move these lines into the first', {
            related: [{ message: 'first given here', range: blocks[0].range }],
        });
    }
    for (const block of blocks) {
        const agreements = block.body.filter((s) => s.kind === 'UnderpinningAgreement');
        reportRepeated(ctx, agreements, ['UnderpinningAgreement'], (s) => `the agreement in '${s.path.value}'`, (s) => s.path.value);
        // One chain per clock, priority and tier: a tier's own chain replaces the one for every tier.
        const links = block.body.flatMap((s) => s.kind === 'Chain'
            ? s.priorities.map((p) => ({
                kind: 'Chain',
                range: p.range,
                what: `${s.target} ${p.name}${s.tier ? ` for tier ${s.tier.name}` : ''}`,
            }))
            : []);
        reportRepeated(ctx, links, ['Chain'], (l) => `the underpinning of ${l.what}`, (l) => l.what);
        for (const s of block.body) {
            if (s.kind !== 'SeriesAvailability')
                continue;
            const decl = ctx.symbols.get('objective', s.objective.name)?.node;
            if (decl?.kind === 'Objective' && !decl.body.some((m) => m.kind === 'Availability')) {
                ctx.report('misplaced-clause', s.objective.range, `'${s.objective.name}' is not an availability objective: only an availability rests on components in series`);
            }
        }
    }
}
