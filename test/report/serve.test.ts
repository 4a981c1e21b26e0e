/**
 * `slac serve` over a real socket on 127.0.0.1: the page answers with the at-risk list on top, a new
 * data file changes the page, a bad data file and a broken contract show their messages on the
 * page while the server keeps running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './helpers.js';

describe('slac serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slac-serve-'));
  const data = join(dir, 'data');
  const sla = join(dir, 'contract.sla');
  let server: ChildProcess;
  let url = '';

  beforeAll(async () => {
    copyFileSync(join(root, 'examples/managed-it.sla'), sla);
    mkdirSync(data);
    copyFileSync(join(root, 'examples/data/managed-it/tickets.ndjson'), join(data, 'tickets.ndjson'));
    server = spawn(
      process.execPath,
      [
        join(root, 'dist/cli/main.js'),
        'serve',
        sla,
        '--data',
        data,
        '--port',
        '0',
        '--period',
        '2026-03',
        '--now',
        '2026-03-20T12:00:00+01:00',
        '--lang',
        'en',
      ],
      { cwd: root },
    );
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout!.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (m) resolve(m[0]);
      });
      server.on('exit', (code) => reject(new Error(`slac serve exited ${code}: ${out}`)));
    });
  }, 30_000);

  afterAll(() => {
    server?.kill('SIGTERM');
  });

  /** The page, once it satisfies `until` (the watcher needs a moment after a change). */
  async function page(until: (html: string) => boolean = () => true): Promise<{ status: number; html: string }> {
    for (let i = 0; i < 50; i++) {
      const r = await fetch(url);
      const html = await r.text();
      if (until(html)) return { status: r.status, html };
      await new Promise((done) => setTimeout(done, 200));
    }
    throw new Error('the page did not change');
  }

  it('answers on 127.0.0.1 with the report, the at-risk list first', async () => {
    const { status, html } = await page();
    expect(status).toBe(200);
    expect(html.indexOf('<h2>At risk now</h2>')).toBeGreaterThan(0);
    expect(html.indexOf('<h2>At risk now</h2>')).toBeLessThan(html.indexOf('<h2>Summary</h2>'));
    expect(html).not.toContain('outages.csv');
    expect((await fetch(`${url}other`)).status).toBe(404);
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
  }, 30_000);

  it('follows the data folder: a new file changes the page, a bad file shows its errors', async () => {
    copyFileSync(join(root, 'examples/data/managed-it/outages.csv'), join(data, 'outages.csv'));
    const added = await page((h) => h.includes('outages.csv'));
    expect(added.status).toBe(200);
    expect(added.html).toContain('Infrastructure availability');
    writeFileSync(join(data, 'measurements.ndjson'), '{"objective": "uptime", "broken\n');
    const bad = await page((h) => h.includes('measurements.ndjson'));
    expect(bad.status).toBe(200);
    expect(bad.html).toContain('<h3>Rejected and skipped records</h3>');
    expect(bad.html).toMatch(/measurements\.ndjson<\/td><td class="num">1<\/td>/);
  }, 30_000);

  it('shows the errors of a broken contract on the page and keeps running', async () => {
    const text = readFileSync(sla, 'utf8');
    writeFileSync(sla, `${text}\nobjective broken {\n`);
    const broken = await page((h) => h.includes('cannot be made'));
    expect(broken.status).toBe(500);
    expect(broken.html).toMatch(/contract\.sla:\d+/);
    writeFileSync(sla, text);
    expect((await page((h) => h.includes('<h2>Summary</h2>'))).status).toBe(200);
  }, 30_000);
});
