/**
 * Contract strings and data ids that try to be markup or terminal control sequences: hovers,
 * Markdown documents and every text output of the CLI show them as inert text.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/analyze.js';
import { renderDocument } from '../../compiler/document/index.js';
import { createLanguageService } from '../../lsp/service/index.js';
import { textDocument } from '../lsp/helpers.js';
import { allConstructs, slac, variant, writeSla } from './helpers.js';

/** Markdown as an editor renders it: HTML allowed, bare URLs and e-mail addresses linked. */
const markdown = new MarkdownIt({ html: true, linkify: true });

const HOSTILE =
  '![x](https://evil.example/t.png) [run](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> www.evil.example a@evil.example';

describe('hover Markdown', () => {
  const text = allConstructs.replace(/"[^"\n]*"/g, (s) => (s.startsWith('"Europe') ? s : `"${HOSTILE}"`));
  const service = createLanguageService();
  const doc = textDocument(text);
  // One position per kind of declaration (on its name or on a clause of it).
  const places: Array<[string, string]> = [
    ['agreement (fee)', '  monthly fee EUR 12500'],
    ['service', 'service Platform'],
    ['calendar', 'calendar office'],
    ['priority', 'priority P1'],
    ['tier', 'tier Gold'],
    ['target', '  response P1 within 30 minutes'],
    ['objective', 'objective uptime'],
    ['credits', '  below 99.9% credit 5% of monthly fee'],
    ['escalation', 'escalation contract'],
    ['exclusion', '  excluding force majeure'],
    ['scenario ticket', '  expect T1'],
  ];

  it.each(places)('%s: no image, link, command URI or HTML survives', (_kind, line) => {
    const at = text.indexOf(line);
    expect(at).toBeGreaterThanOrEqual(0);
    const offset = at + line.length - 2;
    const hover = service.hover(doc, doc.positionAt(offset));
    expect(hover).not.toBeNull();
    const value = (hover!.contents as { value: string }).value;
    const html = markdown.render(value);
    expect(html).not.toMatch(/<img|<a |<script|href=/i);
    // The text itself is still there, for the reader to see.
    if (value.includes('evil')) expect(html).toContain('![x](https://evil.example/t.png)');
  });

  it('shows control and bidi characters in a title visibly', () => {
    const text2 = variant('service Platform "SaaS platform"', 'service Platform "a\u001b[2Jb\u202ec"');
    const doc2 = textDocument(text2);
    const value = (service.hover(doc2, doc2.positionAt(text2.indexOf('service Platform') + 10))!.contents as { value: string }).value;
    expect(value).not.toMatch(/[\u001b\u202e]/);
    expect(markdown.render(value)).toContain('a\\x1b[2Jb\\u202ec');
  });

  it('every kind with a title or wording shows it, escaped', () => {
    const shown = places.filter(([, line]) => {
      const at = text.indexOf(line) + line.length - 2;
      return (service.hover(doc, doc.positionAt(at))!.contents as { value: string }).value.includes('evil');
    });
    expect(shown.map(([kind]) => kind)).toEqual(['service', 'calendar', 'priority', 'tier', 'target', 'objective', 'escalation']);
  });
});

/** The block structure of rendered Markdown: token types and nesting, without the inline text. */
function blocks(md: string): string[] {
  return markdown.parse(md, {}).map((t) => `${t.type}${t.tag}@${t.level}`);
}

describe('Markdown documents keep their structure', () => {
  const texts = [
    '---',
    '***',
    '___',
    '===',
    '- - -',
    '#',
    '# heading',
    '1.',
    '1. item',
    '1) item',
    '>',
    '> quote',
    '|',
    '| a | b |',
    '- item',
    '+ item',
    '    indented code',
    '   ---',
    '```',
    '~~~',
    '<div>',
    'a\\n---',
    'a\\n\\n# h',
    'a\\n    code',
    '\\t---',
    'a  \\nb',
  ];
  // Clause texts in a list, in an article of their own, in a tier, an objective, credits and a scenario.
  const places = [
    'text nl "Niet-geautoriseerde software" en "Unauthorised software"',
    'text nl "De standaardnormen" en "The default targets"',
    'text nl "Gemeten aan de rand van het netwerk van de Dienstverlener" en "Measured at the edge of the Provider\'s network"',
    'text nl "Credits worden verrekend op de volgende factuur." en "Credits are settled on the next invoice."',
    'text nl "Escalatie gebeurt schriftelijk." en "Escalation is in writing."',
    'text nl "Goud rekent 24/7, dus het weekend telt mee." en "Gold counts 24/7, so the weekend counts."',
  ];
  const withTexts = (clause: string) =>
    places.reduce((text, place) => variant(place, `text nl "${clause}" en "${clause}"`, text), allConstructs);
  const benign = analyze(withTexts('plain')).model!;
  for (const lang of ['nl', 'en'] as const) {
    const expected = blocks(renderDocument(benign, { lang, format: 'md' }));
    it.each(texts)(`${lang}: a clause text of %j changes nothing`, (clause) => {
      const a = analyze(withTexts(clause));
      expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(blocks(renderDocument(a.model!, { lang, format: 'md' }))).toEqual(expected);
    });
  }
});

describe('terminal output', () => {
  const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  const hostile = 'x\u001b[2J\u0007\u009b31m\u202eevil';

  it('slac check shows control and bidi characters from the source visibly', () => {
    const file = writeSla(variant('customer "Gemeente Voorbeeld"', `customer "${hostile}"\n  bogus ${hostile}`));
    const r = slac(['check', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(raw);
    expect(r.stdout).toContain('\\x1b');
    expect(r.stdout).toContain('\\u202e');
  });

  it('slac test shows scenario titles and problems visibly', () => {
    const file = writeSla(
      variant('scenario "P1 on a Friday evening is late on Monday"', `scenario "${hostile}"`).replace(
        'expect T1 response met',
        'expect T1 response breached',
      ),
    );
    const r = slac(['test', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('FAIL');
    expect(r.stdout).not.toMatch(raw);
    expect(r.stdout).toContain('x\\x1b[2J\\x07\\x9b31m\\u202eevil');
  });

  it('slac evaluate --format text shows data ids and contract strings visibly', () => {
    const file = writeSla(variant('provider "Acme IT B.V."', `provider "${hostile}"`));
    const data = join(file, '..', 'tickets-hostile.ndjson');
    writeFileSync(
      data,
      `${JSON.stringify({ id: hostile, priority: 'P1', tier: 'Gold', created: '2026-03-02T09:00:00+01:00', resolved: '2026-03-09T09:00:00+01:00' })}\n${JSON.stringify({ id: `${hostile}2`, priority: `P9${hostile}`, created: '2026-03-02T09:00:00+01:00' })}\n`,
    );
    const r = slac(['evaluate', file, '--data', data, '--format', 'text']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('x\\x1b[2J');
    expect(r.stdout).not.toMatch(raw);
    expect(r.stdout).toContain('\\u202eevil');
  });
});
