/**
 * The built CLI, run as a subprocess exactly as users run it: the published bin (package.json
 * `bin`, the bundle dist/bin/slac.mjs). `npm test` builds it first; when it is missing (vitest run
 * on its own) it is bundled once here.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Ajv2020Module from 'ajv/dist/2020.js';
import { ensureBundled, root, slacBin as cliJs } from '../helpers/bin.js';

const fx = {
  clean: 'test/cli/fixtures/clean.sla',
  warnings: 'test/cli/fixtures/warnings-only.sla',
  checkerErrors: 'test/cli/fixtures/checker-errors.sla',
  threeSyntax: 'test/fixtures/bad/three-syntax-errors.sla',
  unterminated: 'test/fixtures/bad/unterminated-string.sla',
  missingBrace: 'test/fixtures/bad/missing-closing-brace.sla',
  invalidChar: 'test/fixtures/bad/invalid-character.sla',
};

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI. Each spawn costs about a second of start-up, so tests run concurrently and
 * read-only runs in the repository are remembered.
 */
const remembered = new Map<string, Promise<Run>>();
function slac(args: string[], cwd = root): Promise<Run> {
  const key = JSON.stringify([cwd, args]);
  const readOnly = cwd === root && (args[0] === 'check' || args[0] === 'ast') && !args.some((a) => a.startsWith(tmpdir()));
  const known = readOnly ? remembered.get(key) : undefined;
  if (known) return known;
  const run = spawnSlac(args, cwd);
  if (readOnly) remembered.set(key, run);
  return run;
}

function spawnSlac(args: string[], cwd: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env['FORCE_COLOR'];
  delete env['SLAC_DEBUG'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliJs, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}

/** No stack frames, no internal errors: what a user must never see. */
function expectNoCrash(r: Run): void {
  const all = r.stdout + r.stderr;
  expect(all).not.toMatch(/^\s+at /m);
  expect(all).not.toContain('internal error');
}

let tmp: string;

beforeAll(() => {
  ensureBundled();
  tmp = mkdtempSync(join(tmpdir(), 'slac-cli-'));
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.concurrent('slac (usage)', () => {
  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const r = await slac(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('--help exits 0 and lists the commands', async () => {
    const r = await slac(['--help']);
    expect(r.status).toBe(0);
    for (const c of ['check', 'ast', 'fmt', 'build']) expect(r.stdout).toContain(c);
  });

  it.each([
    ['no command', []],
    ['an unknown command', ['frobnicate']],
    ['an unknown option', ['check', '--bogus', fx.clean]],
    ['a bad --format', ['check', '--format', 'xml', fx.clean]],
    ['a missing argument', ['check']],
    ['too many arguments', ['ast', fx.clean, fx.clean]],
    ['fmt --check with --write', ['fmt', '--check', '--write', fx.clean]],
  ])('%s is a usage error: exit 2, message on stderr', async (_name, args) => {
    const r = await slac(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/error|Usage/);
    expectNoCrash(r);
  });
});

describe.concurrent('slac check', () => {
  it('exits 0 on a clean file', async () => {
    const r = await slac(['check', fx.clean]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('no problems in 1 file\n');
  });

  it('exits 0 when there are only warnings', async () => {
    const r = await slac(['check', fx.warnings]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^warning\[missing-translation\]: /m);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 warning in 1 file');
  });

  it('exits 1 on checker errors, with help from the fix and related locations as notes', async () => {
    const r = await slac(['check', fx.checkerErrors]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^error\[unknown-reference\]: .*ofice/m);
    expect(r.stdout).toMatch(/^ +--> test\/cli\/fixtures\/checker-errors\.sla:23:42$/m);
    expect(r.stdout).toMatch(/^ += help: .+$/m);
    expect(r.stdout).toMatch(/^error\[duplicate-name\]: /m);
    expect(r.stdout).toMatch(/^note: .+ --> test\/cli\/fixtures\/checker-errors\.sla:19:10$/m);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('2 errors in 1 file');
  });

  it('shows a syntax error rustc-style: location, source line, carets', async () => {
    const r = await slac(['check', fx.threeSyntax]);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    const at = lines.indexOf(' --> test/fixtures/bad/three-syntax-errors.sla:4:26');
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 1]).toMatch(/^error\[syntax-error\]: expected 'to'/);
    expect(lines.slice(at + 1, at + 4)).toEqual(['  |', '4 |   monday to friday 08:00 18:00', '  |                          ^^^^^']);
    // A two-digit line number widens the gutter.
    const twelve = lines.indexOf('  --> test/fixtures/bad/three-syntax-errors.sla:12:39');
    expect(lines.slice(twelve + 1, twelve + 4)).toEqual([
      '   |',
      '12 |   availability of service Platform at 99.9% per month',
      '   |                                       ^^^^^',
    ]);
  });

  it('reports three separate syntax errors in one file as three diagnostics', async () => {
    const r = await slac(['check', fx.threeSyntax]);
    expect(r.status).toBe(1);
    expect(r.stdout.match(/^error\[syntax-error\]/gm)).toHaveLength(3);
    expect(r.stdout.match(/^ +--> test\/fixtures\/bad\/three-syntax-errors\.sla:(\d+):\d+$/gm)?.map((l) => l.split(':')[1])).toEqual([
      '4',
      '8',
      '12',
    ]);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('3 errors in 1 file');
  });

  it.each([
    [fx.unterminated, 'unterminated-string'],
    [fx.missingBrace, 'syntax-error'],
    [fx.invalidChar, 'invalid-character'],
  ])('%s reports %s', async (file, code) => {
    const r = await slac(['check', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^error\\[${code}\\]: `, 'm'));
    expect(r.stdout).toMatch(/^ *\| *\^+$/m);
    expectNoCrash(r);
  });

  it('sums up over several files', async () => {
    const r = await slac(['check', fx.clean, fx.warnings, fx.checkerErrors]);
    expect(r.status).toBe(1);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('2 errors, 1 warning in 3 files');
  });

  describe('files that cannot be read: one line on stderr, exit 2', () => {
    const cases: Array<[string, () => string, RegExp]> = [
      ['a missing file', () => join(tmp, 'nope.sla'), /no such file/],
      [
        'a binary file',
        () => {
          const p = join(tmp, 'binary.sla');
          writeFileSync(p, Buffer.from([0x73, 0x65, 0x00, 0x01, 0xff, 0x00]));
          return p;
        },
        /binary/,
      ],
      [
        'a non-UTF-8 file',
        () => {
          const p = join(tmp, 'latin1.sla');
          writeFileSync(p, Buffer.from('service Platform "caf\xe9"\n', 'latin1'));
          return p;
        },
        /not valid UTF-8/,
      ],
    ];
    it.each(cases)('%s', async (_name, make, reason) => {
      const file = make();
      const r = await slac(['check', file]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^error\[io-error\]: cannot read '.+': .+$/);
      expect(lines[0]).toMatch(reason);
      expectNoCrash(r);
    });

    // A folder is checked as its .sla files (test/cli/imports.test.ts); one without any is a usage error.
    it('a folder without .sla files', async () => {
      const empty = mkdtempSync(join(tmp, 'empty-'));
      const r = await slac(['check', empty]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toEqual([`error[io-error]: no .sla files in '${empty}'`]);
    });

    it('still checks the other files, and exit 2 wins over 1', async () => {
      const r = await slac(['check', join(tmp, 'nope.sla'), fx.checkerErrors]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^error\[io-error\]: cannot read '.*nope\.sla': no such file$/m);
      expect(r.stdout).toMatch(/^error\[unknown-reference\]/m);
      expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('3 errors in 2 files');
    });
  });

  describe('--format json', () => {
    const keys = ['file', 'code', 'severity', 'message', 'range', 'related', 'fix'];

    it('prints an array of diagnostics with codes', async () => {
      const r = await slac(['check', '--format', 'json', fx.threeSyntax, fx.checkerErrors, fx.clean]);
      expect(r.status).toBe(1);
      const out = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
      expect(out.map((d) => d['code'])).toEqual(['syntax-error', 'syntax-error', 'syntax-error', 'duplicate-name', 'unknown-reference']);
      for (const d of out) expect(Object.keys(d)).toEqual(keys);
      expect(out[0]).toMatchObject({ file: fx.threeSyntax, severity: 'error', range: { start: { line: 4, column: 26 } }, fix: null });
      expect(out[3]!['related']).toHaveLength(1);
      expect(out[4]!['fix']).toMatchObject({ title: expect.any(String), edits: [{ newText: 'office' }] });
    });

    it('prints [] and exits 0 for a clean file', async () => {
      const r = await slac(['check', '--format', 'json', fx.clean]);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual([]);
    });

    it('includes io-errors and exits 2', async () => {
      const r = await slac(['check', '--format', 'json', join(tmp, 'nope.sla')]);
      expect(r.status).toBe(2);
      const out = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
      expect(out.map((d) => d['code'])).toEqual(['io-error']);
      expect(r.stderr).toMatch(/^error\[io-error\]/);
    });
  });
});

describe.concurrent('slac ast', () => {
  type AjvClass = typeof import('ajv/dist/2020.js').default;
  const Ajv2020 = ((Ajv2020Module as unknown as { default?: AjvClass }).default ?? Ajv2020Module) as AjvClass;

  it('prints the AST as JSON that validates against grammar/ast.schema.json', async () => {
    const r = await slac(['ast', fx.clean, '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as { kind: string; range: unknown };
    expect(json.kind).toBe('Document');
    expect(json.range).toBeDefined();
    const schema = JSON.parse(readFileSync(join(root, 'grammar/ast.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ strict: true }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(r.stdout).toBe(`${JSON.stringify(json, null, 2)}\n`);
  });

  it('exits 1 with diagnostics on stderr on syntax errors', async () => {
    const r = await slac(['ast', fx.threeSyntax, '--json']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.match(/^error\[syntax-error\]/gm)).toHaveLength(3);
  });

  it('exits 2 on a missing file', async () => {
    const r = await slac(['ast', join(tmp, 'nope.sla'), '--json']);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe.concurrent('slac build', () => {
  it('writes <dir>/<stem>.ast.json, creating the directory, and says so', async () => {
    const out = join(tmp, 'build1', 'nested');
    const r = await slac(['build', fx.clean, '-o', out]);
    expect(r.status).toBe(0);
    const written = join(out, 'clean.ast.json');
    // The AST first, then the contract documents (compiler/document) in each language and format,
    // then the evaluator module and its types (compiler/emit/evaluator.ts).
    const docs = ['nl.md', 'nl.html', 'nl.docx', 'en.md', 'en.html', 'en.docx', 'mjs', 'd.ts', 'd.mts'].map(
      (ext) => `wrote ${join(out, `clean.${ext}`)}\n`,
    );
    expect(r.stdout).toBe([`wrote ${written}\n`, ...docs].join(''));
    expect(existsSync(written)).toBe(true);
    expect(readFileSync(written, 'utf8')).toBe((await slac(['ast', fx.clean])).stdout);
  });

  it('prints the relative path it was given', async () => {
    const cwd = join(tmp, 'relative');
    mkdirSync(cwd, { recursive: true });
    copyFileSync(join(root, fx.clean), join(cwd, 'managed-it.sla'));
    const r = await slac(['build', 'managed-it.sla', '-o', 'out'], cwd);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      ['ast.json', 'nl.md', 'nl.html', 'nl.docx', 'en.md', 'en.html', 'en.docx', 'mjs', 'd.ts', 'd.mts']
        .map((ext) => `wrote out/managed-it.${ext}\n`)
        .join(''),
    );
  });

  it('is byte-identical across runs', async () => {
    const a = join(tmp, 'run-a');
    const b = join(tmp, 'run-b');
    expect((await slac(['build', fx.warnings, '-o', a])).status).toBe(0);
    expect((await slac(['build', fx.warnings, '-o', b])).status).toBe(0);
    const first = readFileSync(join(a, 'warnings-only.ast.json'));
    expect(readFileSync(join(b, 'warnings-only.ast.json')).equals(first)).toBe(true);
    expect((await slac(['build', fx.warnings, '-o', a])).status).toBe(0);
    expect(readFileSync(join(a, 'warnings-only.ast.json')).equals(first)).toBe(true);
    // The Word documents too: no time stamp in the zip entries or the core properties.
    for (const lang of ['nl', 'en'])
      expect(readFileSync(join(b, `warnings-only.${lang}.docx`)).equals(readFileSync(join(a, `warnings-only.${lang}.docx`)))).toBe(true);
  });

  it('prints warnings on stderr and still builds', async () => {
    const r = await slac(['build', fx.warnings, '-o', join(tmp, 'warn')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^warning\[missing-translation\]/m);
  });

  it('exits 1 on errors and writes nothing', async () => {
    const out = join(tmp, 'errors');
    const r = await slac(['build', fx.checkerErrors, '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error\[unknown-reference\]/m);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 when the source cannot be read or the output cannot be written', async () => {
    expect((await slac(['build', join(tmp, 'nope.sla'), '-o', join(tmp, 'x')])).status).toBe(2);
    const blocker = join(tmp, 'a-file');
    writeFileSync(blocker, '');
    const r = await slac(['build', fx.clean, '-o', blocker]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error\[io-error\]: cannot write '.+': .+$/m);
    expectNoCrash(r);
  });
});

describe.concurrent('slac fmt', () => {
  /** A copy of a fixture in the temp directory, so --write cannot touch the repository. */
  function scratch(name: string, text: string): string {
    const p = join(tmp, 'fmt', name);
    mkdirSync(join(tmp, 'fmt'), { recursive: true });
    writeFileSync(p, text);
    return p;
  }
  const messy = 'service   Platform   "SaaS platform"\n\n\n\npriority P1    "Critical"\n';

  it('prints the formatted text of one file', async () => {
    const r = await slac(['fmt', fx.clean]);
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.stdout).toContain('agreement');
  });

  it('--check exits 1 listing files that would change, 0 when formatted', async () => {
    const file = scratch('messy.sla', messy);
    const r = await slac(['fmt', '--check', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(file);
    const formatted = scratch('formatted.sla', (await slac(['fmt', file])).stdout);
    const again = await slac(['fmt', '--check', formatted]);
    expect(again.status).toBe(0);
    expect(again.stdout).not.toContain(formatted);
  });

  it('--write rewrites in place, and is idempotent', async () => {
    const file = scratch('write.sla', messy);
    const expected = (await slac(['fmt', file])).stdout;
    const r = await slac(['fmt', '--write', file]);
    expect(r.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(expected);
    expect((await slac(['fmt', '--check', file])).status).toBe(0);
  });

  it('leaves a file with syntax errors alone and exits 1', async () => {
    const text = readFileSync(join(root, fx.threeSyntax), 'utf8');
    const file = scratch('broken.sla', text);
    const r = await slac(['fmt', '--write', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error\[syntax-error\]/m);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('exits 2 on a missing file', async () => {
    const r = await slac(['fmt', '--check', join(tmp, 'nope.sla')]);
    expect(r.status).toBe(2);
    expectNoCrash(r);
  });
});
