/**
 * No clause is dropped: every text written in a .sla file (wording and titles, in every block) appears
 * in the document of its language. Walks the AST of every example and every fixture that checks
 * without errors, and looks for each text in the rendered HTML with tags removed and entities decoded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/analyze.js';
import { renderDocument } from '../../compiler/document/index.js';
import { forEachNode } from '../../compiler/walk.js';
import type * as A from '../../grammar/ast.js';

const root = join(import.meta.dirname, '..', '..');
const slaFiles = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.sla'))
    .sort()
    .map((f) => join(dir, f));
const sources = [
  ...slaFiles('examples'),
  ...slaFiles('test/fixtures/good'),
  ...slaFiles('test/fixtures/check'),
  ...slaFiles('test/fixtures/format'),
];

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The visible text of an HTML document: tags removed, entities decoded, whitespace normalised. */
function visibleText(html: string): string {
  // Break opportunities and no-wrap spans sit inside words (e-mail addresses, quoted names): they add no space.
  const body = html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<\/?(?:wbr|span)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ');
  const decoded = body
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
  return normalise(decoded.replace(/\u00a0/g, ' '));
}

describe.each(sources)('%s', (file) => {
  const analysis = analyze(readFileSync(join(root, file), 'utf8'));
  const model = analysis.model;
  it.runIf(model !== null)('every text appears in the document of its language', () => {
    const languages = model!.agreement.languages.filter((l): l is 'nl' | 'en' => l === 'nl' || l === 'en');
    const documents = new Map(languages.map((lang) => [lang, visibleText(renderDocument(model!, { lang, format: 'html' }))]));
    const missing: string[] = [];
    forEachNode(analysis.document, (node) => {
      if (node.kind !== 'Text') return;
      for (const part of (node as unknown as A.Text).parts) {
        const langs = part.lang === null ? languages : languages.filter((l) => l === part.lang);
        const wanted = normalise(part.value);
        if (wanted === '') continue;
        for (const lang of langs)
          if (!documents.get(lang)!.includes(wanted)) missing.push(`${lang} line ${part.range.start.line}: ${wanted}`);
      }
    });
    expect(missing).toEqual([]);
  });
});
