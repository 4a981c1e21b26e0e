/**
 * The package as users get it: `npm pack`, installed from the tarball into an empty folder
 * outside the repository, then `npx slac …` there. The install needs the dependencies from the
 * npm cache or the registry; when neither can be reached the test is skipped and says so.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundled, root } from '../helpers/bin.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function exec(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  // npm sets these for scripts it runs (npm test); they must not leak into the consumer's npm.
  for (const k of Object.keys(env)) if (k.startsWith('npm_')) delete env[k];
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 300_000 });
}

let tmp: string;
let consumer: string;
let installError: string | null = null;

beforeAll(() => {
  ensureBundled();
  if (!existsSync(join(root, 'dist/compiler/index.js'))) throw new Error('build first: npm run build (the package ships dist/)');
  tmp = mkdtempSync(join(tmpdir(), 'slac-package-'));
  const pack = exec(npm, ['pack', '--ignore-scripts', '--silent', '--pack-destination', tmp], root);
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stdout}${pack.stderr}`);
  const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball:\n${pack.stdout}`);
  consumer = join(tmp, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), '{ "name": "consumer", "private": true }\n');
  const install = exec(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', join(tmp, tarball)], consumer);
  if (install.status !== 0) {
    const out = install.stdout + install.stderr;
    if (/ENOTCACHED|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH/.test(out)) installError = out;
    else throw new Error(`npm install of the tarball failed:\n${out}`);
  }
  copyFileSync(join(root, 'examples/managed-it.sla'), join(consumer, 'managed-it.sla'));
  copyFileSync(join(root, 'test/cli/fixtures/checker-errors.sla'), join(consumer, 'checker-errors.sla'));
}, 320_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('npm pack, install from the tarball into an empty folder, npx slac', () => {
  it('npx slac check works there: a clean contract exits 0, a contract with errors 1', (ctx) => {
    if (installError) {
      console.warn(`skipped: the dependencies of slac are neither in the npm cache nor reachable in the registry:\n${installError}`);
      ctx.skip();
    }
    // postinstall made the start-up snapshot for this Node (scripts/snapshot.mjs).
    expect(readdirSync(join(consumer, 'node_modules/slac/dist/bin'))).toContain(`check-${process.version}-${process.arch}.blob`);
    const clean = exec(npx, ['--no', 'slac', 'check', 'managed-it.sla'], consumer);
    expect(clean.stderr).toBe('');
    expect([clean.status, clean.stdout]).toEqual([0, 'no problems in 1 file\n']);
    const bad = exec(npx, ['--no', 'slac', 'check', 'checker-errors.sla'], consumer);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/--> checker-errors\.sla:\d+:\d+/);
  });

  it('renders documents (the templates ship) and compiles a standalone evaluator that runs', (ctx) => {
    if (installError) ctx.skip();
    const doc = exec(npx, ['--no', 'slac', 'render', 'managed-it.sla', '--lang', 'en'], consumer);
    expect(doc.status, doc.stderr).toBe(0);
    expect(doc.stdout).toMatch(/^# Managed Workplace and Infrastructure Service Level Agreement\n/);
    const compiled = exec(npx, ['--no', 'slac', 'compile', '--standalone', 'managed-it.sla', '-o', 'out'], consumer);
    expect(compiled.status, compiled.stderr).toBe(0);
    const meta = exec(
      process.execPath,
      ['--input-type=module', '-e', "import('./out/managed-it.mjs').then((m) => process.stdout.write(m.metadata.provider))"],
      consumer,
    );
    expect([meta.status, meta.stdout]).toEqual([0, 'Acme IT Services B.V.']);
  });

  it('ships no TypeScript sources, and its prepare script does nothing in an installed package', (ctx) => {
    if (installError) ctx.skip();
    const pkg = join(consumer, 'node_modules', 'slac');
    const files = readdirSync(pkg, { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(files).toContain(join('dist', 'bin', 'slac.mjs'));
    expect(files).toContain(join('dist', 'bin', 'THIRD-PARTY-NOTICES.txt'));
    expect(files.filter((f) => f.endsWith('meta.json'))).toEqual([]);
    const prepare = exec(npm, ['run', 'prepare', '--silent'], pkg);
    expect([prepare.status, prepare.stderr]).toEqual([0, '']);
  });
});
