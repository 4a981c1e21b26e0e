import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from '../../compiler/format.js';
import { parse } from '../../grammar/index.js';
import type { Declaration, Range } from '../../grammar/ast.js';
import { stripRanges } from '../helpers/strip-ranges.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (path: string): string => readFileSync(join(root, 'test/fixtures', path), 'utf8');

/** Every `.sla` file under the given folders (which may be missing or empty). */
function slaFiles(...dirs: string[]): string[] {
  return dirs
    .map((d) => join(root, d))
    .filter((d) => existsSync(d))
    .flatMap((d) => readdirSync(d, { recursive: true, encoding: 'utf8' }).map((f) => join(d, f)))
    .filter((f) => f.endsWith('.sla'))
    .sort();
}

function fmt(text: string): string {
  const result = format(text);
  expect(result.diagnostics).toEqual([]);
  return result.text;
}

function commentTexts(text: string): string[] {
  return parse(text)
    .comments.map((c) => c.text)
    .sort();
}

/** The layout properties every formatted text has, whatever the input. */
function expectCanonicalShape(out: string): void {
  if (out === '') return;
  expect(out.endsWith('\n') && !out.endsWith('\n\n')).toBe(true);
  const lines = out.slice(0, -1).split('\n');
  expect(lines[0]).not.toBe('');
  for (const [i, line] of lines.entries()) {
    expect(line, `line ${i + 1} has trailing whitespace`).toBe(line.trimEnd());
    expect(line, `line ${i + 1} is not indented by 0 or 2 spaces`).toMatch(/^(?:| {2})(?:\S|$)/);
    if (line === '') expect(lines[i - 1], `line ${i + 1} is a second blank line`).not.toBe('');
  }
}

describe('format: the canonical layout', () => {
  it('prints the messy fixture exactly as the expected file', () => {
    const expected = fixture('format/messy.expected.sla');
    expect(fmt(fixture('format/messy.sla'))).toBe(expected);
    expect(fmt(expected)).toBe(expected);
  });

  it('separates top-level declarations by exactly one blank line, however they were written', () => {
    const out = 'service A\n\nservice B\n\ntier Gold {\n  response P1 within 1 hour\n}\n';
    expect(fmt('service A service B tier Gold{response P1 within 1 hour}')).toBe(out);
    expect(fmt('\n\n\nservice A\n\n\n\n\nservice B\ntier Gold\n{\n\n response P1 within 1 hour\n\n}\n\n\n')).toBe(out);
  });

  it('keeps at most one blank line between statements, and none at the edges of a block', () => {
    const input = 'targets {\n\n\n  response P1 within 1 hour\n\n\n\n  response P2 within 2 hours\n  response P3 within 3 hours\n\n}\n';
    expect(fmt(input)).toBe('targets {\n  response P1 within 1 hour\n\n  response P2 within 2 hours\n  response P3 within 3 hours\n}\n');
  });

  it('prints short blocks multi-line and empty blocks as {}', () => {
    expect(fmt('calendar always "24/7" { timezone Europe/Amsterdam  every day }')).toBe(
      'calendar always "24/7" {\n  timezone Europe/Amsterdam\n  every day\n}\n',
    );
    expect(fmt('targets { }')).toBe('targets {}\n');
    // A service or priority may leave out its block: an empty one is left out.
    expect(fmt('service Mail "E-mail" { }\npriority P1{}')).toBe('service Mail "E-mail"\n\npriority P1\n');
  });

  it('prints units singular when the value is exactly 1 and plural otherwise', () => {
    const input =
      'targets { response P1 within 1 minutes response P2 within 2 hour resolution P1 within 1 working days ' +
      'resolution P2 within 3 calendar day resolution P3 within 1.0 business hours response P3 within 0.5 day }';
    expect(fmt(input)).toBe(
      [
        'targets {',
        '  response P1 within 1 minute',
        '  response P2 within 2 hours',
        '  resolution P1 within 1 working day',
        '  resolution P2 within 3 calendar days',
        '  resolution P3 within 1.0 business hour',
        '  response P3 within 0.5 days',
        '}',
        '',
      ].join('\n'),
    );
    expect(fmt('objective a { 90% of calls answered per 1 months }\nobjective b { 90% of calls answered per 12 month }')).toBe(
      'objective a {\n  90% of calls answered per 1 month\n}\n\nobjective b {\n  90% of calls answered per 12 months\n}\n',
    );
  });

  it('uses the canonical keyword spellings and keeps number spellings', () => {
    const input = [
      'agreement "A" { quarterly fee EUR 12500.00 }',
      'objective up { availability of Platform at least 99.90% per month }',
      'objective phone { at least 80% of calls answered within 30 seconds }',
      'objective abandon { at most 5.0% of calls abandoned per month }',
      'calendar c { saturday, sunday 09:00 to 12:00 and 13:00 to 17:00  monday and tuesday to thursday, friday to friday }',
      'credits for up { below 99.90% credit 5% of monthly fee }',
      'bonus for phone { above 90% bonus EUR 100 }',
      'scenario "s" { outage of Platform from 2026-03-10 02:00 to 2026-03-10 02:45 unplanned }',
    ].join('\n');
    expect(fmt(input)).toBe(
      [
        'agreement "A" {',
        '  quarterly fee EUR 12500.00',
        '}',
        '',
        'objective up {',
        '  availability of service Platform at least 99.90% per month',
        '}',
        '',
        'objective phone {',
        '  80% of calls answered within 30 seconds',
        '}',
        '',
        'objective abandon {',
        '  at most 5.0% of calls abandoned per month',
        '}',
        '',
        'calendar c {',
        '  saturday and sunday 09:00 to 12:00 and 13:00 to 17:00',
        '  monday, tuesday to thursday and friday',
        '}',
        '',
        'credits for up {',
        '  below 99.90% credit 5% of monthly fee',
        '}',
        '',
        'bonus for phone {',
        '  above 90% bonus EUR 100',
        '}',
        '',
        'scenario "s" {',
        '  outage of Platform from 2026-03-10 02:00 to 2026-03-10 02:45',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('prints every number as written, also the second number of scores, rates and rolling periods', () => {
    const input = [
      'objective q { average CSAT at least 4.20 out of 0.0000001 per 1000000000000000000000 months }',
      'objective e { error rate at most 2 per 1000000000000000000000 tasks per 012 months }',
      'objective n { NPS at least 00.50 }',
    ].join('\n');
    const out = fmt(input);
    expect(out).toContain('  average CSAT at least 4.20 out of 0.0000001 per 1000000000000000000000 months\n');
    expect(out).toContain('  error rate at most 2 per 1000000000000000000000 tasks per 012 months\n');
    expect(out).toContain('  NPS at least 00.50\n');
    expect(parse(out).diagnostics).toEqual([]);
    expect(stripRanges(parse(out).document)).toEqual(stripRanges(parse(input).document));
  });

  it('re-escapes strings so that they read back to the same value', () => {
    const input = 'agreement "Say \\"hi\\"" { provider "C:\\\\temp\\\\x" text en "line one\\nline two\\tend" nl "\\q" }';
    const out = fmt(input);
    expect(out).toBe('agreement "Say \\"hi\\"" {\n  provider "C:\\\\temp\\\\x"\n  text en "line one\\nline two\\tend" nl "q"\n}\n');
    expect(stripRanges(parse(out).document)).toEqual(stripRanges(parse(input).document));
  });

  it('prints texts in source order on one line', () => {
    expect(fmt('priority P1 en "Critical"\n   nl "Kritiek" { text "Acme" en "x"\n nl "y" }')).toBe(
      'priority P1 en "Critical" nl "Kritiek" {\n  text "Acme" en "x" nl "y"\n}\n',
    );
  });

  it('reads CRLF line ends and a byte-order mark, and writes LF', () => {
    const out = fmt(
      '\ufeffservice A\r\n\r\n\r\ntargets {\r\n  response P1 within 1 hour // c\r\n\r\n\r\n  response P2 within 2 hours\r\n}\r\n',
    );
    expect(out).toBe('service A\n\ntargets {\n  response P1 within 1 hour // c\n\n  response P2 within 2 hours\n}\n');
  });

  it('formats an empty file as empty and a comments-only file as its comments', () => {
    expect(fmt('')).toBe('');
    expect(fmt('  \n\n \t\n')).toBe('');
    expect(fmt('  // one\n\n\n    // two\n// three')).toBe('// one\n\n// two\n// three\n');
  });
});

describe('format: comments', () => {
  it('keeps an own-line comment before its statement, at the statement indentation', () => {
    expect(fmt('targets {\n// why P1\n        response P1 within 1 hour\n}')).toBe(
      'targets {\n  // why P1\n  response P1 within 1 hour\n}\n',
    );
  });

  it('keeps an end-of-line comment at the end of its statement with one space before it', () => {
    expect(fmt('targets { response P1 within 15 minutes      // why\n response P2 within 1 hour}')).toBe(
      'targets {\n  response P1 within 15 minutes // why\n  response P2 within 1 hour\n}\n',
    );
  });

  it('keeps comments after `{`, before `}`, after `}` and at the end of the file', () => {
    const input = 'targets {   // head\n  response P1 within 1 hour\n\n    // last words\n}    // tail\n// eof 1\n\n\n// eof 2\n';
    expect(fmt(input)).toBe('targets { // head\n  response P1 within 1 hour\n\n  // last words\n} // tail\n// eof 1\n\n// eof 2\n');
  });

  it('keeps comments in an otherwise empty block inside it', () => {
    expect(fmt('service Mail { // to do\n}\npriority P1 {\n  // none yet\n}')).toBe(
      'service Mail { // to do\n}\n\npriority P1 {\n  // none yet\n}\n',
    );
  });

  it('moves a comment inside a statement or a header before it', () => {
    const input = 'tier Gold // the best\n  "Gold" {\n  response P1 // first\n    within // second\n    15 minutes // third\n}\n';
    expect(fmt(input)).toBe('// the best\ntier Gold "Gold" {\n  // first\n  // second\n  response P1 within 15 minutes // third\n}\n');
  });

  it('keeps the blank line before a statement whose inner comments move up', () => {
    const input = 'targets {\n  response P1 within 1 hour\n\n  response P2 // inner\n  within 2 hours\n}\n';
    expect(fmt(input)).toBe('targets {\n  response P1 within 1 hour\n\n  // inner\n  response P2 within 2 hours\n}\n');
  });

  it('keeps comment paragraphs between declarations', () => {
    const input = 'service A\n// ---- Tiers ----\n\n\n// Gold is 24/7\ntier Gold {}\n';
    expect(fmt(input)).toBe('service A\n\n// ---- Tiers ----\n\n// Gold is 24/7\ntier Gold {}\n');
  });

  it('does not mistake `//` inside a string for a comment', () => {
    expect(fmt('agreement "A" { provider "http://acme.example" // real\n}')).toBe(
      'agreement "A" {\n  provider "http://acme.example" // real\n}\n',
    );
  });
});

describe('format: broken input', () => {
  it.each([
    ['a syntax error', 'tier Gold {\n  response P1 within\n}\n'],
    ['an unterminated string', 'agreement "Acme {\n  provider "x"\n}\n'],
    ['an invalid character', 'targets { response P1 within 1 hour § }\n'],
    ['a missing closing brace', '// keep me\n  targets {   response P1 within 1 hour\n'],
  ])('returns a file with %s unchanged, with the parse diagnostics', (_what, input) => {
    const result = format(input);
    expect(result.text).toBe(input);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics).toEqual(parse(input).diagnostics);
  });
});

const files = slaFiles('examples', 'test/fixtures');

describe('format: every example and fixture', () => {
  it('has the all-constructs fixture, which parses without diagnostics', () => {
    expect(parse(fixture('good/all-constructs.sla')).diagnostics).toEqual([]);
    expect(files.map((f) => relative(root, f))).toContain(join('test', 'fixtures', 'good', 'all-constructs.sla'));
  });

  const parseable = files.filter((f) => parse(readFileSync(f, 'utf8')).diagnostics.length === 0);
  it.each(parseable.map((f) => [relative(root, f), f]))('%s: idempotent, same AST, same comments', (_name, path) => {
    const input = readFileSync(path, 'utf8');
    const once = fmt(input);
    expect(fmt(once)).toBe(once);
    expect(parse(once).diagnostics).toEqual([]);
    expect(stripRanges(parse(once).document)).toEqual(stripRanges(parse(input).document));
    expect(commentTexts(once)).toEqual(commentTexts(input));
    expectCanonicalShape(once);
  });

  const broken = files.filter((f) => !parseable.includes(f));
  it.each(broken.map((f) => [relative(root, f), f]))('%s: has syntax errors, so is returned unchanged', (_name, path) => {
    const input = readFileSync(path, 'utf8');
    const result = format(input);
    expect(result.text).toBe(input);
    expect(result.diagnostics.length).toBeGreaterThan(0);
  });
});

describe('format: whitespace does not matter', () => {
  /** Gaps between tokens of all-constructs.sla, and which replacements keep the formatted output. */
  const original = fixture('good/all-constructs.sla');
  const parsed = parse(original);
  const statements = parsed.document.declarations.flatMap(
    (d: Declaration): Array<{ range: Range }> => (d.kind === 'List' ? d.items : d.body),
  );
  const statementStarts = new Set(statements.map((s) => s.range.start.offset));
  const statementEnds = new Set(statements.map((s) => s.range.end.offset));
  const pieces = [
    ...parsed.tokens.map((t) => ({ start: t.startOffset, end: t.startOffset + t.image.length, comment: false })),
    ...parsed.comments.map((c) => ({ start: c.range.start.offset, end: c.range.end.offset, comment: true })),
  ].sort((a, b) => a.start - b.start);

  type Gap = { start: number; end: number; options: string[] };
  const inline = [' ', '  ', '\t', ' \t '];
  const newline = ['\n', '\n    ', ' \r\n\t', '\n  '];
  const blank = ['\n\n', '\n\n\n', '\n  \n  ', '\r\n\r\n', '\n\t\n\n'];
  const gaps: Gap[] = [];
  for (let i = 0; i <= pieces.length; i++) {
    const before = pieces[i - 1];
    const after = pieces[i];
    const start = before?.end ?? 0;
    const end = after?.start ?? original.length;
    const text = original.slice(start, end);
    let options: string[];
    if (before?.comment || after?.comment) {
      // Whether a comment is on its own line, and the blank lines around it, are kept by the formatter.
      options = [text];
    } else if (before && after && statementEnds.has(before.end) && statementStarts.has(after.start)) {
      // Between two statements of a block: a blank line there is a paragraph break and is kept.
      options = /\n[^\S\n]*\n/.test(text) ? blank : [...inline, ...newline];
    } else {
      // Inside a statement, around braces, between declarations: any whitespace at all.
      options = [...inline, ...newline, ...blank, ...(text === '' ? [''] : [])];
    }
    gaps.push({ start, end, options });
  }

  function perturb(choices: number[]): string {
    let out = '';
    gaps.forEach((gap, i) => {
      out += gap.options[choices[i]! % gap.options.length];
      const next = pieces[i];
      if (next) out += original.slice(next.start, next.end);
    });
    return out;
  }

  it('formats any re-spacing of all-constructs.sla to the same text', () => {
    const expected = fmt(original);
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: gaps.length, maxLength: gaps.length }), (choices) => {
        const variant = perturb(choices);
        expect(parse(variant).diagnostics).toEqual([]);
        expect(format(variant)).toEqual({ text: expected, diagnostics: [] });
      }),
      { numRuns: 60 },
    );
  });

  it('perturbs for real: joins lines and adds blank lines', () => {
    const joined = perturb(gaps.map(() => 0));
    expect(joined.split('\n').length).toBeLessThan(original.split('\n').length / 2);
    expect(fmt(joined)).toBe(fmt(original));
  });
});
