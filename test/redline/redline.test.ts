/**
 * The redline (`slac diff --render`): managed-it version 1.3 against a changed 1.4
 * (test/fixtures/redline/managed-it-1.4.sla). The marks are read back independently of
 * compiler/redline: from the HTML with htmlparser2, from word/document.xml with jszip. Accepting
 * every change must give the new version's document text and rejecting every change the old
 * version's, in HTML and in Word. Golden: test/golden/redline/ (refresh with
 * `npx vitest run test/redline -u`, read the diff before committing).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocument, renderWordDocument } from '../../compiler/document/index.js';
import type { ContractModel } from '../../compiler/model.js';
import { renderRedline } from '../../compiler/redline/index.js';
import { renderRedline as redlineCommand } from '../../cli/commands/diff-render.js';
import { run } from '../../cli/main.js';
import type { CliIo } from '../../cli/io.js';
import { contract, modelOf } from '../document/helpers.js';
import { docxToPdf, pdftotext, soffice } from '../helpers/soffice.js';

const root = join(import.meta.dirname, '..', '..');
const oldFile = join(root, 'examples', 'managed-it.sla');
const newFile = join(root, 'test', 'fixtures', 'redline', 'managed-it-1.4.sla');
const load = (file: string) => modelOf(readFileSync(file, 'utf8'));

let before: ContractModel;
let after: ContractModel;
let html: string;
let docx: Uint8Array;

beforeAll(async () => {
  [before, after] = [load(oldFile), load(newFile)];
  html = (await renderRedline(before, after, 'nl', 'html')).content as string;
  docx = (await renderRedline(before, after, 'nl', 'docx')).content as Uint8Array;
}, 120_000);

// ---------------------------------------------------------------------------------------------
// Reading the marks back

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function mainOf(page: string): Element {
  const find = (nodes: readonly ChildNode[]): Element | undefined => {
    for (const n of nodes) {
      if (n.type !== 'tag') continue;
      if ((n as Element).name === 'main') return n as Element;
      const inner = find((n as Element).children);
      if (inner) return inner;
    }
    return undefined;
  };
  return find(parseDocument(page).children)!;
}

/** Elements a reader sees as apart from their neighbours. */
const BLOCK = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'div', 'section', 'ol', 'ul', 'table', 'tr', 'br']);

/** The text of the HTML's body with one kind of mark dropped (accepting drops `del`, rejecting `ins`), without TOC and legend. */
function htmlText(page: string, drop: 'ins' | 'del' | null): string {
  const walk = (nodes: readonly ChildNode[]): string =>
    nodes
      .map((n) => {
        if (n.type === 'text') return n.data;
        if (n.type !== 'tag') return '';
        const el = n as Element;
        if (el.name === drop || el.name === 'nav' || el.attribs['class'] === 'redline-legend') return '';
        return BLOCK.has(el.name) ? ` ${walk(el.children)} ` : walk(el.children);
      })
      .join('');
  return squash(walk(mainOf(page).children));
}

function htmlMarks(page: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (nodes: readonly ChildNode[]) => {
    for (const n of nodes) {
      if (n.type !== 'tag') continue;
      const el = n as Element;
      if (el.attribs['class'] === 'redline-legend') continue;
      if (el.name === 'ins' || el.name === 'del') {
        out.push([el.name, squash(el.children.map((c) => (c.type === 'text' ? c.data : '')).join(''))]);
      } else walk(el.children);
    }
  };
  walk(mainOf(page).children);
  return out;
}

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

const decodeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

/** The Word text from the title on, as Word shows it after accepting (drop `del`) or rejecting (drop `ins`) every change. */
function wordText(xml: string, drop: 'ins' | 'del' | null): string {
  let body = xml.slice(xml.indexOf('<w:pStyle w:val="Title"/>'));
  if (drop === 'del') body = body.replace(/<w:delText[^>]*>[^<]*<\/w:delText>/g, '');
  if (drop === 'ins') body = body.replace(/<w:ins [^>]*>(?:(?!<\/w:ins>).)*<\/w:ins>/gs, '');
  let text = '';
  for (const m of body.matchAll(/<w:(?:t|delText)(?:\s[^>]*)?>([^<]*)<\/w:(?:t|delText)>|<w:tab\/>|<w:br\/>|<\/w:p>/g))
    text += m[1] !== undefined ? decodeXml(m[1]) : ' ';
  return squash(text);
}

function wordMarks(xml: string): Array<[string, string]> {
  return [...xml.matchAll(/<w:(ins|del) [^>]*>((?:(?!<\/w:\1>).)*)<\/w:\1>/gs)].map((m) => [
    m[1]!,
    squash(decodeXml([...m[2]!.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)</g)].map((t) => t[1]).join(''))),
  ]);
}

// ---------------------------------------------------------------------------------------------

describe('HTML redline', () => {
  it('matches the golden file', async () => {
    await expect(html).toMatchFileSnapshot(join(root, 'test', 'golden', 'redline', 'managed-it.nl.html'));
  });

  it('marks the changed words, the deleted exclusion and the inserted responsibility', () => {
    const marks = htmlMarks(html);
    for (const m of [
      ['del', '650'],
      ['ins', '700'],
      ['del', '4'],
      ['ins', '2'],
      ['del', '10'],
      ['ins', '12'],
      ['del', 'concept'],
      ['ins', 'definitief'],
      ['ins', ', 27 december 2027'],
      ['del', 'Reparaties van apparatuur buiten de garantieperiode; deze worden op basis van nacalculatie uitgevoerd.'],
      ['ins', 'De Afnemer test nieuwe versies van vakapplicaties binnen vijf werkdagen na oplevering.'],
    ])
      expect(marks).toContainEqual(m);
    // Whole blocks carry their mark: the exclusion's list item, the new row of the version table.
    expect(html).toMatch(/<li data-change="del"><del>Reparaties/);
    expect(html).toMatch(/<li data-change="ins"><ins>De Afnemer test/);
    expect(html).toMatch(/<tr data-change="ins"><td><ins>1\.4<\/ins><\/td>/);
    // The P1 Vitaal resolution: only the number changes, "uur" stays unmarked.
    expect(html).toContain('<del>4</del><ins>2</ins> uur');
  });

  it('accepting every change gives the new document, rejecting every change the old one', () => {
    expect(htmlText(html, 'del')).toBe(htmlText(renderDocument(after, { lang: 'nl', format: 'html' }), null));
    expect(htmlText(html, 'ins')).toBe(htmlText(renderDocument(before, { lang: 'nl', format: 'html' }), null));
  });

  it('has a legend on the first page and the print styles of the marks', () => {
    const legend = html.indexOf('class="redline-legend"');
    expect(legend).toBeGreaterThan(0);
    expect(legend).toBeLessThan(html.indexOf('<h1>'));
    expect(html).toContain(
      'Dit is versie 1.4 van 20&nbsp;januari&nbsp;2026 (definitief), met de wijzigingen ten opzichte van versie 1.3 van 15&nbsp;december&nbsp;2025.',
    );
    expect(html).toMatch(/ins \{ text-decoration: underline;/);
    expect(html).toMatch(/del \{ text-decoration: line-through;/);
  });

  it('is byte-identical across runs', async () => {
    expect((await renderRedline(before, after, 'nl', 'html')).content).toBe(html);
  });

  it('English: the same changes in the English document', async () => {
    const en = (await renderRedline(before, after, 'en', 'html')).content as string;
    expect(en).toContain('<del>4</del><ins>2</ins> hours');
    expect(en).toContain('This is version 1.4 of 20&nbsp;January&nbsp;2026 (final)');
    expect(htmlText(en, 'del')).toBe(htmlText(renderDocument(after, { lang: 'en', format: 'html' }), null));
  });
});

describe('DOCX redline', () => {
  it('has Word tracked changes by slac, dated with the new version, with unique ids', async () => {
    const xml = await documentXml(docx);
    const attrs = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)"/g)];
    expect(attrs.length).toBeGreaterThan(20);
    expect(new Set(attrs.map((a) => a[2]))).toEqual(new Set(['slac']));
    expect(new Set(attrs.map((a) => a[3]))).toEqual(new Set(['2026-01-20T00:00:00Z']));
    expect(new Set(attrs.map((a) => a[1])).size).toBe(attrs.length);
    const marks = wordMarks(xml);
    for (const m of [
      ['del', '650'],
      ['ins', '700'],
      ['del', '4'],
      ['ins', '2'],
      ['del', 'Reparaties van apparatuur buiten de garantieperiode; deze worden op basis van nacalculatie uitgevoerd.'],
      ['ins', 'De Afnemer test nieuwe versies van vakapplicaties binnen vijf werkdagen na oplevering.'],
    ])
      expect(marks).toContainEqual(m);
    // The deleted list item's paragraph mark is deleted too (accepting removes the paragraph), the new table row is an inserted row.
    expect(xml).toMatch(
      /<w:rPr><w:del w:id="\d+" w:author="slac" w:date="[^"]+"\/><\/w:rPr><\/w:pPr><w:del [^>]*><w:r><w:delText xml:space="preserve">Reparaties/,
    );
    expect(xml).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:ins w:id="\d+" w:author="slac" w:date="[^"]+"\/>/);
  });

  it('accepting every change gives the new Word document, rejecting every change the old one', async () => {
    const xml = await documentXml(docx);
    expect(wordText(xml, 'del')).toBe(wordText(await documentXml(await renderWordDocument(after, 'nl')), null));
    expect(wordText(xml, 'ins')).toBe(wordText(await documentXml(await renderWordDocument(before, 'nl')), null));
  });

  it('is byte-identical across runs', async () => {
    expect(Buffer.from((await renderRedline(before, after, 'nl', 'docx')).content as Uint8Array)).toEqual(Buffer.from(docx));
  });
});

describe('a deleted clause', () => {
  it('is marked whole, the clause after it renumbered, and no id is given twice', async () => {
    const text = (t: string) => `  text nl "${t}" en "${t}"\n`;
    const a = modelOf(contract('', text('Eerste afspraak over de dienst.') + text('Tweede afspraak over de dienst.')));
    const b = modelOf(contract('', text('Tweede afspraak over de dienst.')));
    const page = (await renderRedline(a, b, 'nl', 'html')).content as string;
    expect(page).toMatch(/<div class="clause" data-change="del"><span class="clause-no"><del>2\.1<\/del><\/span>/);
    const ids = [...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    const xml = await documentXml((await renderRedline(a, b, 'nl', 'docx')).content as Uint8Array);
    expect(wordMarks(xml)).toContainEqual(['del', '2.1']);
    expect(wordText(xml, 'del')).toBe(wordText(await documentXml(await renderWordDocument(b, 'nl')), null));
  });
});

describe('hostile text', () => {
  const hostile = (word: string) =>
    modelOf(contract(`exclusions {\n  text nl "</w:t><w:p><w:r><w:t>${word} <script>alert(1)</script> ]]> <![CDATA[ x & y" en "e"\n}\n`));
  let a: ContractModel;
  let b: ContractModel;
  beforeAll(() => {
    [a, b] = [hostile('oud'), hostile('nieuw')];
    // Control characters never reach a document (the view model is cleaned of them); here they reach the model.
    b.exclusions[0]!.byLang['nl'] += ' \u0007\u0001\u001b end';
  });

  it('stays text in the HTML redline', async () => {
    const page = (await renderRedline(a, b, 'nl', 'html')).content as string;
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<w:');
    expect(page).toContain(
      '&lt;/w:t&gt;&lt;w:p&gt;&lt;w:r&gt;&lt;w:t&gt;<del>oud</del><ins>nieuw</ins> &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &lt;![CDATA[ x &amp; y',
    );
    expect(page).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(htmlMarks(page)).toContainEqual(['ins', 'nieuw']);
  });

  it('stays text in the DOCX redline', async () => {
    const xml = await documentXml((await renderRedline(a, b, 'nl', 'docx')).content as Uint8Array);
    expect(xml).not.toContain('<w:t>nieuw');
    expect(xml).not.toMatch(/<script/);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml.match(/<w:p[ >]/g)?.length).toBe(xml.match(/<\/w:p>/g)?.length);
    expect(wordMarks(xml)).toContainEqual(['del', 'oud']);
    expect(wordMarks(xml)).toContainEqual(['ins', 'nieuw']);
    expect(wordText(xml, 'del')).toContain('</w:t><w:p><w:r><w:t>nieuw <script>alert(1)</script> ]]> <![CDATA[ x & y end');
  });
});

// ---------------------------------------------------------------------------------------------
// The command line, in-process

function bufferIo(): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', colorStdout: false, colorStderr: false } as CliIo & { out: string; err: string };
  io.stdout = (t) => void (io.out += t);
  io.stderr = (t) => void (io.err += t);
  return io;
}

describe('slac diff --render (cli/commands/diff-render.ts)', () => {
  // Small contracts: the command is under test here, not the redline of a long one.
  let dir: string;
  let one: string;
  let two: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'slac-redline-'));
    [one, two] = [join(dir, 'one.sla'), join(dir, 'two.sla')];
    writeFileSync(one, contract('exclusions {\n  text nl "Reparaties buiten de garantie." en "Repairs out of warranty."\n}\n'));
    writeFileSync(two, contract('exclusions {\n  text nl "Reparaties binnen de garantie." en "Repairs in warranty."\n}\n'));
  });

  it('exit 0 and no marks for the same contract, 1 for two versions, 2 for a file that cannot be read', async () => {
    const same = bufferIo();
    expect(await redlineCommand(same, one, one, { lang: 'nl', format: 'html' })).toBe(0);
    expect(htmlMarks(same.out)).toEqual([]);
    const changed = bufferIo();
    expect(await redlineCommand(changed, one, two, { lang: 'nl', format: 'html' })).toBe(1);
    expect(htmlMarks(changed.out)).toEqual([
      ['del', 'buiten'],
      ['ins', 'binnen'],
    ]);
    const written = bufferIo();
    expect(await redlineCommand(written, one, two, { lang: 'en', format: 'docx', output: join(dir, 'r.docx') })).toBe(1);
    expect(written.out).toBe(`wrote ${join(dir, 'r.docx')}\n`);
    expect(wordMarks(await documentXml(readFileSync(join(dir, 'r.docx'))))).toEqual([
      ['del', 'out of'],
      ['ins', 'in'],
    ]);
    const missing = bufferIo();
    expect(await redlineCommand(missing, join(dir, 'nope.sla'), two, { lang: 'nl', format: 'html' })).toBe(2);
    expect(missing.err).toContain('nope.sla');
    const toTerminal = bufferIo();
    expect(await redlineCommand(toTerminal, one, two, { lang: 'nl', format: 'docx' })).toBe(2);
    expect(toTerminal.err).toContain('-o');
  });

  it('a contract with errors is a comparison error (exit 2) reported with file:line', async () => {
    const bad = join(dir, 'bad.sla');
    writeFileSync(bad, readFileSync(two, 'utf8').replace('exclusions {', 'exclusions {\n  nonsense'));
    const io = bufferIo();
    expect(await redlineCommand(io, one, bad, { lang: 'nl', format: 'html' })).toBe(2);
    expect(io.err).toMatch(/bad\.sla:\d+:\d+/);
  });
});

describe('version metadata on the command line', () => {
  let small: string;
  beforeAll(() => {
    small = join(mkdtempSync(join(tmpdir(), 'slac-meta-')), 'small.sla');
    writeFileSync(
      small,
      contract('', '  version "1.3"\n').replace(
        '}\n\ncalendar always',
        '}\n\nrevisions {\n  status draft\n  date 2025-12-15\n}\n\ncalendar always',
      ),
    );
  });

  it('--status, --doc-version and --date replace the source values on the title page and in the footer', async () => {
    const io = bufferIo();
    const args = ['render', small, '--status', 'final', '--doc-version', '2.0', '--date', '2026-12-01'];
    expect(await run([...args, '--format', 'md'], io)).toBe(0);
    expect(io.out).toContain('| Versie | 2.0 van 1 december 2026 (definitief) |');
    const page = bufferIo();
    expect(await run([...args, '--format', 'html', '--lang', 'en'], page), page.err).toBe(0);
    expect(page.out).toMatch(
      /@bottom-left \{ content: "Test agreement \\b7 {2}version 2\.0 \\b7 {2}1\u00a0December\u00a02026 \\b7 {2}final/,
    );
  });

  it('slac build writes its documents with them', async () => {
    const out = mkdtempSync(join(tmpdir(), 'slac-meta-build-'));
    const io = bufferIo();
    expect(await run(['build', small, '-o', out, '--status', 'final', '--doc-version', '2.0'], io), io.err).toBe(0);
    expect(readFileSync(join(out, 'small.nl.md'), 'utf8')).toContain('| Versie | 2.0 van 15 december 2025 (definitief) |');
    expect(readFileSync(join(out, 'small.en.html'), 'utf8')).toContain('version 2.0 \\b7  15\u00a0December\u00a02025 \\b7  final');
  });

  it('the source values stay where no option is given', async () => {
    const io = bufferIo();
    expect(await run(['render', small, '--date', '2026-12-01'], io)).toBe(0);
    expect(io.out).toContain('| Versie | 1.3 van 1 december 2026 (concept) |');
  });

  it('an invalid date, status or version is a usage error (exit 2) naming the option', async () => {
    for (const [args, message] of [
      [['--date', '2026-02-30'], "--date '2026-02-30' is not a date: the calendar has no such day"],
      [['--date', '1-12-2026'], 'write it as YYYY-MM-DD'],
      [['--date', '2026-13-01'], 'the calendar has no such day'],
      [['--status', 'finished'], 'Allowed choices are draft, final'],
      [['--doc-version', ' '], '--doc-version'],
    ] as const) {
      const io = bufferIo();
      expect(await run(['render', small, ...args], io), args.join(' ')).toBe(2);
      expect(io.err).toContain(message);
      expect(io.out).toBe('');
    }
  });

  it('a contract without a version shows its status and date on the title page', async () => {
    const io = bufferIo();
    const dir = mkdtempSync(join(tmpdir(), 'slac-meta-'));
    const file = join(dir, 'c.sla');
    writeFileSync(file, contract(''));
    expect(await run(['render', file, '--status', 'final', '--date', '2026-03-01'], io)).toBe(0);
    expect(io.out).toContain('| Status | definitief van 1 maart 2026 |');
  });
});

describe.skipIf(!soffice)(
  soffice
    ? 'LibreOffice reads the DOCX redline'
    : 'LibreOffice reads the DOCX redline — SKIPPED: soffice not installed (apt-get install libreoffice-writer-nogui poppler-utils)',
  () => {
    it('converts the managed-it redline to PDF, deleted and inserted text in it', { timeout: 180_000 }, () => {
      const dir = mkdtempSync(join(tmpdir(), 'slac-redline-'));
      writeFileSync(join(dir, 'redline.docx'), docx);
      docxToPdf(dir, [join(dir, 'redline.docx')]);
      expect(existsSync(join(dir, 'redline.pdf'))).toBe(true);
      if (!pdftotext) return;
      const text = execFileSync('pdftotext', [join(dir, 'redline.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('Wijzigingsversie');
      expect(text).toContain('De Afnemer test nieuwe versies');
      expect(text).toContain('Reparaties van apparatuur');
    });
  },
);
