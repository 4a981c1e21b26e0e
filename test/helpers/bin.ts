/**
 * The command line as it is published: package.json `bin` (the esbuild bundle, dist/bin/slac.mjs).
 * `npm test` builds it first; a test file run on its own bundles it once when it is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: { slac: string } };
export const slacBin = join(root, pkg.bin.slac);

export function ensureBundled(): void {
  if (existsSync(slacBin)) return;
  const r = spawnSync(process.execPath, [join(root, 'scripts/bundle.mjs')], { cwd: root, encoding: 'utf8' });
  if (!existsSync(slacBin)) throw new Error(`could not bundle the CLI:\n${r.stdout}${r.stderr}`);
}
