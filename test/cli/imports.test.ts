/**
 * `slac check` and `slac build` on a folder and on a contract whose import is broken: every file's
 * diagnostics under its own name, the exit codes, the outputs of each contract. Runs the built CLI
 * (dist/cli/main.js), three times.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'slac-imports-build-'));

function slac(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist/cli/main.js'), ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('slac check and build with imports', () => {
  it('checks a folder: every file, imported ones included, each under its own name', async () => {
    const r = await slac(['check', 'test/fixtures/imports']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--> test/fixtures/imports/network-ola.sla:14:12');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('2 warnings in 4 files');
  });

  it('reports the imported file’s error in that file, and the broken import in the contract', async () => {
    const r = await slac(['check', 'test/fixtures/check/broken-import.sla']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /error\[broken-import\]: 'imports\/broken\.sla' has 2 errors; fix them there first\n\s+--> test\/fixtures\/check\/broken-import\.sla:10:29/,
    );
    expect(r.stdout).toMatch(/error\[invalid-range\]: .*\n\s+--> test\/fixtures\/check\/imports\/broken\.sla:4:20/);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('3 errors in 2 files');
  });

  it('builds each contract of a folder; the shared files have no outputs of their own', async () => {
    const r = await slac(['build', 'test/fixtures/imports', '-o', out]);
    expect(r.stderr.match(/^error/m)).toBeNull();
    expect(r.status).toBe(0);
    const files = readdirSync(out);
    expect(files).toContain('workplace.en.md');
    expect(files).toContain('network-ola.mjs');
    expect(files.some((f) => f.startsWith('definitions') || f.startsWith('calendars'))).toBe(false);
    expect(existsSync(join(out, 'workplace.ast.json'))).toBe(true);
  });
});
