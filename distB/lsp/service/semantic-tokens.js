import * as T from '../../grammar/tokens.js';
import { occurrences } from './names.js';
import { tokenTypes } from './protocol.js';
export { semanticTokensLegend, tokenModifiers, tokenTypes } from './protocol.js';
const typeIndex = (t) => tokenTypes.indexOf(t);
const nameTypes = {
    calendar: 'class',
    priority: 'enumMember',
    'impact level': 'enumMember',
    'urgency level': 'enumMember',
    tier: 'enum',
    service: 'namespace',
    objective: 'function',
    escalation: 'event',
    ticket: 'variable',
    field: 'type',
    agreement: 'namespace',
};
const numberTokens = new Set([T.NumberToken, T.PercentageToken, T.DateToken, T.TimeToken, T.MonthToken, T.QuarterToken]);
export function semanticTokens(doc, range) {
    const names = new Map();
    for (const o of occurrences(doc))
        names.set(o.ident.range.start.offset, { type: typeIndex(nameTypes[o.kind]), declaration: o.declaration });
    const items = [];
    const tokens = doc.analysis.tokens;
    tokens.forEach((t, i) => {
        const length = (t.endOffset ?? t.startOffset) - t.startOffset + 1;
        if (!(length > 0))
            return;
        const type = t.tokenType;
        if (T.keywordWords.has(type))
            items.push({ offset: t.startOffset, length, type: typeIndex('keyword'), modifiers: 0 });
        else if (type === T.StringLiteral || type === T.UnterminatedString)
            items.push({ offset: t.startOffset, length, type: typeIndex('string'), modifiers: 0 });
        else if (numberTokens.has(type))
            items.push({ offset: t.startOffset, length, type: typeIndex('number'), modifiers: 0 });
        else if (type === T.ZoneName)
            items.push({ offset: t.startOffset, length, type: typeIndex('type'), modifiers: 0 });
        else if (type === T.Identifier) {
            const name = names.get(t.startOffset);
            if (name)
                items.push({ offset: t.startOffset, length, type: name.type, modifiers: name.declaration ? 1 : 0 });
            // A word right before a string is a language tag: `nl "…"`.
            else if (tokens[i + 1]?.tokenType === T.StringLiteral && /^[a-z]{2}$/.test(t.image))
                items.push({ offset: t.startOffset, length, type: typeIndex('macro'), modifiers: 0 });
        }
    });
    for (const c of doc.analysis.comments) {
        items.push({
            offset: c.range.start.offset,
            length: c.range.end.offset - c.range.start.offset,
            type: typeIndex('comment'),
            modifiers: 0,
        });
    }
    items.sort((a, b) => a.offset - b.offset);
    const from = range ? doc.offsetAt(range.start) : 0;
    const to = range ? doc.offsetAt(range.end) : Infinity;
    const data = [];
    let line = 0;
    let char = 0;
    for (const item of items) {
        if (item.offset + item.length < from || item.offset > to)
            continue;
        const p = doc.positionAt(item.offset);
        const end = doc.positionAt(item.offset + item.length);
        // Tokens never span lines in this language; clip defensively.
        const length = end.line === p.line ? end.character - p.character : item.length;
        data.push(p.line - line, p.line === line ? p.character - char : p.character, length, item.type, item.modifiers);
        line = p.line;
        char = p.character;
    }
    return { data };
}
