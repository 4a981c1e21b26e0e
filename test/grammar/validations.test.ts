/**
 * The lexer and parser skip chevrotain's definition checks at start-up (they cost a third of a
 * `slac` command's start), and the tokens carry hints instead of being analysed (line breaks,
 * first characters). Here the checks run, and the hints are held to what the lexer must do: a
 * grammar change that makes a rule ambiguous, a token unreachable or a hint wrong fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer, type IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { SlacParser } from '../../grammar/parser.js';
import { allTokens, lexerConfig, slacLexer } from '../../grammar/tokens.js';
import { generateSla } from '../../bench/generate-sla.js';

const root = join(import.meta.dirname, '../..');
/** Every .sla file of the repository's examples and fixtures, and a generated large one. */
function sources(): Array<[string, string]> {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.sla') && (f.startsWith('examples') || f.startsWith('test')))
    .sort();
  return [...files.map((f): [string, string] => [f, readFileSync(join(root, f), 'utf8')]), ['generated', generateSla(2_000)]];
}

/** Line and column (1-based) of every offset, counted independently of the lexer. */
function positions(text: string): Array<{ line: number; column: number }> {
  const out: Array<{ line: number; column: number }> = [];
  let line = 1;
  let column = 1;
  for (const ch of text) {
    for (let i = 0; i < ch.length; i++) out.push({ line, column: column + i });
    if (ch === '\n') {
      line++;
      column = 1;
    } else column += ch.length;
  }
  out.push({ line, column });
  return out;
}

const shape = (t: IToken) => [t.tokenType.name, t.image, t.startOffset, t.startLine, t.startColumn, t.endLine, t.endColumn];

describe('grammar definition checks', () => {
  it('the lexer definition has no errors', () => {
    const lexer = new Lexer(allTokens, { ...lexerConfig, deferDefinitionErrorsHandling: true });
    expect(lexer.lexerDefinitionErrors).toEqual([]);
  });

  it("the parser passes chevrotain's grammar validations", () => {
    expect(() => new SlacParser({ validate: true })).not.toThrow();
  });

  it('the hints change nothing: the same tokens as a lexer that tries every pattern (safe mode)', () => {
    const reference = new Lexer(allTokens, { positionTracking: 'full', safeMode: true });
    for (const [name, text] of sources()) {
      const fast = slacLexer.tokenize(text);
      const safe = reference.tokenize(text);
      expect(fast.tokens.map(shape), name).toEqual(safe.tokens.map(shape));
      expect(fast.errors.length, name).toBe(safe.errors.length);
    }
  });

  it('line and column of every token follow from its offset (the line-break hints are right)', () => {
    for (const [name, text] of sources()) {
      const at = positions(text);
      const { tokens, groups } = slacLexer.tokenize(text);
      for (const t of [...tokens, ...((groups['comments'] ?? []) as IToken[])]) {
        const start = at[t.startOffset]!;
        const end = at[t.endOffset!]!;
        expect([t.startLine, t.startColumn, t.endLine, t.endColumn], `${name}: ${t.image}`).toEqual([
          start.line,
          start.column,
          end.line,
          end.column,
        ]);
      }
    }
  });
});
