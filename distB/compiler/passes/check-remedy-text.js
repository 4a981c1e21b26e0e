import { forEachNode } from '../walk.js';
const remedyWords = /\b(?:enige\s+(?:en\s+volledige\s+)?(?:remedie|vergoeding)|schadevergoeding|boete|ingebrekestelling|sole(?:\s+and\s+exclusive)?\s+remedy|exclusive\s+remedy|further\s+damages|damages|penalty|notice\s+of\s+default)\b/i;
export function checkRemedyText(ctx) {
    const hasCredits = ctx.declarations('Credits').length + ctx.declarations('OutageCredits').length + ctx.declarations('TicketCredits').length > 0;
    if (!hasCredits)
        return;
    forEachNode(ctx.document, (node, parent) => {
        if (node.kind !== 'TextStmt' || parent?.kind === 'Scenario')
            return;
        for (const part of node.text.parts) {
            const m = remedyWords.exec(part.value);
            if (!m)
                continue;
            ctx.report('remedy-in-text', part.range, `'${m[0]}': the remedy clause of article 11 is generated from \`sole remedy\` and \`penalty\` in credit terms; remove this text, or change those choices`);
            break;
        }
    });
}
