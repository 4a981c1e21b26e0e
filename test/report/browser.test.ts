/**
 * The HTML reports in a real headless Chromium (the Debian package `chromium`, driven by
 * puppeteer-core): no console errors or failed requests, every chart present with drawn marks,
 * and a screenshot per example in out/report-shots/ to look at. Skipped, saying so, when no
 * Chromium is installed (`apt-get install -y chromium`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findChromium } from '../../cli/pdf.js';
import { cases, report, root } from './helpers.js';

// The browser `slac report --format pdf` uses.
const chromium = findChromium();
if (!chromium) console.warn('test/report/browser.test.ts: skipped, no Chromium found (apt-get install -y chromium)');

describe.skipIf(!chromium)('HTML reports in headless Chromium', () => {
  let browser: Browser;
  const shots = join(root, 'out', 'report-shots');
  beforeAll(async () => {
    browser = await puppeteer.launch({ executablePath: chromium!, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    mkdirSync(shots, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    for (const lang of ['nl', 'en'] as const) {
      it(`${lang}: renders without errors, with non-empty charts`, async () => {
        const file = join(shots, `${name}.${lang}.html`);
        writeFileSync(file, await report(c, lang, 'html'));
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`);
        });
        page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
        page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        await page.setViewport({ width: 900, height: 1200 });
        await page.goto(`file://${file}`, { waitUntil: 'load' });
        const charts = await page.$$eval('figure.chart svg', (svgs) =>
          svgs.map((svg) => {
            const box = svg.getBoundingClientRect();
            return { width: box.width, height: box.height, marks: svg.querySelectorAll('path, rect, line, circle').length };
          }),
        );
        await page.screenshot({ path: join(shots, `${name}.${lang}.png`), fullPage: true });
        await page.close();
        expect(problems).toEqual([]);
        expect(requests).toEqual([`file://${file}`]);
        expect(charts.length).toBeGreaterThan(0);
        for (const chart of charts) {
          expect(chart.width).toBeGreaterThan(100);
          expect(chart.height).toBeGreaterThan(30);
          expect(chart.marks).toBeGreaterThan(3);
        }
      }, 60_000);
    }
  });
});
