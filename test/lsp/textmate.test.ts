/**
 * The extension's TextMate grammar, run by vscode-textmate on vscode-oniguruma (the engine VS Code
 * uses), checked against the real lexer over every example: each token the compiler sees gets the
 * scope its kind should have.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { parse } from '../../grammar/index.js';
import * as T from '../../grammar/tokens.js';
import { readSample, root, sampleFiles } from './helpers.js';

let grammar: textmate.IGrammar;

beforeAll(async () => {
  const wasm = readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== 'source.slac') return null;
      const path = join(root, 'lsp/vscode/syntaxes/slac.tmLanguage.json');
      return textmate.parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
  });
  const loaded = await registry.loadGrammar('source.slac');
  if (!loaded) throw new Error('grammar did not load');
  grammar = loaded;
});

/** Scopes of every character of a text, per line (the innermost scope first is not guaranteed: a list). */
function scopesOf(text: string): string[][][] {
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    const perChar: string[][] = [];
    for (const t of r.tokens) for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) perChar[i] = t.scopes;
    return perChar;
  });
}

/** What scope a token of the real lexer should have at its first character. */
function expectedScope(type: T.TokenType, next: T.TokenType | undefined): RegExp | null {
  if (type === T.StringLiteral || type === T.UnterminatedString) return /^string\.quoted\.double/;
  if (type === T.PercentageToken) return /^constant\.numeric\.percentage/;
  if (type === T.OrdinalToken) return /^constant\.numeric\.ordinal/;
  if (type === T.DateToken) return /^constant\.numeric\.date/;
  if (type === T.MonthToken || type === T.QuarterToken) return /^constant\.numeric\.date\./;
  if (type === T.TimeToken) return /^constant\.numeric\.time/;
  if (type === T.ZoneName) return /^support\.constant\.timezone/;
  if (type === T.NumberToken) {
    const unit =
      next &&
      [
        T.Seconds,
        T.Minutes,
        T.Hours,
        T.Day,
        T.Days,
        T.Weeks,
        T.Months,
        T.Quarters,
        T.Years,
        T.Business,
        T.Working,
        T.CalendarDays,
      ].includes(next);
    return unit ? /^constant\.numeric\.duration/ : /^constant\.numeric/;
  }
  if (T.keywordWords.has(type)) return /^(keyword\.|storage\.type\.declaration|constant\.language\.weekday)/;
  if (type === T.LCurly || type === T.RCurly) return /^punctuation\.section\.block/;
  return null;
}

describe('TextMate grammar', () => {
  for (const file of sampleFiles()) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    it(`scopes every token of ${name} as the lexer reads it`, () => {
      const text = readSample(file);
      const scopes = scopesOf(text);
      const parsed = parse(text);
      const wrong: string[] = [];
      parsed.tokens.forEach((t, i) => {
        const expected = expectedScope(t.tokenType, parsed.tokens[i + 1]?.tokenType);
        if (!expected) return;
        // Money: the currency is an Identifier, the amount a number scoped as money.
        const at = scopes[(t.startLine ?? 1) - 1]?.[(t.startColumn ?? 1) - 1] ?? [];
        const ok =
          at.some((s) => expected.test(s)) || (t.tokenType === T.NumberToken && at.some((s) => s.startsWith('constant.numeric.money')));
        if (!ok) wrong.push(`${t.startLine}:${t.startColumn} ${t.tokenType.name} '${t.image}' has ${at.join(' ')}`);
      });
      for (const c of parsed.comments) {
        const at = scopes[c.range.start.line - 1]?.[c.range.start.column - 1] ?? [];
        if (!at.some((s) => s.startsWith('comment.line.double-slash'))) wrong.push(`${c.range.start.line}: comment has ${at.join(' ')}`);
      }
      expect(wrong.slice(0, 20)).toEqual([]);
    });
  }

  it('knows every keyword of the language', () => {
    for (const word of T.keywordWords.values()) {
      const probe = word === 'calendar-days' ? 'calendar days' : word;
      const scopes = scopesOf(`  ${probe}`)[0]![2] ?? [];
      expect(
        scopes.some((s) => /^(keyword\.|storage\.type\.declaration|constant\.language\.weekday)/.test(s)),
        `${word}: ${scopes.join(' ')}`,
      ).toBe(true);
    }
  });

  it('scopes names, strings with escapes, comments, and units as expected', () => {
    const line = 'calendar office nl "Kantooruren \\"NL\\"" { // hours';
    const [scopes] = scopesOf(line);
    const at = (s: string) => scopes![line.indexOf(s)] ?? [];
    expect(at('calendar')).toContain('storage.type.declaration.slac');
    expect(at('office')).toContain('entity.name.type.slac');
    expect(at('nl')).toContain('entity.other.attribute-name.language.slac');
    expect(at('\\"')).toContain('constant.character.escape.slac');
    expect(at('// hours')).toContain('comment.line.double-slash.slac');
    const [t] = scopesOf('  response P1 within 4 business hours on office');
    const l2 = '  response P1 within 4 business hours on office';
    expect(t![l2.indexOf('4')]).toContain('constant.numeric.duration.slac');
    expect(t![l2.indexOf('business')]).toContain('keyword.other.unit.clock.slac');
    expect(t![l2.indexOf('hours')]).toContain('keyword.other.unit.slac');
    const l3 = '  monthly fee EUR 12500 // e-mail-ticket';
    const [m] = scopesOf(l3);
    expect(m![l3.indexOf('EUR')]).toContain('constant.numeric.money.currency.slac');
    expect(m![l3.indexOf('12500')]).toContain('constant.numeric.money.slac');
    // A keyword inside a name is part of the name.
    const l4 = '  availability of service back-service at least 99.9% per month';
    const [n] = scopesOf(l4);
    expect(n![l4.indexOf('back-service') + 5]).not.toContain('storage.type.declaration.slac');
    expect(n![l4.indexOf('99.9%')]).toContain('constant.numeric.percentage.slac');
  });
});
