const singletons = {
    Agreement: 'the agreement',
    Matrix: 'the priority matrix',
    Targets: 'the default targets',
    CreditTerms: 'the credit terms',
    Reporting: 'the reporting block',
};
export function reportDuplicateNames(ctx) {
    for (const { first, again } of ctx.symbols.duplicates) {
        ctx.report('duplicate-name', again.ident.range, `${again.namespace} '${again.name}' is declared twice`, {
            related: [{ message: 'first declared here', range: first.ident.range }],
        });
    }
    for (const [kind, what] of Object.entries(singletons)) {
        const [first, ...again] = ctx.document.declarations.filter((d) => d.kind === kind);
        for (const d of again) {
            ctx.report('duplicate-clause', d.range, `${what} is declared twice; merge the two blocks`, {
                related: [{ message: 'first declared here', range: first.range }],
            });
        }
    }
    const credited = new Map();
    for (const d of ctx.document.declarations) {
        if (d.kind !== 'Credits' && d.kind !== 'Bonus')
            continue;
        const key = `${d.kind}:${d.objective.name}`;
        const first = credited.get(key);
        if (first) {
            ctx.report('duplicate-clause', d.range, `${d.kind === 'Credits' ? 'credits' : 'a bonus'} for '${d.objective.name}' is declared twice`, {
                related: [{ message: 'first declared here', range: first.range }],
            });
        }
        else
            credited.set(key, d);
    }
}
