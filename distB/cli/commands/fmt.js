/** `slac fmt`: print, check or rewrite files in the canonical layout. */
import { writeFileSync } from 'node:fs';
import { hasErrors } from '../../diagnostics/index.js';
import { format } from '../../compiler/format.js';
import { reasonOf } from '../../compiler/source-files.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, ioError, printDiagnostics, readSource } from '../io.js';
export function fmt(io, files, mode) {
    let exit = EXIT_OK;
    const worse = (code) => {
        if (code === EXIT_USAGE || (code === EXIT_ERRORS && exit === EXIT_OK))
            exit = code;
    };
    for (const file of files) {
        const source = readSource(io, file);
        if (!source.ok) {
            ioError(io, source.message);
            worse(EXIT_USAGE);
            continue;
        }
        const result = format(source.text);
        if (result.diagnostics.length > 0) {
            printDiagnostics(io, 'stderr', result.diagnostics, file, source.text);
            if (hasErrors(result.diagnostics)) {
                io.stderr(`cannot format '${file}': it has syntax errors\n`);
                worse(EXIT_ERRORS);
                continue;
            }
        }
        if (mode === 'print') {
            io.stdout(result.text);
        }
        else if (result.text !== source.text) {
            if (mode === 'check') {
                io.stdout(`would reformat ${file}\n`);
                worse(EXIT_ERRORS);
            }
            else {
                try {
                    writeFileSync(file, result.text);
                }
                catch (error) {
                    ioError(io, `cannot write '${file}': ${reasonOf(error)}`);
                    worse(EXIT_USAGE);
                    continue;
                }
                io.stdout(`formatted ${file}\n`);
            }
        }
    }
    return exit;
}
