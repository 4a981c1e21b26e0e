/**
 * What every command shares: where output goes, the exit codes, and the few ways a command
 * reports a problem (an I/O error line, a file's diagnostics, a usage error).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { renderDiagnostics, renderFileError } from '../compiler/render-diagnostics.js';
import { readSourceFile, reasonOf } from '../compiler/source-files.js';
export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;
export function processIo() {
    const noColor = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
    return {
        stdout: (t) => void process.stdout.write(t),
        stderr: (t) => void process.stderr.write(t),
        colorStdout: !noColor && process.stdout.isTTY === true,
        colorStderr: !noColor && process.stderr.isTTY === true,
    };
}
/** Thrown by an action to end the run with a usage error after printing its message. */
export class UsageError extends Error {
}
export function readSource(io, file) {
    return (io.readSource ?? readSourceFile)(file);
}
export function ioError(io, message) {
    io.stderr(`${renderFileError('io-error', message, { color: io.colorStderr })}\n`);
}
/** Diagnostics of one file as text on a stream. */
export function printDiagnostics(io, to, diagnostics, file, text, otherFile) {
    if (diagnostics.length === 0)
        return;
    const color = to === 'stdout' ? io.colorStdout : io.colorStderr;
    io[to](renderDiagnostics(diagnostics, file, text, otherFile ? { color, otherFile } : { color }));
}
/** Writes one output file (creating its folder) and says so (unless `announce` is false); false after reporting a failure. */
export function writeOutput(io, target, content, announce = true) {
    try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, content);
    }
    catch (error) {
        ioError(io, `cannot write '${target}': ${reasonOf(error)}`);
        return false;
    }
    if (announce)
        io.stdout(`wrote ${target}\n`);
    return true;
}
