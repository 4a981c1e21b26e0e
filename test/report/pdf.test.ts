/**
 * `slac report --format pdf`: with a local Chromium an A4 PDF with pages and the report's text
 * (read back with pdftotext when poppler-utils is installed); without one, exit 2 and a message
 * naming the browser, how to install it and the HTML alternative. The PDF case is skipped, saying
 * so, when no Chromium is installed (`apt-get install -y chromium`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../cli/pdf.js';
import { cases, slac } from './helpers.js';

const managed = cases.find((c) => c.name === 'managed-it')!;
const chromium = findChromium();
if (!chromium) console.warn('test/report/pdf.test.ts: PDF case skipped, no Chromium found (apt-get install -y chromium)');
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));

describe('slac report --format pdf', () => {
  it.skipIf(!chromium)(
    'prints the Dutch report to an A4 PDF with the report text',
    async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'slac-report-pdf-')), 'report.pdf');
      const r = await slac('report', ...managed.args, '--lang', 'nl', '--format', 'pdf', '-o', out);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const pdf = readFileSync(out);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThan(1);
      // A4: 595 × 842 points.
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](?:\.\d+)? 84[12](?:\.\d+)?\s*\]/);
      if (!pdftotext) return console.warn('test/report/pdf.test.ts: text not checked, no pdftotext (apt-get install -y poppler-utils)');
      const text = execFileSync(pdftotext, ['-layout', out, '-'], { encoding: 'utf8' });
      expect(text).toContain('Servicerapportage maart 2026');
      expect(text).toContain('Beschikbaarheid infrastructuur');
      expect(text).toContain('Voorstel creditnota');
      // The page numbers of the print CSS (`1 / 6`; pdftotext drops the spaces).
      expect(text).toMatch(/\b1 ?\/ ?\d+\b/);
    },
    60_000,
  );

  it('without Chromium exits 2 naming the browser, how to install it and the HTML alternative', async () => {
    const before = process.env.SLAC_CHROMIUM;
    process.env.SLAC_CHROMIUM = '/nonexistent/chromium';
    try {
      const r = await slac('report', ...managed.args, '--format', 'pdf', '-o', join(tmpdir(), 'never.pdf'));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('no Chromium was found (looked for SLAC_CHROMIUM=/nonexistent/chromium)');
      expect(r.stderr).toContain('apt-get install -y chromium');
      expect(r.stderr).toContain('--format html -o report.html');
      expect(r.stderr).toContain('scripts/report-pdf.sh');
    } finally {
      if (before === undefined) delete process.env.SLAC_CHROMIUM;
      else process.env.SLAC_CHROMIUM = before;
    }
  });
});
