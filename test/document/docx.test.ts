/**
 * The Word document (`slac render --format docx`): byte-identical across runs, the same text as
 * the HTML article by article, hostile text kept as text, and a real reader (LibreOffice) opens
 * it. The text is read back from word/document.xml with the zip reader docx itself uses, and
 * from the HTML with htmlparser2, independently of compiler/document/docx.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { buildView, renderDocument, renderWordDocument } from '../../compiler/document/index.js';
import { renderDocx } from '../../compiler/document/docx/index.js';
import { contract, modelOf } from './helpers.js';
import { docxToPdf, pdftotext, soffice } from '../helpers/soffice.js';

const root = join(import.meta.dirname, '..', '..');
const examples = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.sla'))
  .sort()
  .map((f) => join(root, 'examples', f));

/** Text split at the article and annex headings: [heading, text up to the next heading][]. */
type Parts = Array<[string, string]>;

/** Whitespace as a reader sees it: where a line breaks is layout (a full stop may follow an aside on its line or the next). */
const squash = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:])/g, '$1')
    .trim();

/** Elements a reader sees as apart from their neighbours. */
const BLOCK = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'div', 'section', 'nav', 'ol', 'ul', 'table', 'tr', 'br']);

function htmlParts(html: string): Parts {
  const parts: Parts = [['', '']];
  const walk = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') parts[parts.length - 1]![1] += node.data;
      if (node.type !== 'tag') continue;
      const el = node as Element;
      if (['head', 'style', 'title'].includes(el.name)) continue;
      const apart = BLOCK.has(el.name) || (el.attribs['class'] ?? '').split(' ').includes('aside');
      if (el.name === 'h2' && (el.parent as Element | null)?.name === 'section') {
        parts.push(['', '']);
        walk(el.children);
        parts[parts.length - 1]![0] = squash(parts[parts.length - 1]![1]);
        continue;
      }
      if (apart) parts[parts.length - 1]![1] += ' ';
      walk(el.children);
      if (apart) parts[parts.length - 1]![1] += ' ';
    }
  };
  walk(parseDocument(html).children);
  return parts.map(([h, t]) => [h, squash(t)]);
}

const decodeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

function docxParts(xml: string): Parts {
  const parts: Parts = [['', '']];
  for (const para of xml.split(/<w:p>|<w:p [^>]*>/).slice(1)) {
    let text = '';
    for (const m of para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g))
      text += m[1] !== undefined ? decodeXml(m[1]) : ' ';
    if (/<w:pStyle w:val="Heading1"\/>/.test(para)) parts.push([squash(text), text]);
    else parts[parts.length - 1]![1] += ` ${text} `;
  }
  return parts.map(([h, t]) => [h, squash(t)]);
}

describe.each(examples.map((file) => [basename(file, '.sla'), file] as const))('%s.docx', (_stem, file) => {
  const model = modelOf(readFileSync(file, 'utf8'));
  for (const lang of ['nl', 'en'] as const) {
    it(`${lang}: byte-identical across runs, a zip without time stamps`, async () => {
      const first = await renderWordDocument(model, lang);
      const second = await renderWordDocument(modelOf(readFileSync(file, 'utf8')), lang);
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      const zip = await JSZip.loadAsync(first);
      for (const entry of Object.values(zip.files)) expect(entry.date.toISOString()).toBe('1980-01-01T00:00:00.000Z');
      expect(await zip.file('docProps/core.xml')!.async('string')).not.toMatch(/dcterms:(created|modified)/);
    });

    it(`${lang}: the same text as the HTML, article by article`, async () => {
      const html = htmlParts(renderDocument(model, { lang, format: 'html' }));
      const docx = docxParts(await documentXml(await renderWordDocument(model, lang)));
      expect(docx.map(([h]) => h)).toEqual(html.map(([h]) => h));
      for (const [i, part] of html.entries()) expect(docx[i], `part ${i}: ${part[0] || 'preamble'}`).toEqual(part);
      // Word's own heading styles carry the articles: the navigation pane and a Word TOC list them.
      expect(html.length).toBeGreaterThan(20);
    });
  }
});

describe('docx structure', () => {
  const model = modelOf(readFileSync(join(root, 'examples', 'managed-it.sla'), 'utf8'));

  it('repeats table header rows, numbers the lettered lists, starts annexes on a new page, has an A4 page with the print margins', async () => {
    const xml = await documentXml(await renderWordDocument(model, 'nl'));
    expect(xml).toMatch(/<w:tblHeader\/>/);
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(3);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1361" w:right="1134" w:bottom="1361" w:left="1361"/);
  });

  it('links every TOC entry to a bookmark on its heading, each bookmark with an id of its own', async () => {
    const xml = await documentXml(await renderWordDocument(model, 'nl'));
    const starts = [...xml.matchAll(/<w:bookmarkStart w:name="([^"]+)" w:id="(\d+)"\/>/g)];
    const ids = starts.map((m) => m[2]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(starts.map((m) => m[1])).toEqual([...Array.from({ length: 22 }, (_, i) => `art-${i + 1}`), 'annex-A', 'annex-B', 'annex-C']);
    for (const id of ids) expect(xml).toContain(`<w:bookmarkEnd w:id="${id}"/>`);
    const anchors = [...xml.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]);
    expect(anchors).toEqual(starts.map((m) => m[1]));
  });

  it('numbers each lettered list with a definition of its own, so no reader counts one list on from another', async () => {
    const zip = await JSZip.loadAsync(await renderWordDocument(model, 'nl'));
    const xml = await zip.file('word/document.xml')!.async('string');
    const numbering = await zip.file('word/numbering.xml')!.async('string');
    const used = new Set([...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(10);
    const abstractOf = new Map(
      [...numbering.matchAll(/<w:num w:numId="(\d+)"[^>]*><w:abstractNumId w:val="(\d+)"\/>/g)].map((m) => [m[1], m[2]]),
    );
    const abstracts = [...used].map((id) => abstractOf.get(id));
    expect(abstracts.every((a) => a !== undefined)).toBe(true);
    expect(new Set(abstracts).size).toBe(used.size);
  });

  it('has the running footer with Word PAGE and NUMPAGES fields and the initials box', async () => {
    const zip = await JSZip.loadAsync(await renderWordDocument(model, 'nl'));
    const footer = await zip.file('word/footer1.xml')!.async('string');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(footer).toContain('Pagina ');
    expect(footer).toContain(' van ');
    expect(footer).toContain(
      'Dienstverleningsovereenkomst Managed Werkplek en Infrastructuur · versie 1.3 · 15 december 2025 · concept · bron ',
    );
    expect(await zip.file('word/header1.xml')!.async('string')).toContain('>Paraaf<');
    const en = await JSZip.loadAsync(await renderWordDocument(model, 'en'));
    expect(await en.file('word/footer1.xml')!.async('string')).toMatch(/Page .*of /);
  });
});

/** A contract whose title and texts try to break out of w:t. */
const hostileTitle = '</w:t><w:p><w:r><w:t>injected\u0007\u0001 & "q" \uffff';
const hostile = modelOf(
  contract('', `  text nl "</w:t></w:r></w:p><w:p><w:r><w:t>p2 ]]> <![CDATA[ x" en "e"\n`).replace(
    '"Testovereenkomst"',
    JSON.stringify(hostileTitle).replace(/\\u0007|\\u0001/g, ''),
  ),
);

describe('hostile text', () => {
  it('stays text: every string is a w:t of its own, escaped, and the XML stays balanced', async () => {
    const bytes = await renderWordDocument(hostile, 'nl');
    const zip = await JSZip.loadAsync(bytes);
    for (const name of ['word/document.xml', 'word/footer1.xml', 'docProps/core.xml']) {
      const xml = await zip.file(name)!.async('string');
      expect(xml, name).not.toContain('<w:t>injected');
      expect(xml, name).not.toContain('<w:t>p2');
      expect(xml.match(/<w:p[ >]/g)?.length ?? 0, name).toBe(xml.match(/<\/w:p>/g)?.length ?? 0);
      expect(xml, name).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uffff]/);
    }
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain(
      '<dc:title>&lt;/w:t&gt;&lt;w:p&gt;&lt;w:r&gt;&lt;w:t&gt;injected &amp; &quot;q&quot; \ufffd</dc:title>',
    );
    const text = docxParts(await documentXml(bytes))
      .map(([, t]) => t)
      .join(' ');
    expect(text).toContain('</w:t><w:p><w:r><w:t>injected & "q" \ufffd');
    expect(text).toContain('</w:t></w:r></w:p><w:p><w:r><w:t>p2 ]]> <![CDATA[ x');
  });

  it('drops control characters that reach the view model (XML 1.0 cannot carry them)', async () => {
    const view = buildView(hostile, 'en');
    view.agreement.title = 'Title\u0007\u0001\u001b end\ufffe';
    const zip = await JSZip.loadAsync(await renderDocx(view, 'en'));
    for (const name of ['word/document.xml', 'word/footer1.xml', 'docProps/core.xml']) {
      const xml = await zip.file(name)!.async('string');
      expect(xml, name).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe]/);
      expect(xml, name).toContain('Title end');
    }
  });
});

describe.skipIf(!soffice)(
  soffice
    ? 'LibreOffice reads the DOCX'
    : 'LibreOffice reads the DOCX — SKIPPED: soffice not installed (apt-get install libreoffice-writer-nogui poppler-utils)',
  () => {
    it('converts managed-it (nl) and the hostile contract to PDF with the articles in it', { timeout: 180_000 }, () => {
      const dir = mkdtempSync(join(tmpdir(), 'slac-docx-'));
      return (async () => {
        writeFileSync(join(dir, 'managed-it.docx'), await renderWordDocument(model(), 'nl'));
        writeFileSync(join(dir, 'hostile.docx'), await renderWordDocument(hostile, 'nl'));
        docxToPdf(dir, [join(dir, 'managed-it.docx'), join(dir, 'hostile.docx')]);
        for (const name of ['managed-it', 'hostile']) expect(existsSync(join(dir, `${name}.pdf`)), `${name}.pdf`).toBe(true);
        if (!pdftotext) return;
        const text = execFileSync('pdftotext', ['-layout', join(dir, 'managed-it.pdf'), '-'], { encoding: 'utf8' });
        expect(text).toContain('Artikel 22');
        expect(text).toContain('Bijlage C');
        expect(text).toMatch(/Pagina 1 van \d\d/);
        expect(execFileSync('pdftotext', [join(dir, 'hostile.pdf'), '-'], { encoding: 'utf8' })).toContain('injected');
      })();
    });
  },
);

function model() {
  return modelOf(readFileSync(join(root, 'examples', 'managed-it.sla'), 'utf8'));
}
