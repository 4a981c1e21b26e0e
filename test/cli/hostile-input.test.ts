/** `slac check` on the fuzzer's hostile files (issue 8): bounded output, exact counts, no crash. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundled, slacBin } from '../helpers/bin.js';

const tmp = mkdtempSync(join(tmpdir(), 'slac-hostile-'));
beforeAll(ensureBundled);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function check(name: string, text: string) {
  const file = join(tmp, name);
  writeFileSync(file, text);
  const env = { ...process.env, NO_COLOR: '1' };
  const r = spawnSync(process.execPath, [slacBin, 'check', file], { encoding: 'utf8', env, maxBuffer: 1 << 30 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('slac check on hostile input', () => {
  it('40,000 invalid characters: one diagnostic, a short report', () => {
    const r = check('junk.sla', '\\` '.repeat(40000));
    expect(r.status).toBe(1);
    expect(r.stdout.match(/^error\[invalid-character\]/gm)).toHaveLength(1);
    expect(r.stdout.length).toBeLessThan(2000);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 error in 1 file');
  });

  it('5,000 broken lines: no stack overflow, 100 shown, the rest counted', () => {
    const r = check('met.sla', Array.from({ length: 5000 }, (_, k) => `service s${k} met`).join('\n'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout.match(/^error\[syntax-error\]/gm)).toHaveLength(100);
    expect(r.stdout).toMatch(/^error\[too-many-problems\]: 4900 more problems in this file are not shown \(4900 errors\)/m);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('5000 errors in 1 file');
  });

  it('a 10 KB line with 5,000 invalid characters separated by names prints a bounded report', () => {
    const r = check('wide.sla', `service A ${'x @ '.repeat(5000)}`);
    expect(r.status).toBe(1);
    expect(r.stdout.length).toBeLessThan(101 * 600);
  });

  it('a lone CR is a line break in the report', () => {
    const r = check('cr.sla', 'service A\r}\r');
    expect(r.stdout).toContain('cr.sla:2:1\n  |\n2 | }\n  | ^');
  });
});
