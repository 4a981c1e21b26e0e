import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../grammar/index.js';
import { compactJson } from '../helpers/compact-json.js';
import { stripRanges } from '../helpers/strip-ranges.js';

const root = join(import.meta.dirname, '../..');
const sources = [
  ...readdirSync(join(root, 'examples'))
    .filter((f) => f.endsWith('.sla'))
    .map((f) => join('examples', f)),
  'test/fixtures/good/all-constructs.sla',
  'test/fixtures/good/lifecycle.sla',
];

// Golden ASTs without ranges, so a reviewer reads the structure (ranges are asserted in test/grammar/ranges.test.ts).
// Refresh with `npx vitest run test/grammar/ast-golden.test.ts -u`, then read the diff.
describe('golden AST', () => {
  it.each(sources)('%s', async (file) => {
    const result = parse(readFileSync(join(root, file), 'utf8'));
    expect(result.diagnostics).toEqual([]);
    const name = file.replace(/^.*\//, '').replace(/\.sla$/, '');
    await expect(`${compactJson(stripRanges(result.document))}\n`).toMatchFileSnapshot(`../golden/ast/${name}.json`);
  });
});
