import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Position, Range } from '../../grammar/ast.js';
import { parse } from '../../grammar/index.js';
import { forEachNode } from '../../compiler/walk.js';

const root = join(import.meta.dirname, '../..');
const sources = [
  ...readdirSync(join(root, 'examples'))
    .filter((f) => f.endsWith('.sla'))
    .map((f) => join('examples', f)),
  'test/fixtures/good/all-constructs.sla',
];

function offsetOf(text: string, p: Position): number {
  const lines = text.split('\n');
  return lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;
}

describe('source ranges', () => {
  it.each(sources)('%s: every node has a range that matches its text', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const { document } = parse(text);
    let count = 0;
    forEachNode(document, (node, parent) => {
      const r = node.range as Range;
      expect(r, node.kind).toBeDefined();
      // line/column agree with the offset, for both ends
      expect(offsetOf(text, r.start)).toBe(r.start.offset);
      expect(offsetOf(text, r.end)).toBe(r.end.offset);
      if (parent) {
        const pr = parent.range as Range;
        expect(r.start.offset).toBeGreaterThanOrEqual(pr.start.offset);
        expect(r.end.offset).toBeLessThanOrEqual(pr.end.offset);
      }
      const slice = text.slice(r.start.offset, r.end.offset);
      if (node.kind === 'Ident') expect(slice).toBe(node['name']);
      if (node.kind === 'Date' || node.kind === 'Time') expect(slice).toBe(node['value']);
      if (node.kind === 'Percentage') expect(slice).toBe(node['raw']);
      if (node.kind === 'String') expect(JSON.parse(slice.replace(/\\(?!["\\nt])/g, ''))).toBe(node['value']);
      count++;
    });
    expect(count).toBeGreaterThan(500);
  });

  it('points a statement at its first and last token', () => {
    const text = 'calendar office {\n  timezone Europe/Amsterdam\n  monday to friday 08:00 to 18:00\n}\n';
    const cal = parse(text).document.declarations[0]!;
    expect(cal.kind).toBe('Calendar');
    if (cal.kind !== 'Calendar') return;
    const hours = cal.body[1]!;
    expect(hours.range.start).toEqual({ line: 3, column: 3, offset: 48 });
    expect(hours.range.end).toEqual({ line: 3, column: 34, offset: 79 });
    expect(text.slice(hours.range.start.offset, hours.range.end.offset)).toBe('monday to friday 08:00 to 18:00');
  });
});
