import { Program } from '../compiler/program.js';
import type { Diagnostic } from '../diagnostics/index.js';
import { type CliIo } from './io.js';
export declare class CliProgram {
    private readonly io;
    readonly program: Program;
    private readonly names;
    constructor(io: CliIo);
    /** Registers a file as the user named it; returns its absolute path. */
    entry(name: string): string;
    name(path: string): string;
    /** A file's name and text, for related locations in other files. */
    readonly otherFile: (path: string) => {
        name: string;
        text: string;
    };
    print(to: 'stdout' | 'stderr', path: string, diagnostics: readonly Diagnostic[]): void;
    /** The files loaded besides the entries (what they import), in load order. */
    imported(entries: readonly string[]): string[];
}
