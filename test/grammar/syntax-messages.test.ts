/**
 * Syntax messages (and the checker's near-miss messages) exactly as a person reads them: every
 * fixture in test/fixtures/syntax lists the diagnostics it must give, all of them and nothing
 * else (one diagnostic per mistake), as `// expect line:column code: message` lines, each followed
 * by `// fix: <new text>` when it carries a fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/analyze.js';

const dir = join(import.meta.dirname, '../fixtures/syntax');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.sla'))
  .sort();

interface Expected {
  at: string;
  code: string;
  message: string;
  fix?: string;
}

function expectations(text: string): Expected[] {
  const out: Expected[] = [];
  for (const line of text.split('\n')) {
    const e = /^\/\/ expect (\d+:\d+) ([a-z-]+): (.*)$/.exec(line);
    if (e) out.push({ at: e[1]!, code: e[2]!, message: e[3]! });
    const f = /^\/\/ fix: (.*)$/.exec(line);
    if (f) out[out.length - 1]!.fix = f[1]!;
  }
  return out;
}

describe('syntax messages', () => {
  it('has the fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(18));

  it.each(fixtures)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const actual = analyze(text).diagnostics.map((d): Expected => {
      const e: Expected = { at: `${d.range.start.line}:${d.range.start.column}`, code: d.code, message: d.message };
      if (d.fix) e.fix = d.fix.edits.map((x) => x.newText).join(' | ');
      return e;
    });
    expect(actual).toEqual(expectations(text));
  });

  it('applying each fix removes its diagnostic', () => {
    for (const file of fixtures) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const d of analyze(text).diagnostics) {
        if (!d.fix) continue;
        const edits = [...d.fix.edits].sort((a, b) => b.range.start.offset - a.range.start.offset);
        const fixed = edits.reduce((t, e) => t.slice(0, e.range.start.offset) + e.newText + t.slice(e.range.end.offset), text);
        const left = analyze(fixed).diagnostics.filter((x) => x.code === d.code && x.message === d.message);
        expect(left, `${file}: ${d.message}`).toEqual([]);
      }
    }
  });
});
