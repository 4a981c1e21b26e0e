/** `slac render`: the contract document in one language and format, to stdout or to a file. */
import { renderDocument, renderWordDocument } from '../../compiler/document/index.js';
import { withMetadata } from '../../compiler/document/metadata.js';
import { loadContract } from '../contract.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, ioError, writeOutput } from '../io.js';
export async function render(io, file, opts) {
    if (opts.format === 'docx' && !opts.output) {
        // Checked before the contract is read: a binary file on a terminal is never what was meant.
        ioError(io, 'a Word document is a binary file: name it with -o, e.g. `slac render --format docx -o contract.docx`');
        return EXIT_USAGE;
    }
    const loaded = loadContract(io, file);
    if (!loaded.model)
        return loaded.exit;
    const model = withMetadata(loaded.model, opts.metadata ?? {});
    let changeLog;
    if (opts.changesSince !== undefined) {
        const earlier = loadContract(io, opts.changesSince);
        // An earlier version that does not check is an error of this run: its diagnostics are printed.
        if (!earlier.model)
            return earlier.exit === EXIT_ERRORS ? EXIT_ERRORS : EXIT_USAGE;
        const { changeLogOf } = await import('../../compiler/diff/change-log.js');
        changeLog = changeLogOf(earlier.model, model, opts.lang);
    }
    const withLog = changeLog ? { changeLog } : {};
    if (opts.format === 'docx')
        return writeOutput(io, opts.output, await renderWordDocument(model, opts.lang, withLog)) ? EXIT_OK : EXIT_USAGE;
    const text = renderDocument(model, { lang: opts.lang, format: opts.format, ...withLog });
    if (!opts.output) {
        io.stdout(text);
        return EXIT_OK;
    }
    return writeOutput(io, opts.output, text) ? EXIT_OK : EXIT_USAGE;
}
