/**
 * Golden service reports: every example's sample data in both languages and both formats, under
 * test/golden/reports/. Refresh after an intended change with `npx vitest run test/report -u` and
 * read the diff before committing: it is what a service manager reads.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cases, report, root } from './helpers.js';

describe.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
  for (const lang of ['nl', 'en'] as const) {
    for (const format of ['md', 'html'] as const) {
      it(`${lang}.${format} matches the golden file and is byte-identical across runs`, async () => {
        const first = await report(c, lang, format);
        const second = await report(c, lang, format);
        expect(second).toBe(first);
        // Every runtime message in the examples' data has a code, worded in the report's language.
        if (lang === 'nl') expect(first).not.toContain('nog alleen in het Engels');
        await expect(first).toMatchFileSnapshot(join(root, 'test', 'golden', 'reports', `${name}.${lang}.${format}`));
      }, 60_000);
    }
  }

  it('HTML has no scripts, no external resources and no duplicate ids', async () => {
    const html = await report(c, 'en', 'html');
    expect(html).not.toMatch(/<script|javascript:|<link|<img|<iframe|@import|url\((?!#)/i);
    expect(html).not.toMatch(/(src|href)="(?!#)/i);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  }, 60_000);
});
