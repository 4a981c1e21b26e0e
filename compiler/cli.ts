#!/usr/bin/env node
/**
 * The `slac` command line. Exit codes:
 *   0  clean, or warnings only
 *   1  the contract has errors (or `fmt --check` found files to reformat)
 *   2  usage error (unknown command or option) or a file that cannot be read or written
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
import { format } from './format.js';
import { renderDiagnostics, renderFileError, summaryLine, toJsonDiagnostic, type JsonDiagnostic } from './render-diagnostics.js';
import { readSourceFile } from './source-files.js';

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
        this.ioError(`cannot write '${target}': ${describeWriteError(error)}`);
        return EXIT_USAGE;
      }
      this.io.stdout(`wrote ${target}\n`);
    }
    return EXIT_OK;
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
            this.ioError(`cannot write '${file}': ${describeWriteError(error)}`);
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

function describeWriteError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'EISDIR':
      return 'is a directory';
    case 'EEXIST':
      return 'a file is in the way';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EROFS':
      return 'read-only file system';
    default:
      return typeof code === 'string' ? code.toLowerCase() : error instanceof Error ? error.message : String(error);
  }
}

/** Thrown by an action to end the run with a usage error after printing its message. */
class UsageError extends Error {}

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
