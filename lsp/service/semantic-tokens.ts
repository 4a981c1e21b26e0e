/**
 * Semantic tokens: what the TextMate grammar cannot know — which word is a calendar, a priority,
 * a tier …, where a name is declared, which words are language tags of a text.
 */
import type { IToken } from 'chevrotain';
import type { Range as LspRange, SemanticTokens } from 'vscode-languageserver';
import * as T from '../../grammar/tokens.js';
import type { SlacDocument } from './document.js';
import { occurrences, type NameKind } from './names.js';

import { tokenTypes } from './protocol.js';

export { semanticTokensLegend, tokenModifiers, tokenTypes } from './protocol.js';

type TokenTypeName = (typeof tokenTypes)[number];
const typeIndex = (t: TokenTypeName): number => tokenTypes.indexOf(t);

const nameTypes: Record<NameKind, TokenTypeName> = {
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

interface Item {
  offset: number;
  length: number;
  type: number;
  modifiers: number;
}

export function semanticTokens(doc: SlacDocument, range?: LspRange): SemanticTokens {
  const names = new Map<number, { type: number; declaration: boolean }>();
  for (const o of occurrences(doc))
    names.set(o.ident.range.start.offset, { type: typeIndex(nameTypes[o.kind]), declaration: o.declaration });

  const items: Item[] = [];
  const tokens = doc.analysis.tokens;
  tokens.forEach((t: IToken, i) => {
    const length = (t.endOffset ?? t.startOffset) - t.startOffset + 1;
    if (!(length > 0)) return;
    const type = t.tokenType;
    if (T.keywordWords.has(type)) items.push({ offset: t.startOffset, length, type: typeIndex('keyword'), modifiers: 0 });
    else if (type === T.StringLiteral || type === T.UnterminatedString)
      items.push({ offset: t.startOffset, length, type: typeIndex('string'), modifiers: 0 });
    else if (numberTokens.has(type)) items.push({ offset: t.startOffset, length, type: typeIndex('number'), modifiers: 0 });
    else if (type === T.ZoneName) items.push({ offset: t.startOffset, length, type: typeIndex('type'), modifiers: 0 });
    else if (type === T.Identifier) {
      const name = names.get(t.startOffset);
      if (name) items.push({ offset: t.startOffset, length, type: name.type, modifiers: name.declaration ? 1 : 0 });
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
  const data: number[] = [];
  let line = 0;
  let char = 0;
  for (const item of items) {
    if (item.offset + item.length < from || item.offset > to) continue;
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
