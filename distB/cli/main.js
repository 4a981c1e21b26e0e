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
 *
 * Each command's module is imported only when that command runs, so `slac check` never loads the
 * document templates, the evaluator or the language server.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { documentMetadata, withMetadataOptions } from './document-metadata.js';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, processIo, UsageError } from './io.js';
import { visible } from '../runtime/escape.js';
export { EXIT_ERRORS, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE } from './io.js';
/** Before a command analyses files that may hold an underpinning block (cli/underpinning.ts). */
async function loadUnderpinningCheck(files) {
    if ((await import('./underpinning.js')).mayHoldUnderpinning(files))
        await import('../compiler/underpinning/program-check.js');
}
function packageVersion() {
    for (const rel of ['../../package.json', '../package.json']) {
        try {
            const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8'));
            if (pkg.name === 'slac' && typeof pkg.version === 'string')
                return pkg.version;
        }
        catch {
            // try the next candidate
        }
    }
    return '0.0.0';
}
function program(io, setExit) {
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
        .description('check .sla files (and the files they import) and report problems')
        .argument('<files...>', 'the .sla files or folders to check')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .action(async (files, opts) => {
        await loadUnderpinningCheck(files);
        const { check } = await import('./commands/check.js');
        setExit(check(io, files, opts.format));
    });
    cmd
        .command('ast')
        .description('print the abstract syntax tree of a .sla file as JSON')
        .argument('<file>', 'the .sla file')
        .option('--json', 'JSON output (the only format, and the default)')
        .action(async (file) => {
        const { ast } = await import('./commands/ast.js');
        setExit(ast(io, file));
    });
    cmd
        .command('fmt')
        .description('format .sla files in the canonical layout')
        .argument('<files...>', 'the .sla files to format')
        .option('--check', 'list files that are not formatted; exit 1 if there are any')
        .option('--write', 'rewrite files in place')
        .action(async (files, opts) => {
        if (opts.check && opts.write)
            throw new UsageError('error: --check and --write cannot be used together');
        const mode = opts.check ? 'check' : opts.write ? 'write' : 'print';
        if (mode === 'print' && files.length > 1) {
            throw new UsageError('error: fmt prints one file; use --write or --check for several');
        }
        const { fmt } = await import('./commands/fmt.js');
        setExit(fmt(io, files, mode));
    });
    withMetadataOptions(cmd
        .command('build')
        .description('check .sla files and write their build outputs')
        .argument('<files...>', 'the .sla files or folders')
        .option('-o, --out <dir>', 'output directory (created if missing)', 'out')).action(async (files, opts) => {
        const metadata = documentMetadata(opts);
        await loadUnderpinningCheck(files);
        const { build } = await import('./commands/build.js');
        setExit(await build(io, files, opts.out, metadata));
    });
    withMetadataOptions(cmd
        .command('render')
        .description('render the contract document of a .sla file in Dutch or English, as Markdown, standalone HTML or Word (.docx)')
        .argument('<file>', 'the .sla file')
        .addOption(new Option('--lang <lang>', 'document language').choices(['nl', 'en']).default('nl'))
        .addOption(new Option('--format <format>', 'output format').choices(['md', 'html', 'docx']).default('md'))
        .option('-o, --output <file>', 'write the document to this file instead of stdout (required for docx)')
        .option('--changes-since <file>', 'an earlier version (.sla): add an annex listing the changes since it')).action(async (file, opts) => {
        const metadata = documentMetadata(opts);
        await loadUnderpinningCheck([file, ...(opts.changesSince ? [opts.changesSince] : [])]);
        const { render } = await import('./commands/render.js');
        setExit(await render(io, file, {
            lang: opts.lang,
            format: opts.format,
            ...(opts.output ? { output: opts.output } : {}),
            ...(opts.changesSince ? { changesSince: opts.changesSince } : {}),
            metadata,
        }));
    });
    cmd
        .command('diff')
        .description('the semantic changes between two versions of a contract, by article (exit 0: equal, 1: different, 2: error); with --data, what they would have cost; with --render, the redline document')
        .argument('<old>', 'the earlier .sla file')
        .argument('<new>', 'the later .sla file')
        .addOption(new Option('--lang <lang>', 'language of the change list or redline').choices(['nl', 'en']).default('nl'))
        .addOption(new Option('--format <format>', 'text or json (change list); html or docx (with --render)')
        .choices(['text', 'json', 'html', 'docx'])
        .default('text'))
        .option('--data <files...>', 'evaluate both versions on these data files (or folders), as for evaluate, and say what the change would have cost')
        .option('--period <period>', 'with --data: one period: 2026-03, 2026-Q1, 2026')
        .option('--strict', 'with --data: stop at the first bad data record (exit 2)')
        .option('--csv-delimiter <char>', "with --data: the CSV cell delimiter: ',', ';' or tab")
        .option('--data-timezone <zone>', 'with --data: the IANA zone of data timestamps written without an offset')
        .option('--columns <file>', "with --data: a JSON file mapping other tools' column names to slac's fields")
        .option('--render', 'write the redline document: the new contract with insertions and deletions marked')
        .option('-o, --output <file>', 'with --render: write the redline to this file')
        .action(async (oldFile, newFile, opts) => {
        await loadUnderpinningCheck([oldFile, newFile]);
        const { diff } = await import('./commands/diff.js');
        setExit(await diff(io, oldFile, newFile, opts));
    });
    cmd
        .command('compile')
        .description('compile a .sla file into an evaluator module (<name>.mjs, with types in <name>.d.ts and <name>.d.mts)')
        .argument('<file>', 'the .sla file')
        .option('-o, --out <dir>', 'output directory (created if missing)', 'out')
        .option('--standalone', 'bundle the runtime into the module, so it runs where slac is not installed')
        .addOption(new Option('--target <target>', 'js: an evaluator module; sql: a SQL script (docs/sql-engine.md)')
        .choices(['js', 'sql'])
        .default('js'))
        .addOption(new Option('--dialect <dialect>', 'the SQL dialect of --target sql').choices(['duckdb', 'postgres']).default('duckdb'))
        .option('--views', 'with --target sql: the evaluation as views, recomputed at every query (for small data), not as tables')
        .action(async (file, opts) => {
        if (opts.views && opts.target !== 'sql')
            throw new UsageError('error: --views is an option of --target sql');
        await loadUnderpinningCheck([file]);
        const { compile, compileSql } = await import('./commands/compile.js');
        setExit(opts.target === 'sql'
            ? await compileSql(io, file, opts.out, opts.dialect, opts.views === true)
            : compile(io, file, opts.out, opts.standalone === true));
    });
    cmd
        .command('evaluate')
        .description('evaluate ticket, contact, outage and measurement data against a contract')
        .argument('<file>', 'the .sla file')
        .requiredOption('--data <files...>', 'data files: tickets*.ndjson, contacts*.csv, outages*.json … (or kind=path)')
        .option('--period <period>', 'report one period: 2026-03, 2026-Q1, 2026 (earlier periods still count towards caps)')
        .option('--now <timestamp>', 'evaluate open tickets as of this instant (ISO 8601 with offset)')
        .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('json'))
        .option('--strict', 'stop at the first bad data record (exit 1)')
        .option('--tickets-out <file>', 'write every ticket result to this file, one JSON object per line')
        .addOption(new Option('--report-tickets <which>', 'tickets listed in the report: exceptions (breached or open), all, none').choices([
        'exceptions',
        'all',
        'none',
    ]))
        .option('--max-tickets <n>', 'list at most n tickets in the report (default 1000; all: no limit)')
        .option('--csv-delimiter <char>', "the CSV cell delimiter: ',', ';' or tab (default: detected from the header line)")
        .option('--data-timezone <zone>', 'the IANA zone of data timestamps written without an offset (e.g. Europe/Amsterdam)')
        .option('--columns <file>', "a JSON file mapping other tools' column names to slac's fields (docs/data.md)")
        .addOption(new Option('--engine <engine>', 'js, or duckdb: the tickets evaluated by SQL in embedded DuckDB, for large inputs (docs/sql-engine.md)')
        .choices(['js', 'duckdb'])
        .default('js'))
        .option('--with-underpinning', 'also evaluate the data against every agreement the underpinning block names, and show per breach which level caused it')
        .action(async (file, opts) => {
        await loadUnderpinningCheck([file]);
        const { evaluate } = await import('./commands/evaluate.js');
        setExit(await evaluate(io, file, opts));
    });
    cmd
        .command('report')
        .description('the service report of one period: objectives, breaches and why, settlement, breakdowns, open tickets at risk, data quality; Dutch or English, as HTML with charts, PDF (with a local Chromium), Markdown or CSV')
        .argument('<file>', 'the .sla file')
        .requiredOption('--data <files...>', 'data files, as for evaluate')
        .option('--period <period>', 'the period reported: 2026-03, 2026-Q1, 2026 (default: every period in the data)')
        .option('--now <timestamp>', 'list the open tickets at risk as of this instant (ISO 8601 with offset)')
        .addOption(new Option('--lang <lang>', 'report language').choices(['nl', 'en']).default('nl'))
        .addOption(new Option('--format <format>', 'output format').choices(['html', 'pdf', 'md', 'csv']).default('html'))
        .option('-o, --output <path>', 'write the report to this file (html, pdf, md) or this folder (csv: one file per table)')
        .option('--strict', 'stop at the first bad data record (exit 1)')
        .option('--csv-delimiter <char>', "the CSV cell delimiter of the data: ',', ';' or tab (default: detected)")
        .option('--data-timezone <zone>', 'the IANA zone of data timestamps written without an offset')
        .option('--columns <file>', "a JSON file mapping other tools' column names to slac's fields (docs/data.md)")
        .action(async (file, opts) => {
        await loadUnderpinningCheck([file]);
        const { report } = await import('./commands/report.js');
        setExit(await report(io, file, opts));
    });
    cmd
        .command('serve')
        .description('show the service report of the current period on a local, read-only web page that follows the data folder, the open tickets at risk on top')
        .argument('<file>', 'the .sla file')
        .requiredOption('--data <dir>', 'the data folder: tickets*, contacts*, outages*, measurements* (.json, .ndjson, .csv)')
        .addOption(new Option('--lang <lang>', 'report language').choices(['nl', 'en']).default('nl'))
        .option('--host <host>', 'the address to listen on', '127.0.0.1')
        .option('--port <port>', 'the port (0: any free port)', '8080')
        .option('--period <period>', "the period shown (default: the current month in the contract's zone)")
        .option('--now <timestamp>', 'the instant open tickets are evaluated at (default: the current time)')
        .option('--data-timezone <zone>', 'the IANA zone of data timestamps written without an offset')
        .option('--columns <file>', "a JSON file mapping other tools' column names to slac's fields (docs/data.md)")
        .action(async (file, opts) => {
        await loadUnderpinningCheck([file]);
        const { serve } = await import('./commands/serve.js');
        setExit(await serve(io, file, opts));
    });
    cmd
        .command('test')
        .description('run the scenarios of .sla files and report each as passed or failed')
        .argument('<files...>', 'the .sla files')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .action(async (files, opts) => {
        await loadUnderpinningCheck(files);
        const { test } = await import('./commands/test.js');
        setExit(test(io, files, opts.format));
    });
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
export async function run(argv, io = processIo()) {
    let exit = EXIT_OK;
    try {
        await program(io, (code) => (exit = code)).parseAsync([...argv], { from: 'user' });
        return exit;
    }
    catch (error) {
        if (error instanceof CommanderError)
            return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
        if (error instanceof UsageError) {
            // Line by line: a usage error may hold several lines (what went wrong, then what to do).
            io.stderr(`${error.message.split('\n').map(visible).join('\n')}\n`);
            return EXIT_USAGE;
        }
        const message = error instanceof Error ? error.message : String(error);
        io.stderr(`internal error: ${visible(message)}\n`);
        io.stderr('this is a bug in slac, not in your contract; please report it with the input that caused it\n');
        if (process.env['SLAC_DEBUG'] && error instanceof Error && error.stack)
            io.stderr(`${error.stack}\n`);
        return EXIT_INTERNAL;
    }
}
function isMain() {
    const script = process.argv[1];
    if (!script)
        return false;
    try {
        return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
    }
    catch {
        return pathToFileURL(script).href === import.meta.url;
    }
}
/** The process's command line: exit code on the process, output errors handled. */
export async function main(argv) {
    // `slac ast big.sla | head` closes the pipe early: that is not an error. Any other failure to
    // write output is an I/O error; there is nowhere left to report it.
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (error) => {
            process.exit(error.code === 'EPIPE' ? (process.exitCode ?? EXIT_OK) : EXIT_USAGE);
        });
    }
    process.exitCode = await run(argv);
}
// `node dist/cli/main.js …` (the unbundled build); the published bin is cli/bin.ts.
if (isMain())
    void main(process.argv.slice(2));
