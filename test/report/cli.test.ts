/** `slac report` from the outside: CSV tables, usage errors, and hostile text from the contract and the data. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cases, root, slac } from './helpers.js';

const managed = cases.find((c) => c.name === 'managed-it')!;

describe('slac report', () => {
  it('writes one CSV per table with the headers in the report language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slac-report-csv-'));
    const r = await slac('report', ...managed.args, '--lang', 'nl', '--format', 'csv', '-o', dir);
    expect(r.code).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(expect.arrayContaining(['summary.csv', 'settlement.csv', 'totals.csv', 'by-priority.csv', 'data-files.csv']));
    const summary = readFileSync(join(dir, 'summary.csv'), 'utf8').split('\r\n');
    expect(summary[0]).toBe('Doelstelling,Artikel,Gemeten,Norm,Marge,Resultaat');
    // The sign and the number are joined by a no-break space.
    expect(summary[1]).toBe('Beschikbaarheid infrastructuur,art. 9,"98,5227%","≥\u00a099,5%","−0,9773",niet gehaald');
  });

  it('needs a folder for CSV, a known period and a readable contract', async () => {
    const csv = await slac('report', ...managed.args, '--format', 'csv');
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('-o <dir>');
    const period = await slac(
      'report',
      'examples/managed-it.sla',
      '--data',
      'examples/data/managed-it/tickets.ndjson',
      '--period',
      '2026-13',
    );
    expect(period.code).toBe(2);
    expect(period.stderr).toContain("period '2026-13'");
    const missing = await slac('report', 'examples/nope.sla', '--data', 'examples/data/managed-it/tickets.ndjson');
    expect(missing.code).toBe(2);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it('escapes hostile text from the contract and the data in HTML, Markdown and CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slac-report-hostile-'));
    const evil = '=HYPERLINK(\\"x\\") <script>alert(1)</script> *b* | [l](javascript:x)';
    const sla = readFileSync(join(root, 'examples/managed-it.sla'), 'utf8').replace('en "Infrastructure availability"', `en "${evil}"`);
    expect(sla).toContain('<script>');
    writeFileSync(join(dir, 'c.sla'), sla);
    const tickets = readFileSync(join(root, 'examples/data/managed-it/tickets.ndjson'), 'utf8').replace(
      '"MW-1"',
      '"<img src=x onerror=alert(1)>|`x`"',
    );
    writeFileSync(join(dir, 'tickets.ndjson'), tickets);
    const args = [
      join(dir, 'c.sla'),
      '--data',
      join(dir, 'tickets.ndjson'),
      join(root, 'examples/data/managed-it/outages.csv'),
      '--period',
      '2026-03',
      '--lang',
      'en',
    ];
    const html = await slac('report', ...args, '--format', 'html');
    expect(html.code).toBe(0);
    expect(html.stdout).not.toMatch(/<script|<img|javascript:x\)"/);
    expect(html.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.stdout).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    const md = await slac('report', ...args, '--format', 'md');
    expect(md.stdout).toContain('\\<script\\>alert(1)\\</script\\> \\*b\\* \\| \\[l\\](javascript:x)');
    expect(md.stdout).toContain('### \\<img src=x onerror=alert(1)\\>\\|\\`x\\` (');
    const out = join(dir, 'csv');
    expect((await slac('report', ...args, '--format', 'csv', '-o', out)).code).toBe(0);
    const row = readFileSync(join(out, 'summary.csv'), 'utf8').split('\r\n')[1];
    expect(row?.startsWith(`"'=HYPERLINK(""x"") <script>`)).toBe(true);
  });
});
