/** Rendering diagnostics as rustc-style text and as JSON, in process. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Range } from '../../grammar/ast.js';
import { analyze } from '../../compiler/analyze.js';
import { diagnostic } from '../../diagnostics/index.js';
import { renderDiagnostic, renderDiagnostics, summaryLine, toJsonDiagnostic } from '../../compiler/render-diagnostics.js';

/** A range from 1-based line/column pairs, offsets computed from the text. */
function rangeIn(text: string, from: [number, number], to: [number, number]): Range {
  const offset = ([line, column]: [number, number]) => {
    const lines = text.split('\n');
    return lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  };
  return {
    start: { line: from[0], column: from[1], offset: offset(from) },
    end: { line: to[0], column: to[1], offset: offset(to) },
  };
}

const source = [
  'calendar office "Office hours" {',
  '  timezone Europe/Amsterdam',
  '}',
  '',
  'tier Gold {',
  '  response P1 within 4 hours on ofice',
  '}',
  '',
].join('\n');

describe('renderDiagnostic (text)', () => {
  it('renders header, location, source line, carets, help and a related note', () => {
    const d = diagnostic('unknown-reference', rangeIn(source, [6, 33], [6, 38]), "unknown calendar 'ofice'", {
      related: [{ message: 'a calendar declared here', range: rangeIn(source, [1, 10], [1, 16]) }],
      fix: { title: "did you mean 'office'?", edits: [{ range: rangeIn(source, [6, 33], [6, 38]), newText: 'office' }] },
    });
    expect(renderDiagnostic(d, 'gold.sla', source)).toBe(
      [
        "error[unknown-reference]: unknown calendar 'ofice'",
        ' --> gold.sla:6:33',
        '  |',
        '6 |   response P1 within 4 hours on ofice',
        '  |                                 ^^^^^',
        '  |',
        "  = help: did you mean 'office'?",
        'note: a calendar declared here --> gold.sla:1:10',
        '  |',
        '1 | calendar office "Office hours" {',
        '  |          ^^^^^^',
      ].join('\n'),
    );
  });

  it('widens the gutter for large line numbers', () => {
    const text = `${'\n'.repeat(119)}service Platform`;
    const d = diagnostic('syntax-error', rangeIn(text, [120, 9], [120, 17]), 'oops');
    const out = renderDiagnostic(d, 'x.sla', text).split('\n');
    expect(out[1]).toBe('   --> x.sla:120:9');
    expect(out[3]).toBe('120 | service Platform');
    expect(out[4]).toBe('    |         ^^^^^^^^');
  });

  it('underlines a multi-line range to the end of its first line', () => {
    const d = diagnostic('missing-clause', rangeIn(source, [5, 1], [7, 2]), 'tier without targets');
    const out = renderDiagnostic(d, 'x.sla', source).split('\n');
    expect(out[3]).toBe('5 | tier Gold {');
    expect(out[4]).toBe('  | ^^^^^^^^^^^');
  });

  it('gives an empty range one caret, also at the end of a line', () => {
    const d = diagnostic('syntax-error', rangeIn(source, [3, 2], [3, 2]), "expected '}'");
    const out = renderDiagnostic(d, 'x.sla', source).split('\n');
    expect(out[3]).toBe('3 | }');
    expect(out[4]).toBe('  |  ^');
  });

  it('survives a range past the end of the text', () => {
    const d = diagnostic(
      'syntax-error',
      { start: { line: 99, column: 50, offset: 9999 }, end: { line: 99, column: 60, offset: 10009 } },
      'late',
    );
    const out = renderDiagnostic(d, 'x.sla', 'a\nb');
    expect(out).toContain('--> x.sla:99:50');
    expect(out).toMatch(/\^/);
  });

  it('expands tabs so carets line up, and drops the CR of CRLF lines', () => {
    const text = 'service\tPlatform "x"\r\nservice Mail\r\n';
    const d = diagnostic('syntax-error', rangeIn(text, [1, 9], [1, 17]), 'tabbed');
    const out = renderDiagnostic(d, 'x.sla', text).split('\n');
    expect(out[3]).toBe('1 | service    Platform "x"');
    expect(out[4]).toBe('  |            ^^^^^^^^');
    expect(out.join('\n')).not.toContain('\r');
  });

  it('cuts a long line around the caret, rustc-style, so output stays bounded', () => {
    const text = `${'a '.repeat(3000)}@@ ${'b '.repeat(3000)}`;
    const d = diagnostic('invalid-character', rangeIn(text, [1, 6001], [1, 6003]), "unexpected characters '@@'");
    const out = renderDiagnostic(d, 'x.sla', text).split('\n');
    expect(out[3]).toBe(`1 | ...${'a '.repeat(20)}@@ ${'b '.repeat(38)}b...`);
    expect(out[4]).toBe(`  | ${' '.repeat(43)}^^`);
    expect(out.every((l) => l.length < 140)).toBe(true);
    // A caret near the start keeps the start and cuts the end only.
    const early = renderDiagnostic(diagnostic('syntax-error', rangeIn(text, [1, 3], [1, 4]), 'x'), 'x.sla', text).split('\n');
    expect(early[3]).toBe(`1 | ${'a '.repeat(60)}...`);
    expect(early[4]).toBe('  |   ^');
  });

  it('5,000 invalid characters on a 10 KB line render in bounded space', () => {
    const text = '@ '.repeat(5000);
    const ds = Array.from({ length: 5000 }, (_, i) =>
      diagnostic('invalid-character', rangeIn(text, [1, 2 * i + 1], [1, 2 * i + 2]), "unexpected character '@'"),
    );
    expect(renderDiagnostics(ds, 'x.sla', text).length).toBeLessThan(5000 * 400);
  });

  it('a lone CR ends a line, as in the parser', () => {
    const text = 'service A\r}\r';
    const out = renderDiagnostic(diagnostic('syntax-error', rangeIn(text.replace(/\r/g, '\n'), [2, 1], [2, 2]), 'x'), 'x.sla', text).split(
      '\n',
    );
    expect(out.slice(1, 5)).toEqual([' --> x.sla:2:1', '  |', '2 | }', '  | ^']);
  });

  it('uses colours only when asked', () => {
    const d = diagnostic('syntax-error', rangeIn(source, [1, 1], [1, 9]), 'oops');
    expect(renderDiagnostic(d, 'x.sla', source)).not.toContain('\u001b[');
    expect(renderDiagnostic(d, 'x.sla', source, { color: true })).toContain('\u001b[');
  });

  it('labels warnings as warnings', () => {
    const d = diagnostic('missing-translation', rangeIn(source, [1, 17], [1, 31]), 'no nl text');
    expect(renderDiagnostic(d, 'x.sla', source).split('\n')[0]).toBe('warning[missing-translation]: no nl text');
  });

  it('separates diagnostics by blank lines and renders nothing for none', () => {
    const a = diagnostic('syntax-error', rangeIn(source, [1, 1], [1, 9]), 'a');
    const b = diagnostic('syntax-error', rangeIn(source, [5, 1], [5, 5]), 'b');
    expect(renderDiagnostics([], 'x.sla', source)).toBe('');
    const out = renderDiagnostics([a, b], 'x.sla', source);
    expect(out.endsWith('\n\n')).toBe(true);
    expect(out.split('\n\n').filter(Boolean)).toHaveLength(2);
  });

  it('renders whatever the front end reports on arbitrary input, without throwing', () => {
    const pieces = [
      'calendar',
      'office',
      '{',
      '}',
      '"x',
      '"text"',
      'tier',
      'Gold',
      'response',
      'P1',
      'within',
      '4',
      'hours',
      'on',
      '99.9%',
      'EUR',
      '12500',
      '\n',
      '\t',
      ' ',
      '§',
      '\r\n',
      '2026-01-01',
      '08:00',
      'to',
      'objective',
      'availability',
      'of',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (words) => {
        const text = words.join(' ');
        const { diagnostics } = analyze(text);
        const out = renderDiagnostics(diagnostics, 'f.sla', text);
        expect(out.match(/^ *--> f\.sla:\d+:\d+$/gm)?.length ?? 0).toBe(diagnostics.length);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});

describe('toJsonDiagnostic', () => {
  it('has exactly the documented keys, with fix null when there is none', () => {
    const d = diagnostic('syntax-error', rangeIn(source, [1, 1], [1, 9]), 'oops');
    const j = toJsonDiagnostic(d, 'x.sla');
    expect(Object.keys(j)).toEqual(['file', 'code', 'severity', 'message', 'range', 'related', 'fix']);
    expect(j).toMatchObject({ file: 'x.sla', code: 'syntax-error', severity: 'error', related: [], fix: null });
  });
});

describe('summaryLine', () => {
  it.each([
    [0, 0, 1, 'no problems in 1 file'],
    [0, 0, 3, 'no problems in 3 files'],
    [1, 0, 1, '1 error in 1 file'],
    [2, 1, 3, '2 errors, 1 warning in 3 files'],
    [0, 2, 2, '2 warnings in 2 files'],
  ])('%i errors, %i warnings, %i files → %s', (e, w, f, expected) => {
    expect(summaryLine(e, w, f)).toBe(expected);
  });
});
