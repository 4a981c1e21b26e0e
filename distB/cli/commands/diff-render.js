/**
 * `slac diff --render`: the redline of two versions of a contract, as HTML or Word with tracked
 * changes. Exit 0 when the two documents are the same, 1 when they differ, 2 when a file cannot
 * be read, has errors or the output cannot be written (the change list of `slac diff` uses the
 * same codes, like diff(1)).
 */
import { renderRedline as redline } from '../../compiler/redline/index.js';
import { loadContract } from '../contract.js';
import { EXIT_OK, EXIT_USAGE, ioError, writeOutput } from '../io.js';
/** The two documents differ (as diff(1) says). */
const EXIT_DIFFERENT = 1;
export async function renderRedline(io, oldFile, newFile, opts) {
    if (opts.format === 'docx' && !opts.output) {
        ioError(io, 'a Word redline is a binary file: name it with -o, e.g. `slac diff --render --format docx -o redline.docx old.sla new.sla`');
        return EXIT_USAGE;
    }
    const before = loadContract(io, oldFile);
    const after = loadContract(io, newFile);
    // A contract that cannot be compared is an error of the comparison (2), not a difference (1).
    if (!before.model || !after.model)
        return EXIT_USAGE;
    const { content, changed } = await redline(before.model, after.model, opts.lang, opts.format);
    const exit = changed ? EXIT_DIFFERENT : EXIT_OK;
    if (!opts.output) {
        io.stdout(String(content));
        return exit;
    }
    return writeOutput(io, opts.output, content) ? exit : EXIT_USAGE;
}
