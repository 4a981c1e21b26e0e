/**
 * Golden contract documents: every example (and the all-constructs fixture) in both languages and
 * both formats, under test/golden/documents/. Refresh after an intended change with
 *   npx vitest run test/document -u
 * and read the diff (`git diff test/golden/documents`) before committing: it is what a lawyer reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../compiler/document/index.js';
import { modelOf } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');
const sources = [
  ...readdirSync(join(root, 'examples'))
    .filter((f) => f.endsWith('.sla'))
    .sort()
    .map((f) => join(root, 'examples', f)),
  join(root, 'test', 'fixtures', 'good', 'all-constructs.sla'),
];

describe.each(sources.map((file) => [basename(file, '.sla'), file] as const))('%s', (stem, file) => {
  const model = modelOf(readFileSync(file, 'utf8'));
  for (const lang of ['nl', 'en'] as const) {
    for (const format of ['md', 'html'] as const) {
      it(`${lang}.${format} matches the golden file and is byte-identical across runs`, async () => {
        const first = renderDocument(model, { lang, format });
        const second = renderDocument(modelOf(readFileSync(file, 'utf8')), { lang, format });
        expect(second).toBe(first);
        await expect(first).toMatchFileSnapshot(join(root, 'test', 'golden', 'documents', `${stem}.${lang}.${format}`));
      });
    }
  }

  it('numbers articles and clauses the same way in both languages', () => {
    const numbers = (lang: 'nl' | 'en') =>
      [...renderDocument(model, { lang, format: 'md' }).matchAll(/^\*\*(\d+\.\d+)\*\*/gm)].map((m) => m[1]);
    expect(numbers('en')).toEqual(numbers('nl'));
    expect(numbers('nl').length).toBeGreaterThan(16);
  });

  it('keeps the article numbers fixed: 1 to 22, in order', () => {
    for (const lang of ['nl', 'en'] as const) {
      const md = renderDocument(model, { lang, format: 'md' });
      const articles = [...md.matchAll(/^## (?:Artikel|Article) (\d+) /gm)].map((m) => Number(m[1]));
      expect(articles).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    }
  });

  it('HTML is one standalone file without external resources', () => {
    for (const lang of ['nl', 'en'] as const) {
      const html = renderDocument(model, { lang, format: 'html' });
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain('<nav class="toc">');
      expect(html).toContain('@page');
      expect(html).not.toMatch(/<(?:link|script|img|iframe)\b/i);
      expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//i);
      expect(html).not.toMatch(/url\(/i);
      expect(html).not.toMatch(/@import/i);
    }
  });
});
