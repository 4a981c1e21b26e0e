// npm's `prepare`: after `npm install` in a checkout of the repository (and before `npm pack`),
// build dist/. An installed package has no sources, no tsconfig.json and no TypeScript: it is
// built already, so there it does nothing, and installing slac never needs a compiler.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (existsSync(join(root, 'tsconfig.json'))) {
  const npm = process.env['npm_execpath'];
  const r = npm
    ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: true });
  process.exitCode = r.status ?? 1;
}
