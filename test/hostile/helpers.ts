/** Hostile variants of the all-constructs fixture, and the built CLI run on them. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const allConstructs = readFileSync(join(root, 'test/fixtures/good/all-constructs.sla'), 'utf8');

/** The fixture with `find` replaced; throws when `find` is not in it, so a test cannot go stale silently. */
export function variant(find: string, replace: string, source = allConstructs): string {
  if (!source.includes(find)) throw new Error(`not in the fixture: ${find}`);
  return source.replace(find, replace);
}

const dir = mkdtempSync(join(tmpdir(), 'slac-hostile-'));
let n = 0;

export function writeSla(text: string): string {
  const file = join(dir, `c${++n}.sla`);
  writeFileSync(file, text);
  return file;
}

export function slac(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), ...args], { encoding: 'utf8', cwd: root, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
