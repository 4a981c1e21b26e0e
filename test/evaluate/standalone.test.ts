/**
 * `slac compile --standalone`: the module carries the runtime, so plain Node imports it from a
 * folder outside the repository where no `slac` can be resolved, and it reports exactly what
 * `slac evaluate` reports on the same data files (records fed with the same sources).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatOfPath, kindOfPath, readRecords } from '../../runtime/data/read.js';
import { ensureBundled } from '../helpers/bin.js';
import { exampleDataFiles, examples, root, slac } from './helpers.js';

/** Every record of an example's data files, with the source `slac evaluate` gives it. */
async function recordsOf(
  name: string,
): Promise<Array<{ path: string; format: string | null; kind: string; records: Array<{ value: unknown; source: unknown }> }>> {
  const files = [];
  for (const path of exampleDataFiles(name)) {
    const kind = kindOfPath(path)!;
    const records = [];
    let index = 0;
    for await (const item of readRecords([readFileSync(join(root, path))], formatOfPath(path)!, kind)) {
      if (!item.ok) throw new Error(`${path}:${item.line}: ${item.message} (example data must be clean)`);
      records.push({ value: item.value, source: { file: path, line: item.line, index: index++ } });
    }
    files.push({ path, format: formatOfPath(path), kind, records });
  }
  return files;
}

// Runs in the temporary folder with plain Node: imports each module, feeds it the records.
const script = `
import { readFileSync } from 'node:fs';
const { examples, options } = JSON.parse(readFileSync('input.json', 'utf8'));
const reports = {};
for (const [name, files] of Object.entries(examples)) {
  const m = await import('./' + name + '.mjs');
  reports[name] = options.map((o) => {
    const ev = m.createEvaluation(o);
    for (const f of files) {
      ev.supply(f.kind);
      ev.beginInput(f.path, f.kind, f.format);
      for (const r of f.records) ev.addRecord(f.kind, r.value, r.source);
      ev.endInput();
    }
    return JSON.stringify(ev.finish(), null, 2) + '\\n';
  });
}
process.stdout.write(JSON.stringify(reports));
`;

let tmp: string;
beforeAll(() => {
  ensureBundled();
  tmp = mkdtempSync(join(tmpdir(), 'slac-standalone-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('slac compile --standalone', () => {
  it('writes a module that plain Node imports outside the repository and that reports as slac evaluate does', async () => {
    expect(
      () => createRequire(join(tmp, 'x.mjs')).resolve('slac/runtime'),
      'slac must not be resolvable from the temporary folder',
    ).toThrow();
    const options: Array<[string[], { period?: string }]> = [
      [[], {}],
      [['--period', '2026-03'], { period: '2026-03' }],
    ];
    const input: { examples: Record<string, unknown>; options: Array<{ period?: string }> } = {
      examples: {},
      options: options.map(([, o]) => o),
    };
    const expected: Record<string, string[]> = {};
    for (const name of examples) {
      const r = await slac('compile', '--standalone', `examples/${name}.sla`, '-o', tmp);
      expect(r.code, r.stderr).toBe(0);
      input.examples[name] = await recordsOf(name);
      expected[name] = [];
      for (const [args] of options) {
        // The API lists every ticket by default; the CLI only the exceptions unless told.
        const e = await slac(
          'evaluate',
          `examples/${name}.sla`,
          '--report-tickets',
          'all',
          '--max-tickets',
          'all',
          '--data',
          ...exampleDataFiles(name),
          ...args,
        );
        expect(e.code, e.stderr).toBe(0);
        expected[name].push(e.stdout);
      }
    }
    writeFileSync(join(tmp, 'input.json'), JSON.stringify(input));
    writeFileSync(join(tmp, 'run.mjs'), script);
    const out = execFileSync(process.execPath, ['run.mjs'], { cwd: tmp, encoding: 'utf8', maxBuffer: 1 << 28 });
    const reports = JSON.parse(out) as Record<string, string[]>;
    for (const name of examples) {
      expect(reports[name]![0]!.length, name).toBeGreaterThan(1000);
      for (const [i, report] of reports[name]!.entries()) expect(report, `${name} ${options[i]![0].join(' ')}`).toBe(expected[name]![i]);
    }
  }, 120_000);

  it('brings its types: a TypeScript program type-checks against it with no slac installed', async () => {
    const dir = join(tmp, 'typed');
    const r = await slac('compile', '--standalone', 'examples/saas-platform.sla', '-o', dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n').at(-2)).toMatch(/^wrote .*slac-runtime\/ \(the runtime's types, \d+ files\)$/);
    writeFileSync(
      join(dir, 'use.ts'),
      "import { evaluate, metadata } from './saas-platform.mjs';\nconst r = evaluate({ outages: [] }, { period: '2026-03' });\nexport const n: number = r.objectives.length;\nexport const p: string = metadata.provider;\n// @ts-expect-error: a report has no such field\nexport const x = r.noSuchField;\n",
    );
    // No skipLibCheck, no @types: the runtime's declarations are checked too, and resolve inside the folder.
    const options = { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: [], noEmit: true };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['use.ts'] }));
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
  }, 60_000);

  it('imports nothing, is byte-identical from run to run and says how it was made', async () => {
    await slac('compile', '--standalone', 'examples/managed-it.sla', '-o', join(tmp, 'a'));
    await slac('compile', '--standalone', 'examples/managed-it.sla', '-o', join(tmp, 'b'));
    const a = readFileSync(join(tmp, 'a/managed-it.mjs'), 'utf8');
    expect(readFileSync(join(tmp, 'b/managed-it.mjs'), 'utf8')).toBe(a);
    expect(a.match(/^import\b.*$/gm)).toBeNull();
    expect(a).toMatch(
      /^\/\/ Generated by slac from managed-it\.sla\. Do not edit: change the \.sla file and run `slac compile --standalone` again\./,
    );
    // The bundled packages and their licences travel with the code.
    expect(a).toMatch(/\/\/ The slac \d+\.\d+\.\d+ evaluation runtime, bundled with: .*luxon \d/);
    expect(a).toContain('// Licences of the bundled packages');
    // The default module still imports the installed runtime.
    await slac('compile', 'examples/managed-it.sla', '-o', join(tmp, 'c'));
    expect(readFileSync(join(tmp, 'c/managed-it.mjs'), 'utf8').match(/^import .*$/gm)).toEqual([
      'import { bindContract } from "slac/runtime";',
    ]);
  });
});
