import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/analyze.js';
import { slacLexer } from '../../grammar/tokens.js';

const root = join(import.meta.dirname, '../..');
const sources = [
  ...readdirSync(join(root, 'examples'))
    .filter((f) => f.endsWith('.sla'))
    .map((f) => join('examples', f)),
  ...readdirSync(join(root, 'test/fixtures/good'))
    .filter((f) => f.endsWith('.sla'))
    .map((f) => join('test/fixtures/good', f)),
];

describe('every prefix at a token boundary', () => {
  it('has sources to cut', () => expect(sources.length).toBeGreaterThan(0));

  it.each(sources)('%s: parser and checker return diagnostics, never throw', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const ends = [0, ...slacLexer.tokenize(text).tokens.map((t) => (t.endOffset ?? t.startOffset) + 1)];
    let withErrors = 0;
    for (const end of ends) {
      const result = analyze(text.slice(0, end));
      for (const d of result.diagnostics) {
        // Every diagnostic points inside the text it was given.
        expect(d.range.start.offset).toBeGreaterThanOrEqual(0);
        expect(d.range.end.offset).toBeLessThanOrEqual(end + 1);
      }
      if (result.diagnostics.some((d) => d.severity === 'error')) withErrors++;
    }
    // Cutting a contract in the middle of a block must be reported, not silently accepted.
    expect(withErrors).toBeGreaterThan(ends.length / 2);
  });
});
