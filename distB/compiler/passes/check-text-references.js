import { forEachNode } from '../walk.js';
/** The fixed article numbers of the contract document (templates/{nl,en}/document.hbs). */
export const ARTICLE_COUNT = 22;
const article = /\b(?:artikel|artikelen|article|articles|art\.)\s+(\d+)(?![\d:.,]\d)/gi;
const annex = /\b(?:bijlage|annex|appendix|schedule)\s+([A-Za-z]|\d+)\b/gi;
/** Words after a reference that place it in another instrument. */
const elsewhere = /^\s*(?:[:\d.]*\s*)?(?:lid\s+\d+\s+)?(?:BW|Burgerlijk|AVG|GDPR|of the|van de|van het|Wet|Code|Regulation|der\b)/i;
/** How many annexes the document has: the same presence rules as the view model's annexes. */
function annexCount(ctx) {
    const calendars = ctx.declarations('Calendar');
    const closes = calendars.some((c) => c.body.some((s) => s.kind === 'Holidays' || s.kind === 'ClosedDates'));
    const open24 = (name) => calendars.find((c) => c.name.name === name)?.body.some((s) => s.kind === 'Hours' && s.everyDay && s.hours.length === 0) ?? false;
    const windowed = ctx
        .declarations('Objective')
        .some((o) => o.body.some((s) => s.kind === 'Availability' && s.calendar !== null && !open24(s.calendar.name)));
    return [closes, windowed, ctx.declarations('Scenario').length > 0].filter(Boolean).length;
}
export function checkTextReferences(ctx) {
    const annexes = annexCount(ctx);
    const letters = 'ABCDEFGH'.slice(0, annexes);
    forEachNode(ctx.document, (node) => {
        if (node.kind !== 'TextPart')
            return;
        const part = node;
        for (const m of part.value.matchAll(article)) {
            const n = Number(m[1]);
            if (n >= 1 && n <= ARTICLE_COUNT)
                continue;
            if (elsewhere.test(part.value.slice(m.index + m[0].length)))
                continue;
            ctx.report('unknown-article', part.range, `'${m[0]}' does not exist: the document has articles 1 to ${ARTICLE_COUNT}`);
        }
        for (const m of part.value.matchAll(annex)) {
            const ref = m[1];
            if (elsewhere.test(part.value.slice(m.index + m[0].length)))
                continue;
            if (/^[A-Za-z]$/.test(ref) && letters.includes(ref.toUpperCase()))
                continue;
            const have = annexes === 0 ? 'the document has no annexes' : `the annexes are ${letters.split('').join(', ')}`;
            ctx.report('unknown-article', part.range, `'${m[0]}' does not exist: ${have}`);
        }
    });
}
