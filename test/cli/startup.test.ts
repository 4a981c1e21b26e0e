/**
 * What each command of the published bundle loads before it runs (dist/bin/meta.json, esbuild's
 * record of the bundle): the chunks a command imports statically, and the packages in them.
 * Start-up time is measured by `npm run bench`; this holds the cause: `slac check` must not load
 * the document templates, data validation, holiday rules or the language server.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundled, root } from '../helpers/bin.js';

interface Output {
  entryPoint?: string;
  imports: Array<{ path: string; kind: string }>;
  inputs: Record<string, unknown>;
}
let outputs: Record<string, Output>;

beforeAll(() => {
  ensureBundled();
  outputs = (JSON.parse(readFileSync(join(root, 'dist/bin/meta.json'), 'utf8')) as { outputs: Record<string, Output> }).outputs;
});

/** The packages (or, for slac's own code, top-level folders) loaded with the chunk of `entry`. */
function loadedWith(entry: string): Set<string> {
  const start = Object.keys(outputs).find((k) => outputs[k]!.entryPoint === entry);
  if (!start) throw new Error(`no chunk for ${entry} in dist/bin/meta.json`);
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const k = stack.pop()!;
    if (seen.has(k)) continue;
    seen.add(k);
    for (const i of outputs[k]!.imports) if (i.kind === 'import-statement' && outputs[i.path]) stack.push(i.path);
  }
  const packages = new Set<string>();
  for (const k of seen) {
    for (const input of Object.keys(outputs[k]!.inputs)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      packages.add(m ? m[1]! : input.split('/')[0]!);
    }
  }
  return packages;
}

const heavy = [
  'handlebars',
  'ajv',
  'csv-parse',
  'date-holidays',
  'date-holidays-parser',
  'moment',
  'moment-timezone',
  'astronomia',
  'vscode-languageserver',
  'lsp',
];

describe('what a command loads', () => {
  it('the published bin is the launcher alone: no option parser, no grammar or checker', () => {
    const loaded = loadedWith('cli/bin.ts');
    // Of the compiler, only the folder walk that finds the files to check (compiler/source-paths.ts).
    for (const p of ['commander', 'chevrotain', 'luxon', 'grammar', ...heavy]) expect(loaded, p).not.toContain(p);
  });

  it('the entry (--help, --version, usage errors) loads the option parser and nothing of the compiler', () => {
    const loaded = loadedWith('cli/main.ts');
    expect(loaded).toContain('commander');
    for (const p of ['chevrotain', 'luxon', 'grammar', ...heavy]) expect(loaded, p).not.toContain(p);
  });

  it('slac check loads the grammar and the checker, nothing else', () => {
    const loaded = loadedWith('cli/commands/check.ts');
    for (const p of ['chevrotain', 'grammar', 'compiler']) expect(loaded, p).toContain(p);
    for (const p of heavy) expect(loaded, p).not.toContain(p);
  });

  it('slac compile and slac fmt load no documents, data readers or holiday rules', () => {
    for (const entry of ['cli/commands/compile.ts', 'cli/commands/fmt.ts']) {
      const loaded = loadedWith(entry);
      for (const p of heavy) expect(loaded, `${entry}: ${p}`).not.toContain(p);
    }
  });

  it('slac evaluate validates data (ajv) but renders no documents', () => {
    const loaded = loadedWith('cli/commands/evaluate.ts');
    expect(loaded).toContain('ajv');
    expect(loaded).not.toContain('handlebars');
    expect(loaded).not.toContain('vscode-languageserver');
  });
});

describe('the start-up snapshot of slac check', () => {
  const blob = join(root, `dist/bin/check-${process.version}-${process.arch}.blob`);
  const fixtures = join(root, 'test/fixtures/check');
  const files = [
    'examples/managed-it.sla',
    ...readdirSync(fixtures)
      // The snapshot leaves the underpinning check out: the bin checks those in one process.
      .filter((f) => f.endsWith('.sla') && !readFileSync(join(fixtures, f), 'utf8').includes('underpinning'))
      .sort()
      .map((f) => join('test/fixtures/check', f)),
  ];
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('is built for this Node by the bundle', () => {
    expect(existsSync(blob), blob).toBe(true);
  });

  it.each(['text', 'json'])('answers every check fixture exactly like the command line in one process (--format %s)', (format) => {
    const args = ['check', '--format', format, ...files];
    const restored = run(['--snapshot-blob', blob, ...args]);
    const inProcess = run([join(root, 'dist/cli/main.js'), ...args]);
    expect(restored.stdout.length).toBeGreaterThan(1000);
    expect(restored).toEqual(inProcess);
  });

  it('the bin answers a plain check, and hands anything else to the full command line', () => {
    const bin = join(root, 'dist/bin/slac.mjs');
    const plain = run([bin, 'check', 'examples/saas-platform.sla']);
    expect(plain).toMatchObject({ status: 0, stdout: 'no problems in 1 file\n' });
    const help = run([bin, 'check', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('check .sla files');
    expect(run([bin, 'check', '--format', 'xml', 'examples/saas-platform.sla']).status).toBe(2);
    // An underpinning block needs the check the snapshot leaves out: the same findings as in one process.
    const underpinned = 'test/fixtures/check/underpinning-does-not-fit.sla';
    const viaBin = run([bin, 'check', underpinned]);
    expect(viaBin.stdout).toContain('underpinning-does-not-fit');
    expect(viaBin).toEqual(run([join(root, 'dist/cli/main.js'), 'check', underpinned]));
  });

  it('refuses anything but a plain check when restored directly', () => {
    const r = run(['--snapshot-blob', blob, 'check', '--help']);
    expect(r).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('answers plain `slac check` of files without an underpinning block only'),
    });
  });
});
