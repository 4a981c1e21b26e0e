// The start-up snapshot of `slac check` for the Node that runs this script:
// dist/bin/snapshot.cjs (bundled by scripts/bundle.mjs from cli/snapshot.ts) →
// dist/bin/check-<version>-<arch>.blob, which cli/bin.ts restores. A snapshot only fits the exact
// Node binary that built it, hence the name; without one, `slac check` runs unsnapshotted.
// Run by `npm run build` and, in an installed package, by `postinstall` (scripts/prepare.mjs).
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function buildSnapshot(bin) {
  for (const f of readdirSync(bin)) if (/^check-.*\.blob$/.test(f)) rmSync(join(bin, f));
  const blob = join(bin, `check-${process.version}-${process.arch}.blob`);
  const r = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', join(bin, 'snapshot.cjs')], {
    encoding: 'utf8',
  });
  // A Node that cannot build snapshots still has a working (slower) `slac check`.
  if (r.status !== 0) console.warn(`slac: no start-up snapshot (${(r.stderr || r.error?.message || '').trim().split('\n')[0]})`);
  return r.status === 0 ? blob : null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildSnapshot(join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'bin'));
