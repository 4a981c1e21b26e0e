/** The grammar's API: text in, AST, comments and syntax diagnostics out. Never throws. */
import type { IToken } from 'chevrotain';
import { diagnostic, type Diagnostic } from '../diagnostics/index.js';
import type { Comment, Document, Range } from './ast.js';
import { buildAst, tokenRange } from './build-ast.js';
import { parser } from './parser.js';
import { slacLexer, StringLiteral, UnterminatedString } from './tokens.js';

export interface ParseResult {
  document: Document;
  comments: Comment[];
  diagnostics: Diagnostic[];
  /** All significant tokens, for the editor (semantic tokens, completion context). */
  tokens: IToken[];
}

function positionAt(text: string, offset: number): { line: number; column: number; offset: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

function endOfText(text: string): Range {
  const p = positionAt(text, text.length);
  return { start: p, end: p };
}

export function parse(text: string): ParseResult {
  const lexed = slacLexer.tokenize(text);
  const diagnostics: Diagnostic[] = [];
  for (const e of lexed.errors) {
    const start = positionAt(text, e.offset);
    const end = positionAt(text, e.offset + e.length);
    const ch = text.slice(e.offset, e.offset + e.length);
    diagnostics.push(diagnostic('invalid-character', { start, end }, `unexpected character${e.length > 1 ? 's' : ''} '${ch}'`));
  }
  const tokens: IToken[] = [];
  for (const t of lexed.tokens) {
    if (t.tokenType === UnterminatedString) {
      diagnostics.push(
        diagnostic('unterminated-string', tokenRange(t), 'this string has no closing quote on its line', {
          fix: { title: 'Close the string', edits: [{ range: { start: tokenRange(t).end, end: tokenRange(t).end }, newText: '"' }] },
        }),
      );
      // Parse on as if the quote were at the end of the line.
      tokens.push({ ...t, image: `${t.image}"`, tokenType: StringLiteral, tokenTypeIdx: StringLiteral.tokenTypeIdx! });
    } else tokens.push(t);
  }
  const comments: Comment[] = ((lexed.groups['comments'] ?? []) as IToken[]).map((t) => ({
    kind: 'Comment',
    text: t.image,
    range: tokenRange(t),
  }));
  parser.input = tokens;
  // A token that recovery inserted, or the end of input, has no position: anchor to the last real token.
  const lastToken = tokens.length > 0 ? tokenRange(tokens[tokens.length - 1]!) : endOfText(text);
  const cst = parser.document();
  for (const e of parser.errors) {
    const anchor = validTokenRange(e.token) ?? lastToken;
    diagnostics.push(diagnostic('syntax-error', anchor, e.message));
  }
  return { document: buildAst(cst), comments, diagnostics, tokens };
}

function validTokenRange(t: IToken | undefined): Range | undefined {
  if (!t || !Number.isFinite(t.startOffset) || t.startOffset < 0 || t.tokenType.name === 'EOF') return undefined;
  return tokenRange(t);
}

export type { Document } from './ast.js';
