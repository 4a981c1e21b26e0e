export function reportUnplacedTexts(ctx) {
    const blocks = [...ctx.declarations('Targets'), ...ctx.declarations('Tier')];
    if (blocks.some((b) => b.body.some((s) => s.kind === 'Target')))
        return;
    for (const b of blocks) {
        for (const s of b.body) {
            if (s.kind !== 'TextStmt')
                continue;
            ctx.report('text-without-place', s.range, 'this text has no place in the contract: article 7 (response and resolution times) is empty without any response or resolution target; add targets, or move the text to the agreement');
        }
    }
}
