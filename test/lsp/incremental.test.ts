/** The incremental analysis gives what `analyze` gives, on random edits of every example. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../compiler/analyze.js';
import { parse } from '../../grammar/index.js';
import { IncrementalAnalyzer } from '../../lsp/service/incremental.js';
import { stripRanges } from '../helpers/strip-ranges.js';
import { prefixLengths, prefixStep, readSample, sampleFiles } from './helpers.js';

function tokensOf(a: Analysis) {
  return a.tokens.map((t) => [t.image, t.tokenType.name, t.startOffset, t.endOffset, t.startLine, t.startColumn, t.endLine, t.endColumn]);
}

const empty = { line: 1, column: 1, offset: 0 };

function expectSame(incremental: Analysis, text: string): void {
  // Nothing of the incremental state leaks into a parse of other text.
  expect(parse('').document.range).toEqual({ start: empty, end: empty });
  const full = analyze(text);
  expect(incremental.diagnostics).toEqual(full.diagnostics);
  expect(tokensOf(incremental)).toEqual(tokensOf(full));
  expect(incremental.comments).toEqual(full.comments);
  expect(incremental.document.range).toEqual(full.document.range);
  if (full.diagnostics.some((d) => d.code === 'syntax-error' || d.code === 'invalid-character' || d.code === 'unterminated-string')) {
    // Recovery may give a missing name the range of a different neighbour: compare without ranges.
    expect(stripRanges(incremental.document)).toEqual(stripRanges(full.document));
  } else {
    expect(incremental.document).toEqual(full.document);
    expect(incremental.model).toEqual(full.model);
  }
}

const snippets = [
  '}\nscenario "s" {\n',
  '\r',
  '\r\n',
  '}',
  '{',
  '"',
  ' ',
  '\n',
  'calendar x {',
  'priority P9 "x"\n',
  'service ',
  'tier',
  '99.9%',
  '// c\n',
  'xyz',
  '\n\n',
  '@',
  'on always',
  'text en "a"',
];

const edit = (len: number) =>
  fc.record({
    at: fc.integer({ min: 0, max: len }),
    remove: fc.integer({ min: 0, max: 40 }),
    insert: fc.oneof(fc.constantFrom(...snippets), fc.string({ maxLength: 6 })),
  });

describe('incremental analysis', () => {
  it('leaves no state behind: a later parse of other text is not moved', () => {
    // A sequence of edits found by a random search on the source of this test's first version.
    const analyzer = new IncrementalAnalyzer();
    let text = readSample(sampleFiles().find((f) => f.endsWith('managed-it.sla'))!);
    analyzer.analyze(text);
    const edits: Array<[number, number, string]> = [
      [8865, 4, ' '],
      [14049, 6, 'xyz'],
      [10824, 21, '}\nscenario "s" {\n'],
      [5890, 7, '{'],
    ];
    for (const [at, remove, insert] of edits) {
      text = text.slice(0, at) + insert + text.slice(at + remove);
      analyzer.analyze(text);
      expect(parse('').document.range).toEqual({ start: empty, end: empty });
    }
  });

  it.each([
    '}\nscenario "s" {\n  now 2026-03-02 09:00\n}\n',
    '}\nscenario',
    '}}\nservice A "a"\n',
    '@\nscenario "s" { }',
    'service A\n}\nscenario "s" {',
    'service A\r}\rscenario "s" {\r}',
  ])('agrees with the full analysis after an edit to %j', (text) => {
    for (const before of ['', 'service A\n', `${text}x`]) {
      const analyzer = new IncrementalAnalyzer();
      analyzer.analyze(before);
      expectSame(analyzer.analyze(text), text);
    }
  });

  for (const file of sampleFiles()) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    const base = readSample(file);

    it(`${name}: sequences of random edits`, () => {
      fc.assert(
        fc.property(fc.array(edit(base.length), { minLength: 1, maxLength: 6 }), (edits) => {
          const analyzer = new IncrementalAnalyzer();
          let text = base;
          expectSame(analyzer.analyze(text), text);
          for (const e of edits) {
            const at = Math.min(e.at, text.length);
            text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
            expectSame(analyzer.analyze(text), text);
          }
        }),
        { numRuns: 12, seed: 5 },
      );
    });

    const step = prefixStep(file);
    it(`${name}: typing the whole file from the first character (every ${({ 3: 'third', 5: 'fifth', 7: 'seventh', 13: 'thirteenth' } as Record<number, string>)[step] ?? `${step}th`} character and line end; compared at every 199th)`, () => {
      const analyzer = new IncrementalAnalyzer();
      const lengths = prefixLengths(base, step);
      lengths.forEach((n, i) => {
        const result = analyzer.analyze(base.slice(0, n));
        // Every ~199th character: a full analysis to compare with costs as much as the whole file.
        if (i % Math.round(199 / step) === 0 || n === base.length) expectSame(result, base.slice(0, n));
      });
      // One analysis per character of the largest fixture: minutes on a loaded machine, not a timing assertion.
    }, 240_000);

    it(`${name}: typing every line again, one character at a time, at two places`, () => {
      const lines = base.split('\n');
      for (const target of [Math.floor(lines.length / 3), Math.floor((2 * lines.length) / 3)]) {
        const analyzer = new IncrementalAnalyzer();
        const before = lines.slice(0, target).join('\n');
        const after = lines.slice(target + 1).join('\n');
        const line = lines[target]!;
        for (let i = 0; i <= line.length; i += 3) {
          const text = `${before}\n${line.slice(0, i)}\n${after}`;
          expectSame(analyzer.analyze(text), text);
        }
      }
    });
  }
});
