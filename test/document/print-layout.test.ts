/**
 * The printed contracts, page by page: each example is rendered to HTML by the CLI, printed to A4 PDF by
 * a real headless Chromium, and every page read back with pdftotext (the body only, without the running
 * footer and the initials box). The rules are the ones a lawyer checks before signing:
 * - no page ends with a heading (article, annex or sub-heading) or with a sentence that introduces a
 *   list or table (a colon), except the signature labels;
 * - the signature block is whole on one page and never alone: something of the last article precedes it;
 * - no page but the last is all but empty (a lone table or heading carried over).
 * Skipped, with a message, where Chromium or poppler-utils is not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../../cli/main.js';

const root = join(import.meta.dirname, '..', '..');
const examples = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.sla'))
  .sort();
const missing = ['chromium', 'pdftotext', 'pdfinfo'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
if (missing.length > 0) {
  console.warn(`print-layout: skipped, not installed: ${missing.join(', ')} (apt-get install -y chromium poppler-utils)`);
}

/** A4 at 72 dpi is 595 × 842 pt; the page margins are 24 mm (68 pt) at the top and the bottom. */
const body = ['-x', '0', '-y', '68', '-W', '595', '-H', '706'];
/** Fewer lines than this on a page that is not the last: a carried-over remnant. */
const minLines = 6;

const dir = mkdtempSync(join(tmpdir(), 'slac-print-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function renderHtml(sla: string, lang: string, out: string): Promise<void> {
  let stderr = '';
  const io: CliIo = { stdout: () => undefined, stderr: (t) => void (stderr += t), colorStdout: false, colorStderr: false };
  const status = await run(['render', join(root, 'examples', sla), '--lang', lang, '--format', 'html', '-o', out], io);
  if (status !== 0) throw new Error(`render ${sla} --lang ${lang} failed: ${stderr}`);
}

function printPdf(html: string, pdf: string): void {
  const profile = mkdtempSync(join(dir, 'profile-'));
  execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      `--user-data-dir=${profile}`,
      '--no-pdf-header-footer',
      '--run-all-compositor-stages-before-draw',
      `--print-to-pdf=${pdf}`,
      `file://${html}`,
    ],
    { stdio: 'ignore', timeout: 60_000 },
  );
}

/** Every page's body text as its non-empty lines, whitespace collapsed. */
function pages(pdf: string): string[][] {
  const count = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), ...body, pdf, '-'], { encoding: 'utf8' })
      .split('\n')
      .map(norm)
      .filter((l) => l !== ''),
  );
}

function norm(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

function text(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#x60': '`', '#x3D': '=', nbsp: ' ' };
  return norm(html.replace(/<[^>]*>/g, ' ').replace(/&(#?\w+);/g, (m, e: string) => entities[e] ?? m));
}

describe.skipIf(missing.length > 0)(
  `printed contracts${missing.length > 0 ? ` (skipped: ${missing.join(', ')} not installed)` : ''}`,
  () => {
    for (const sla of examples) {
      for (const lang of ['nl', 'en']) {
        it(`${sla} (${lang}): no heading or lead-in ends a page, the signatures stay with the last article, no near-empty page`, async () => {
          const stem = `${sla.replace(/\.sla$/, '')}.${lang}`;
          const html = join(dir, `${stem}.html`);
          const pdf = join(dir, `${stem}.pdf`);
          await renderHtml(sla, lang, html);
          printPdf(html, pdf);
          const source = readFileSync(html, 'utf8');
          const headings = [...source.matchAll(/<h[23]>([\s\S]*?)<\/h[23]>/g)].map((m) => text(m[1]!));
          const tocTitle = text(/<nav class="toc"><h2>(.*?)<\/h2>/.exec(source)?.[1] ?? '');
          const leadIn = text(/<p class="closing">([\s\S]*?)<\/p>/.exec(source)?.[1] ?? '');
          const signatures = /<table class="signatures">([\s\S]*?)<\/table>/.exec(source)?.[1] ?? '';
          const lastLabel = text([...signatures.matchAll(/<tr><td>(.*?)<\/td>/g)].at(-1)?.[1] ?? '');
          expect(headings.length).toBeGreaterThan(20);
          expect(leadIn).not.toBe('');
          expect(tocTitle).not.toBe('');
          expect(lastLabel).toMatch(/:$/);

          const printed = pages(pdf);
          const faults: string[] = [];
          printed.forEach((lines, i) => {
            const page = `page ${i + 1} of ${printed.length}`;
            const flat = lines.join(' ');
            const last = lines.at(-1) ?? '';
            // On the first page the table of contents lists every heading: there a heading counts when it is there twice.
            const heading = headings.find((h) => flat.endsWith(h) && (!lines.includes(tocTitle) || flat.split(h).length > 2));
            if (heading) faults.push(`${page} ends with the heading "${heading}"`);
            if (last.endsWith(':') && !last.endsWith(lastLabel)) faults.push(`${page} ends with a lead-in: "${last}"`);
            if (i < printed.length - 1 && lines.length < minLines)
              faults.push(`${page} holds only ${lines.length} lines: ${lines.join(' / ')}`);
            const at = lines.findIndex((l) => l.startsWith(leadIn));
            if (at === 0) faults.push(`${page} starts with the signature block: it stands without the end of the last article`);
            if (at >= 0 && !lines.slice(at).some((l) => l.includes(lastLabel)))
              faults.push(`${page}: the signature block runs over the page`);
          });
          expect(printed.filter((lines) => lines.some((l) => l.startsWith(leadIn)))).toHaveLength(1);
          expect(faults).toEqual([]);
        }, 120_000);
      }
    }
  },
);
