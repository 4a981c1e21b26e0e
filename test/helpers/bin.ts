/**
 * The command line as it is published: package.json `bin` (the esbuild bundle, dist/bin/slac.mjs),
 * and the standalone runtime beside it (dist/standalone/runtime.js). `npm test` builds both first;
 * a test file run on its own bundles them once when they are missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: { slac: string } };
export const slacBin = join(root, pkg.bin.slac);

export const standaloneRuntime = join(root, 'dist/standalone/runtime.js');

export function ensureBundled(): void {
  if (existsSync(slacBin) && existsSync(standaloneRuntime)) return;
  const r = spawnSync(process.execPath, [join(root, 'scripts/bundle.mjs')], { cwd: root, encoding: 'utf8' });
  if (!existsSync(slacBin) || !existsSync(standaloneRuntime)) throw new Error(`could not bundle the CLI:\n${r.stdout}${r.stderr}`);
}
