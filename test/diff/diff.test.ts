/**
 * `slac diff`: the semantic change list per kind of construct (fixture pairs in
 * test/fixtures/diff/<kind>/, goldens in test/golden/diff/), equal and reordered files, hostile
 * texts, the cost on an example's data, and the exit codes. The command runs in-process (the
 * built dist/cli/main.js) except for one spawned run of the published bin for the exit codes.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../dist/cli/main.js';
import { analyze } from '../../dist/compiler/analyze.js';
import { describeChange, diffContracts } from '../../dist/compiler/diff/index.js';
import { documentHeadings, renderDocument } from '../../dist/compiler/document/index.js';
import { ensureBundled, root, slacBin } from '../helpers/bin.js';

const fixtures = join(root, 'test', 'fixtures', 'diff');
const golden = (name: string) => join(root, 'test', 'golden', 'diff', name);

async function slacDiff(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(['diff', ...args], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    colorStdout: false,
    colorStderr: false,
  });
  return { code, stdout, stderr };
}

const pair = (kind: string) => [join(fixtures, kind, 'old.sla'), join(fixtures, kind, 'new.sla')];
const kinds = readdirSync(fixtures, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !['reordered', 'hostile', 'cost'].includes(d.name))
  .map((d) => d.name);

describe('slac diff: the change list per kind of construct', () => {
  for (const kind of kinds) {
    for (const lang of ['nl', 'en']) {
      it(`${kind} (${lang})`, async () => {
        const r = await slacDiff([...pair(kind), '--lang', lang]);
        expect(r.code).toBe(1);
        await expect(r.stdout).toMatchFileSnapshot(golden(`${kind}.${lang}.txt`));
      });
    }
  }

  it('JSON for tools: a stable shape with typed old and new values', async () => {
    const r = await slacDiff([...pair('target'), '--lang', 'en', '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.format).toBe('slac-diff/1');
    expect(json.equal).toBe(false);
    await expect(r.stdout.replaceAll(root, '<root>/')).toMatchFileSnapshot(golden('target.en.json'));
  });
});

describe('slac diff: what is not a change', () => {
  it('identical files: exit 0 and no output', async () => {
    const file = join(root, 'examples', 'managed-it.sla');
    const r = await slacDiff([file, file]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
  });

  it('a real example with its declarations, lines and lists in another order: no change', async () => {
    const a = join(root, 'examples', 'managed-it.sla');
    const b = join(fixtures, 'reordered', 'new.sla');
    expect(readFileSync(a, 'utf8')).not.toBe(readFileSync(b, 'utf8'));
    const r = await slacDiff([a, b]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('slac diff: library use', () => {
  it('diffContracts and describeChange word each change in both languages, with its article', () => {
    const [a, b] = pair('credit-band').map((f) => analyze(readFileSync(f!, 'utf8')).model!);
    const changes = diffContracts(a!, b!);
    expect(changes.map((c) => [c.kind, c.subject, c.place])).toEqual([
      ['changed', 'credit-band', { kind: 'article', number: '11' }],
      ['changed', 'credit-cap', { kind: 'article', number: '11' }],
    ]);
    expect(describeChange(changes[0]!, 'en')).toBe(
      'Service credits for Availability, below 99%: 10% of the monthly fee (€1,000.00) → 15% of the monthly fee (€1,500.00)',
    );
    expect(describeChange(changes[0]!, 'nl')).toBe(
      'Servicecredits bij Beschikbaarheid, lager dan 99%: 10% van de maandelijkse vergoeding (€\u00a01.000,00) → 15% van de maandelijkse vergoeding (€\u00a01.500,00)',
    );
  });
});

describe('slac diff: article headings', () => {
  it('are the headings the document prints, read from its template without rendering it', () => {
    const model = analyze(readFileSync(join(root, 'examples', 'managed-it.sla'), 'utf8')).model!;
    for (const lang of ['nl', 'en'] as const) {
      const printed = [...renderDocument(model, { lang, format: 'md' }).matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      expect(documentHeadings(model, lang).map((h) => `${h.label} ${h.title}`)).toEqual(printed);
    }
  });
});

describe('slac diff: two different contracts', () => {
  it('every change of every kind of element is worded in both languages and placed, the same each time', () => {
    const load = (name: string) => analyze(readFileSync(join(root, 'examples', `${name}.sla`), 'utf8')).model!;
    const [a, b] = [load('managed-it'), load('servicedesk-nl')];
    const changes = diffContracts(a, b);
    expect(new Set(changes.map((c) => c.subject)).size).toBeGreaterThan(20);
    for (const c of changes) {
      for (const lang of ['nl', 'en'] as const) expect(describeChange(c, lang), c.id).not.toMatch(/undefined|\[object|\bnull\b|^\s*$/);
      expect(c.place, c.id).not.toBeNull();
    }
    expect(JSON.stringify(diffContracts(a, b))).toBe(JSON.stringify(changes));
  });
});

describe('slac diff: hostile texts', () => {
  it('HTML, Markdown and terminal control characters stay inert text', async () => {
    const r = await slacDiff([...pair('hostile'), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('<script>alert(1)</script>');
    const json = await slacDiff([...pair('hostile'), '--format', 'json']);
    expect(json.stdout).not.toContain('\u001b');
    expect(JSON.parse(json.stdout).changes.length).toBeGreaterThan(0);
  });
});

describe('slac diff --data: the cost on the data', () => {
  it('says per objective and in total what the change would have cost, and flags the changes', async () => {
    const data = join(root, 'examples', 'data', 'managed-it');
    const old = join(root, 'examples', 'managed-it.sla');
    const changed = join(fixtures, 'cost', 'new.sla');
    const r = await slacDiff([old, changed, '--lang', 'en', '--data', data]);
    expect(r.code).toBe(1);
    await expect(r.stdout).toMatchFileSnapshot(golden('cost.en.txt'));
    const json = JSON.parse((await slacDiff([old, changed, '--format', 'json', '--data', data])).stdout);
    expect(json.cost.credits.new - json.cost.credits.old).toBe(25000);
    expect(json.changes.filter((c: { outcomeChanged: boolean }) => c.outcomeChanged).map((c: { subject: string }) => c.subject)).toEqual([
      'objective',
      'credit-band',
    ]);
  }, 60_000);
});

describe('slac diff: exit codes of the published command', () => {
  it('1 different, 2 a contract with errors (shown with file:line)', () => {
    ensureBundled();
    const slac = (...args: string[]) =>
      spawnSync(process.execPath, [slacBin, 'diff', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const [a, b] = pair('target');
    const different = slac(a!, b!, '--lang', 'en');
    expect(different.status).toBe(1);
    expect(different.stdout).toContain('Resolution time P1 (Vital): 4 hours → 2 hours');
    const broken = slac(a!, 'test/fixtures/bad/missing-closing-brace.sla');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/missing-closing-brace\.sla:\d+:\d+/);
  }, 60_000);

  it('2 for a file that cannot be read, and for --format html without --render', async () => {
    const [a] = pair('target');
    const missing = await slacDiff([a!, 'no/such/file.sla']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no/such/file.sla');
    expect((await slacDiff([a!, a!, '--format', 'html'])).code).toBe(2);
  });
});
