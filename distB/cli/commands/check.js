/** `slac check`: parse and check .sla files (and what they import), as text or JSON diagnostics. */
import { sourcePaths } from '../../compiler/program.js';
import { summaryLine, toJsonDiagnostic } from '../../compiler/render-diagnostics.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, ioError } from '../io.js';
import { CliProgram } from '../program.js';
/** `files`: files and folders (a folder's `.sla` files, subfolders included). */
export function check(io, files, outputFormat) {
    const cli = new CliProgram(io);
    const entries = sourcePaths(files).map((f) => cli.entry(f));
    if (entries.length === 0) {
        ioError(io, `no .sla files in ${files.map((f) => `'${f}'`).join(', ')}`);
        return EXIT_USAGE;
    }
    let errors = 0;
    let warnings = 0;
    let unreadable = 0;
    const json = [];
    const report = (path) => {
        const name = cli.name(path);
        const read = cli.program.file(path).error;
        if (read !== null) {
            unreadable++;
            errors++;
            ioError(io, read);
            const at = { line: 1, column: 1, offset: 0 };
            json.push({ file: name, code: 'io-error', severity: 'error', message: read, range: { start: at, end: at }, related: [], fix: null });
            return;
        }
        // The counts include the problems beyond the ones shown (see MAX_DIAGNOSTICS).
        // The contract model adds nothing to the diagnostics.
        const { diagnostics, counts } = cli.program.analyze(path, { model: false });
        errors += counts.errors;
        warnings += counts.warnings;
        if (outputFormat === 'json')
            json.push(...diagnostics.map((d) => toJsonDiagnostic(d, name, (p) => cli.name(p))));
        else
            cli.print('stdout', path, diagnostics);
    };
    for (const path of entries)
        report(path);
    // The files they import are checked as well: each reports its own problems.
    const imported = cli.imported(entries);
    for (const path of imported)
        report(path);
    const checked = entries.length + imported.length;
    if (outputFormat === 'json')
        io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    // When no file could be read, the io-error lines say it all.
    else if (unreadable < checked)
        io.stdout(`${summaryLine(errors, warnings, checked)}\n`);
    if (unreadable > 0)
        return EXIT_USAGE;
    return errors > 0 ? EXIT_ERRORS : EXIT_OK;
}
