/** `slac build`: check contracts (files or folders), then write every output each produces. */
import { join } from 'node:path';
import { buildFiles, sourceStem } from '../../compiler/build.js';
import { withMetadata } from '../../compiler/document/metadata.js';
import { sourcePaths } from '../../compiler/program.js';
import { loadContract } from '../contract.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, ioError, writeOutput } from '../io.js';
import { CliProgram } from '../program.js';
export async function build(io, files, outDir, metadata = {}) {
    const cli = new CliProgram(io);
    const several = files.length > 1 || sourcePaths(files).length !== files.length;
    const entries = sourcePaths(files);
    if (entries.length === 0) {
        ioError(io, `no .sla files in ${files.map((f) => `'${f}'`).join(', ')}`);
        return EXIT_USAGE;
    }
    // Outputs are named after the source's stem: two sources with one stem would overwrite each other.
    const stems = new Map();
    for (const file of entries) {
        const other = stems.get(sourceStem(file));
        if (other) {
            ioError(io, `'${file}' and '${other}' would write the same outputs (${sourceStem(file)}.*); build them into different folders`);
            return EXIT_USAGE;
        }
        stems.set(sourceStem(file), file);
    }
    let exit = EXIT_OK;
    for (const file of entries) {
        const path = cli.entry(file);
        // In a folder, a file of shared definitions is built into the contracts that import it.
        if (several && cli.program.file(path).error === null && isDefinitions(cli, path))
            continue;
        const { analysis, exit: failed } = loadContract(io, file, cli);
        if (!analysis) {
            exit = failed === EXIT_USAGE || exit === EXIT_USAGE ? EXIT_USAGE : EXIT_ERRORS;
            continue;
        }
        for (const out of await buildFiles({ ...analysis, model: analysis.model && withMetadata(analysis.model, metadata) }, file)) {
            if (!writeOutput(io, join(outDir, ...out.path.split('/')), out.content))
                return EXIT_USAGE;
        }
    }
    return exit;
}
/** A file without an agreement and without errors: definitions for others to import. */
function isDefinitions(cli, path) {
    const analysis = cli.program.analyze(path, { model: false });
    return analysis.counts.errors === 0 && !analysis.document.declarations.some((d) => d.kind === 'Agreement');
}
