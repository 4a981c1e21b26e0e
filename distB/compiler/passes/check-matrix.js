import { reportRepeated } from './context.js';
export function checkMatrix(ctx) {
    for (const matrix of ctx.declarations('Matrix')) {
        const levels = (axis) => matrix.body.filter((s) => s.kind === 'Levels' && s.axis === axis);
        for (const axis of ['impact', 'urgency']) {
            if (levels(axis).length === 0)
                ctx.report('missing-clause', matrix.range, `the priority matrix has no \`${axis} levels …\` line`);
        }
        reportRepeated(ctx, matrix.body, ['Levels'], (s) => `the ${s.axis} levels`, (s) => s.axis);
        const cells = matrix.body.filter((s) => s.kind === 'Cell');
        reportRepeated(ctx, cells, ['Cell'], (c) => `the priority for ${c.impact.name} impact and ${c.urgency.name} urgency`, (c) => `${c.impact.name}|${c.urgency.name}`);
        const impact = levels('impact')[0]?.levels ?? [];
        const urgency = levels('urgency')[0]?.levels ?? [];
        const given = new Set(cells.map((c) => `${c.impact.name}|${c.urgency.name}`));
        const missing = impact.flatMap((i) => urgency.filter((u) => !given.has(`${i.name}|${u.name}`)).map((u) => `${i.name} impact and ${u.name} urgency`));
        if (impact.length > 0 && urgency.length > 0 && missing.length > 0) {
            ctx.report('matrix-incomplete', matrix.range, `the priority matrix gives no priority for ${missing.slice(0, 4).join('; ')}${missing.length > 4 ? ` (and ${missing.length - 4} more)` : ''}`);
        }
    }
}
