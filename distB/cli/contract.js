import { hasErrors } from '../diagnostics/index.js';
import { summaryLine } from '../compiler/render-diagnostics.js';
import { EXIT_ERRORS, EXIT_USAGE, ioError } from './io.js';
import { CliProgram } from './program.js';
/**
 * Prints the contract's diagnostics to stderr, and those of an imported file with errors; null
 * (and the exit code) when it cannot be used. `cli`: the program of a command that loads several.
 */
export function loadContract(io, file, cli = new CliProgram(io)) {
    const path = cli.entry(file);
    const read = cli.program.file(path).error;
    if (read !== null) {
        ioError(io, read);
        return { analysis: null, model: null, exit: EXIT_USAGE };
    }
    const analysis = cli.program.analyze(path);
    cli.print('stderr', path, analysis.diagnostics);
    let errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
    let warnings = analysis.diagnostics.length - errors;
    for (const other of cli.imported([path])) {
        const { diagnostics, counts } = cli.program.analyze(other, { model: false });
        if (counts.errors === 0)
            continue;
        cli.print('stderr', other, diagnostics);
        errors += counts.errors;
        warnings += counts.warnings;
    }
    if (hasErrors(analysis.diagnostics) || !analysis.model) {
        if (errors === 0 && !analysis.model) {
            io.stderr(`${cli.name(path)} has no agreement: it holds shared definitions for other files to import\n`);
            return { analysis: null, model: null, exit: EXIT_ERRORS };
        }
        io.stderr(`${summaryLine(errors, warnings, 1)}\n`);
        return { analysis: null, model: null, exit: EXIT_ERRORS };
    }
    return { analysis, model: analysis.model, exit: null };
}
