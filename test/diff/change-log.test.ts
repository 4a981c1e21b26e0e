/**
 * The change-log annex: `slac render --changes-since <earlier.sla>` lists the change list of
 * `slac diff` (same sentences, same places) as the document's last annex, in both languages and
 * in Word too; an earlier version with errors is reported, not ignored.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../dist/cli/main.js';
import { analyze } from '../../dist/compiler/analyze.js';
import { describeChange, diffContracts } from '../../dist/compiler/diff/index.js';
import { root } from '../helpers/bin.js';

const earlier = join(root, 'examples/managed-it.sla');
const later = join(root, 'test/fixtures/redline/managed-it-1.4.sla');

async function slac(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    colorStdout: false,
    colorStderr: false,
  });
  return { code, stdout, stderr };
}

const model = (file: string) => analyze(readFileSync(file, 'utf8')).model!;

describe('slac render --changes-since', () => {
  it.each(['nl', 'en'] as const)('lists every change of slac diff in the last annex (%s)', async (lang) => {
    const r = await slac(['render', later, '--changes-since', earlier, '--lang', lang]);
    expect(r.code, r.stderr).toBe(0);
    const annex = r.stdout.slice(r.stdout.lastIndexOf('\n## '));
    expect(annex).toMatch(
      lang === 'nl' ? /^\n## Bijlage D Wijzigingen sinds de vorige versie/ : /^\n## Annex D Changes since the previous version/,
    );
    expect(annex).toContain(lang === 'nl' ? 'versie 1.3 van 15 december 2025' : 'version 1.3 of 15 December 2025');
    const changes = diffContracts(model(earlier), model(later));
    expect(changes.length).toBeGreaterThan(5);
    const rows = annex.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    // The head row, then one row per change in the change list's order.
    expect(rows).toHaveLength(changes.length + 1);
    changes.forEach((c, i) => {
      const text = describeChange(c, lang).replace(/[[\]{}|*_`\\]/g, '');
      expect(rows[i + 1]!.replace(/[[\]{}|*_`\\]/g, '')).toContain(text.slice(0, 40));
    });
    expect(annex).toContain(
      lang === 'nl' ? '| 7 | Oplostijd P1 (Vitaal): 4 uur → 2 uur' : '| 7 | Resolution time P1 (Vital): 4 hours → 2 hours',
    );
  });

  it('says so when nothing changed, and a document without the option has no such annex', async () => {
    const same = await slac(['render', earlier, '--changes-since', earlier, '--lang', 'en']);
    expect(same.stdout).toContain('There are no changes in substance.');
    const plain = await slac(['render', earlier, '--lang', 'en']);
    expect(plain.stdout).not.toContain('Changes since the previous version');
  });

  it('reports an earlier version that cannot be read or has errors', async () => {
    const missing = await slac(['render', later, '--changes-since', join(root, 'no-such.sla')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such.sla');
    const broken = await slac(['render', later, '--changes-since', join(root, 'test/cli/fixtures/checker-errors.sla')]);
    expect(broken.code).toBe(1);
    expect(broken.stdout + broken.stderr).toMatch(/checker-errors\.sla:\d+:\d+/);
  });
});
