import type { Diagnostic } from '../diagnostics/index.js';
import { type TextRenderOptions } from '../compiler/render-diagnostics.js';
import { readSourceFile } from '../compiler/source-files.js';
export declare const EXIT_OK = 0;
export declare const EXIT_ERRORS = 1;
export declare const EXIT_USAGE = 2;
export declare const EXIT_INTERNAL = 70;
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
export declare function processIo(): CliIo;
/** Thrown by an action to end the run with a usage error after printing its message. */
export declare class UsageError extends Error {
}
export declare function readSource(io: CliIo, file: string): ReturnType<typeof readSourceFile>;
export declare function ioError(io: CliIo, message: string): void;
/** Diagnostics of one file as text on a stream. */
export declare function printDiagnostics(io: CliIo, to: 'stdout' | 'stderr', diagnostics: readonly Diagnostic[], file: string, text: string, otherFile?: TextRenderOptions['otherFile']): void;
/** Writes one output file (creating its folder) and says so (unless `announce` is false); false after reporting a failure. */
export declare function writeOutput(io: CliIo, target: string, content: string | Uint8Array, announce?: boolean): boolean;
