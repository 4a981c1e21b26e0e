import { forEachNode } from '../walk.js';
/** Texts that are wording (statements), not titles: a language-neutral string there is untranslated prose. */
function isWording(parent) {
    return parent?.kind === 'TextStmt' || parent?.kind === 'ChangeProcedure';
}
export function checkTexts(ctx) {
    const languages = ctx.languages;
    if (languages.length === 0)
        return;
    forEachNode(ctx.document, (node, parent) => {
        if (node.kind !== 'Text' || parent?.kind === 'Scenario')
            return;
        const text = node;
        if (text.parts.length === 0)
            return;
        const seen = new Map();
        for (const part of text.parts) {
            if (part.lang === null)
                continue;
            const first = seen.get(part.lang);
            if (first)
                ctx.report('duplicate-clause', part.range, `the ${part.lang} text is given twice`, {
                    related: [{ message: 'first given here', range: first.range }],
                });
            seen.set(part.lang, part);
            if (!languages.includes(part.lang))
                ctx.report('undeclared-language', part.range, `'${part.lang}' is not a contract language (${languages.join(', ')}); it will not appear in any document`);
        }
        const neutral = text.parts.some((p) => p.lang === null);
        if (neutral && seen.size === 0 && !isWording(parent))
            return; // a proper name reads the same in every language
        const missing = languages.filter((l) => !seen.has(l));
        if (missing.length === 0)
            return;
        const last = text.parts[text.parts.length - 1].range.end;
        ctx.report('missing-translation', text.range, `this text has no ${missing.join(' or ')} version; the ${missing.join('/')} document will show a marker in its place`, {
            fix: {
                title: `Add ${missing.join(', ')} text`,
                edits: [{ range: { start: last, end: last }, newText: missing.map((l) => ` ${l} ""`).join('') }],
            },
        });
    });
}
