/** `slac ast`: the abstract syntax tree as JSON. */
import { parse } from '../../grammar/index.js';
import { summaryLine } from '../../compiler/render-diagnostics.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, ioError, printDiagnostics, readSource } from '../io.js';
export function ast(io, file) {
    const source = readSource(io, file);
    if (!source.ok) {
        ioError(io, source.message);
        return EXIT_USAGE;
    }
    const parsed = parse(source.text);
    if (parsed.diagnostics.length > 0) {
        printDiagnostics(io, 'stderr', parsed.diagnostics, file, source.text);
        io.stderr(`${summaryLine(parsed.diagnostics.length, 0, 1)}\n`);
        return EXIT_ERRORS;
    }
    io.stdout(`${JSON.stringify(parsed.document, null, 2)}\n`);
    return EXIT_OK;
}
