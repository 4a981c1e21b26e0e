// npm's `prepare` and `postinstall`. In a checkout of the repository, `prepare` (after
// `npm install`, and before `npm pack`) builds dist/. An installed package has no sources, no
// tsconfig.json and no TypeScript: it is built already, and `postinstall` only makes the start-up
// snapshot of `slac check` for the Node it was installed with (scripts/snapshot.mjs), so
// installing slac never needs a compiler.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSnapshot } from './snapshot.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const event = process.env['npm_lifecycle_event'];
if (existsSync(join(root, 'tsconfig.json'))) {
  if (event !== 'postinstall') {
    const npm = process.env['npm_execpath'];
    const r = npm
      ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' })
      : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: true });
    process.exitCode = r.status ?? 1;
  }
} else if (event === 'postinstall') buildSnapshot(join(root, 'dist', 'bin'));
