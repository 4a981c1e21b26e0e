#!/usr/bin/env node
/**
 * The `slac` command line. Exit codes:
 *   0  clean, or warnings only; `evaluate` also when the data shows breaches (a breach is a
 *      result, not a failure) or has rejected rows (they are listed in the report)
 *   1  the contract has errors (or `fmt --check` found files to reformat, `test` found failing
 *      scenarios, `evaluate --strict` met a bad data row)
 *   2  usage error (unknown command or option, bad --period/--now, unknown data file kind) or a
 *      file that cannot be read or written
 *   70 internal error: a bug in slac, never the user's input
 *
 * No input makes this print a stack trace: commander's errors are mapped to exit code 2, and any
 * other exception becomes one `internal error:` line (set SLAC_DEBUG=1 for the stack).
 */
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { parse } from '../grammar/index.js';
import { analyze } from './analyze.js';
import { buildFiles } from './build.js';
import { hasErrors, type Diagnostic } from './diagnostics.js';
import { emitEvaluator, evaluatorFiles } from './emit/evaluator.js';
import { renderDocument } from './document/index.js';
import { toRuntimeContract } from './emit/runtime-contract.js';
import { runScenarios, type ScenarioResult } from './scenarios.js';
import { sourceStem } from './build.js';
import type { Analysis } from './analyze.js';
import { DataError, Evaluation, OptionsError } from '../runtime/evaluate/engine.js';
import { renderText } from '../runtime/evaluate/text.js';
import { evaluateFiles, type DataFile } from '../runtime/files.js';
import { formatOfPath, kindOfPath, type DataFormat } from '../runtime/data/read.js';
import { recordKinds, type RecordKind } from '../runtime/data/types.js';
import { format } from './format.js';
import { renderDiagnostics, renderFileError, summaryLine, toJsonDiagnostic, type JsonDiagnostic } from './render-diagnostics.js';
import { readSourceFile, reasonOf } from './source-files.js';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;

/** Where output goes; the real process by default, a buffer in tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether each stream gets ANSI colours. */
  colorStdout: boolean;
  colorStderr: boolean;
  /** Reads a source file; replaceable for tests. */
  readSource?: typeof readSourceFile;
}

function processIo(): CliIo {
  const noColor = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    colorStdout: !noColor && process.stdout.isTTY === true,
    colorStderr: !noColor && process.stderr.isTTY === true,
  };
}

function packageVersion(): string {
  for (const rel of ['../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'slac' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}

class Cli {
  private readonly read: typeof readSourceFile;

  constructor(private readonly io: CliIo) {
    this.read = io.readSource ?? readSourceFile;
  }

  private ioError(message: string): void {
    this.io.stderr(`${renderFileError('io-error', message, { color: this.io.colorStderr })}\n`);
  }

  /** Diagnostics of one file as text on a stream. */
  private printDiagnostics(to: 'stdout' | 'stderr', diagnostics: readonly Diagnostic[], file: string, text: string): void {
    if (diagnostics.length === 0) return;
    const color = to === 'stdout' ? this.io.colorStdout : this.io.colorStderr;
    this.io[to](renderDiagnostics(diagnostics, file, text, { color }));
  }

  check(files: string[], outputFormat: 'text' | 'json'): number {
    let errors = 0;
    let warnings = 0;
    let unreadable = 0;
    const json: JsonDiagnostic[] = [];
    for (const file of files) {
      const source = this.read(file);
      if (!source.ok) {
        unreadable++;
        errors++;
        this.ioError(source.message);
        const at = { line: 1, column: 1, offset: 0 };
        json.push({ file, code: 'io-error', severity: 'error', message: source.message, range: { start: at, end: at }, related: [], fix: null });
        continue;
      }
      const { diagnostics } = analyze(source.text);
      for (const d of diagnostics) {
        if (d.severity === 'error') errors++;
        else warnings++;
      }
      if (outputFormat === 'json') json.push(...diagnostics.map((d) => toJsonDiagnostic(d, file)));
      else this.printDiagnostics('stdout', diagnostics, file, source.text);
    }
    if (outputFormat === 'json') this.io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    // When no file could be read, the io-error lines say it all.
    else if (unreadable < files.length) this.io.stdout(`${summaryLine(errors, warnings, files.length)}\n`);
    if (unreadable > 0) return EXIT_USAGE;
    return errors > 0 ? EXIT_ERRORS : EXIT_OK;
  }

  ast(file: string): number {
    const source = this.read(file);
    if (!source.ok) {
      this.ioError(source.message);
      return EXIT_USAGE;
    }
    const parsed = parse(source.text);
    if (parsed.diagnostics.length > 0) {
      this.printDiagnostics('stderr', parsed.diagnostics, file, source.text);
      this.io.stderr(`${summaryLine(parsed.diagnostics.length, 0, 1)}\n`);
      return EXIT_ERRORS;
    }
    this.io.stdout(`${JSON.stringify(parsed.document, null, 2)}\n`);
    return EXIT_OK;
  }

  build(file: string, outDir: string): number {
    const source = this.read(file);
    if (!source.ok) {
      this.ioError(source.message);
      return EXIT_USAGE;
    }
    const analysis = analyze(source.text);
    this.printDiagnostics('stderr', analysis.diagnostics, file, source.text);
    if (hasErrors(analysis.diagnostics)) {
      const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
      this.io.stderr(`${summaryLine(errors, analysis.diagnostics.length - errors, 1)}\n`);
      return EXIT_ERRORS;
    }
    const outputs = buildFiles(analysis, file);
    for (const out of outputs) {
      const target = join(outDir, ...out.path.split('/'));
      try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, out.content);
      } catch (error) {
        this.ioError(`cannot write '${target}': ${reasonOf(error)}`);
        return EXIT_USAGE;
      }
      this.io.stdout(`wrote ${target}\n`);
    }
    return EXIT_OK;
  }

  /** Reads and checks a contract; prints its diagnostics to stderr. Null (and the exit code) when it cannot be used. */
  private contract(file: string): { analysis: Analysis; exit: null } | { analysis: null; exit: number } {
    const source = this.read(file);
    if (!source.ok) {
      this.ioError(source.message);
      return { analysis: null, exit: EXIT_USAGE };
    }
    const analysis = analyze(source.text);
    this.printDiagnostics('stderr', analysis.diagnostics, file, source.text);
    if (hasErrors(analysis.diagnostics) || !analysis.model) {
      const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
      this.io.stderr(`${summaryLine(errors, analysis.diagnostics.length - errors, 1)}\n`);
      return { analysis: null, exit: EXIT_ERRORS };
    }
    return { analysis, exit: null };
  }

  /** The contract document in one language and format, to stdout or to `-o file`. */
  render(file: string, opts: { lang: 'nl' | 'en'; format: 'md' | 'html'; output?: string }): number {
    const { analysis, exit } = this.contract(file);
    if (!analysis) return exit;
    const text = renderDocument(analysis.model!, { lang: opts.lang, format: opts.format });
    if (!opts.output) {
      this.io.stdout(text);
      return EXIT_OK;
    }
    try {
      mkdirSync(dirname(opts.output), { recursive: true });
      writeFileSync(opts.output, text);
    } catch (error) {
      this.ioError(`cannot write '${opts.output}': ${reasonOf(error)}`);
      return EXIT_USAGE;
    }
    this.io.stdout(`wrote ${opts.output}\n`);
    return EXIT_OK;
  }

  compile(file: string, outDir: string): number {
    const { analysis, exit } = this.contract(file);
    if (!analysis) return exit;
    const { js, dts } = emitEvaluator(analysis.model!, file);
    for (const { path, content } of evaluatorFiles(sourceStem(file), js, dts)) {
      const target = join(outDir, path);
      try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, content);
      } catch (error) {
        this.ioError(`cannot write '${target}': ${reasonOf(error)}`);
        return EXIT_USAGE;
      }
      this.io.stdout(`wrote ${target}\n`);
    }
    return EXIT_OK;
  }

  async evaluate(file: string, opts: { data: string[]; period?: string; now?: string; format: 'json' | 'text'; strict?: boolean }): Promise<number> {
    const files: DataFile[] = [];
    for (const spec of opts.data) files.push(dataFile(spec));
    const { analysis, exit } = this.contract(file);
    if (!analysis) return exit;
    let ev: Evaluation;
    try {
      ev = new Evaluation(toRuntimeContract(analysis.model!, file), { period: opts.period ?? null, now: opts.now ?? null, strict: opts.strict ?? false });
    } catch (error) {
      if (error instanceof OptionsError) throw new UsageError(`error: ${error.message}`);
      throw error;
    }
    try {
      await evaluateFiles(ev, files);
    } catch (error) {
      if (error instanceof DataError) {
        this.io.stderr(`error: ${error.message}\n(--strict stops at the first bad record)\n`);
        return EXIT_ERRORS;
      }
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && (code.startsWith('E') || code === 'ERR_INVALID_ARG_VALUE')) {
        const path = (error as { path?: string }).path ?? '';
        this.ioError(`cannot read '${path}': ${reasonOf(error)}`);
        return EXIT_USAGE;
      }
      throw error;
    }
    const report = ev.finish();
    this.io.stdout(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderText(report));
    const rejected = recordKinds.reduce((n, k) => n + report.data.rejected[k], 0);
    if (rejected > 0 && opts.format === 'json') this.io.stderr(`warning: ${rejected} record${rejected === 1 ? '' : 's'} rejected; see data.problems in the report\n`);
    return EXIT_OK;
  }

  test(files: string[], outputFormat: 'text' | 'json'): number {
    let failed = 0;
    let passed = 0;
    let exit = EXIT_OK;
    const json: Array<{ file: string; scenarios: ScenarioResult[] }> = [];
    for (const file of files) {
      const { analysis, exit: bad } = this.contract(file);
      if (!analysis) {
        exit = bad === EXIT_USAGE || exit === EXIT_USAGE ? EXIT_USAGE : EXIT_ERRORS;
        continue;
      }
      const results = runScenarios(analysis.model!, { file });
      json.push({ file, scenarios: results });
      if (outputFormat === 'text') this.io.stdout(`${file}\n`);
      for (const r of results) {
        if (r.passed) passed++;
        else failed++;
        if (outputFormat === 'json') continue;
        this.io.stdout(`  ${r.passed ? 'ok  ' : 'FAIL'}  ${r.title} (line ${r.line})\n`);
        if (r.passed) continue;
        for (const p of r.problems) this.io.stdout(`        ${p}\n`);
        for (const e of r.expectations.filter((x) => !x.passed)) {
          this.io.stdout(`        line ${e.line}: ${e.text}\n          expected: ${e.expected}\n          actual:   ${e.actual}\n`);
        }
      }
      if (outputFormat === 'text' && results.length === 0) this.io.stdout('  (no scenarios)\n');
    }
    if (outputFormat === 'json') this.io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    else this.io.stdout(`${passed + failed} scenario${passed + failed === 1 ? '' : 's'}: ${passed} passed, ${failed} failed\n`);
    if (exit !== EXIT_OK) return exit;
    return failed > 0 ? EXIT_ERRORS : EXIT_OK;
  }

  fmt(files: string[], mode: 'print' | 'check' | 'write'): number {
    let exit = EXIT_OK;
    const worse = (code: number) => {
      if (code === EXIT_USAGE || (code === EXIT_ERRORS && exit === EXIT_OK)) exit = code;
    };
    for (const file of files) {
      const source = this.read(file);
      if (!source.ok) {
        this.ioError(source.message);
        worse(EXIT_USAGE);
        continue;
      }
      const result = format(source.text);
      if (result.diagnostics.length > 0) {
        this.printDiagnostics('stderr', result.diagnostics, file, source.text);
        if (hasErrors(result.diagnostics)) {
          this.io.stderr(`cannot format '${file}': it has syntax errors\n`);
          worse(EXIT_ERRORS);
          continue;
        }
      }
      if (mode === 'print') {
        this.io.stdout(result.text);
      } else if (result.text !== source.text) {
        if (mode === 'check') {
          this.io.stdout(`would reformat ${file}\n`);
          worse(EXIT_ERRORS);
        } else {
          try {
            writeFileSync(file, result.text);
          } catch (error) {
            this.ioError(`cannot write '${file}': ${reasonOf(error)}`);
            worse(EXIT_USAGE);
            continue;
          }
          this.io.stdout(`formatted ${file}\n`);
        }
      }
    }
    return exit;
  }
}


/** Thrown by an action to end the run with a usage error after printing its message. */
class UsageError extends Error {}

/**
 * `--data` entries: `tickets.ndjson`, `outages-2026.csv` (the kind from the name: tickets*,
 * contacts*, outages*, measurements*; the format from the extension), or `ticket=export.json`.
 */
function dataFile(spec: string): DataFile {
  const m = /^(tickets?|contacts?|outages?|measurements?)=(.+)$/.exec(spec);
  const path = m ? m[2]! : spec;
  const kind = (m ? m[1]!.replace(/s$/, '') : kindOfPath(path)) as RecordKind | null;
  if (!kind) throw new UsageError(`error: cannot tell what '${spec}' holds: name the file tickets…, contacts…, outages… or measurements…, or write e.g. tickets=${spec}`);
  const format: DataFormat | null = formatOfPath(path);
  if (!format) throw new UsageError(`error: '${path}' is not .json, .ndjson (.jsonl) or .csv`);
  return { path, kind, format };
}

function program(io: CliIo, setExit: (code: number) => void): Command {
  const cli = new Cli(io);
  const cmd = new Command('slac');
  cmd
    .description('slac: contracts as code for service level agreements')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .showHelpAfterError('(run slac --help for usage)')
    .exitOverride();

  cmd
    .command('check')
    .description('check .sla files and report problems')
    .argument('<files...>', 'the .sla files to check')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((files: string[], opts: { format: 'text' | 'json' }) => setExit(cli.check(files, opts.format)));

  cmd
    .command('ast')
    .description('print the abstract syntax tree of a .sla file as JSON')
    .argument('<file>', 'the .sla file')
    .option('--json', 'JSON output (the only format, and the default)')
    .action((file: string) => setExit(cli.ast(file)));

  cmd
    .command('fmt')
    .description('format .sla files in the canonical layout')
    .argument('<files...>', 'the .sla files to format')
    .option('--check', 'list files that are not formatted; exit 1 if there are any')
    .option('--write', 'rewrite files in place')
    .action((files: string[], opts: { check?: boolean; write?: boolean }) => {
      if (opts.check && opts.write) throw new UsageError('error: --check and --write cannot be used together');
      const mode = opts.check ? 'check' : opts.write ? 'write' : 'print';
      if (mode === 'print' && files.length > 1) {
        throw new UsageError('error: fmt prints one file; use --write or --check for several');
      }
      setExit(cli.fmt(files, mode));
    });

  cmd
    .command('build')
    .description('check a .sla file and write its build outputs')
    .argument('<file>', 'the .sla file')
    .option('-o, --out <dir>', 'output directory (created if missing)', 'out')
    .action((file: string, opts: { out: string }) => setExit(cli.build(file, opts.out)));

  cmd
    .command('render')
    .description('render the contract document of a .sla file in Dutch or English, as Markdown or standalone HTML')
    .argument('<file>', 'the .sla file')
    .addOption(new Option('--lang <lang>', 'document language').choices(['nl', 'en']).default('nl'))
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'html']).default('md'))
    .option('-o, --output <file>', 'write the document to this file instead of stdout')
    .action((file: string, opts: { lang: 'nl' | 'en'; format: 'md' | 'html'; output?: string }) => setExit(cli.render(file, opts)));

  cmd
    .command('compile')
    .description('compile a .sla file into an evaluator module (<name>.mjs, with types in <name>.d.ts and <name>.d.mts)')
    .argument('<file>', 'the .sla file')
    .option('-o, --out <dir>', 'output directory (created if missing)', 'out')
    .action((file: string, opts: { out: string }) => setExit(cli.compile(file, opts.out)));

  cmd
    .command('evaluate')
    .description('evaluate ticket, contact, outage and measurement data against a contract')
    .argument('<file>', 'the .sla file')
    .requiredOption('--data <files...>', 'data files: tickets*.ndjson, contacts*.csv, outages*.json … (or kind=path)')
    .option('--period <period>', 'report one period: 2026-03, 2026-Q1, 2026 (earlier periods still count towards caps)')
    .option('--now <timestamp>', 'evaluate open tickets as of this instant (ISO 8601 with offset)')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('json'))
    .option('--strict', 'stop at the first bad data record (exit 1)')
    .action(async (file: string, opts: { data: string[]; period?: string; now?: string; format: 'json' | 'text'; strict?: boolean }) =>
      setExit(await cli.evaluate(file, opts)),
    );

  cmd
    .command('test')
    .description("run the scenarios of .sla files and report each as passed or failed")
    .argument('<files...>', 'the .sla files')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((files: string[], opts: { format: 'text' | 'json' }) => setExit(cli.test(files, opts.format)));

  cmd
    .command('lsp')
    .description('run the language server for editors (Language Server Protocol over stdio)')
    .option('--stdio', 'speak LSP over stdin/stdout (the default)')
    .allowUnknownOption() // editors append their own flags, e.g. --clientProcessId=1234
    .action(async () => {
      const { startServer } = await import('../lsp/server/server.js');
      startServer({ stdio: true });
    });

  return cmd;
}

/** Runs the CLI on `argv` (without `node` and the script) and returns the exit code. Never throws. */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exit = EXIT_OK;
  try {
    await program(io, (code) => (exit = code)).parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`internal error: ${message}\n`);
    io.stderr('this is a bug in slac, not in your contract; please report it with the input that caused it\n');
    if (process.env['SLAC_DEBUG'] && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_INTERNAL;
  }
}

function isMain(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return pathToFileURL(script).href === import.meta.url;
  }
}

if (isMain()) {
  // `slac ast big.sla | head` closes the pipe early: that is not an error. Any other failure to
  // write output is an I/O error; there is nowhere left to report it.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      process.exit(error.code === 'EPIPE' ? (process.exitCode ?? EXIT_OK) : EXIT_USAGE);
    });
  }
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
