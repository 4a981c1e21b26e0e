import type * as A from '../grammar/ast.js';
import { type ParseResult } from '../grammar/index.js';
import { type Analysis, type AnalyzeOptions } from './analyze.js';
import { type SourceRead } from './source-files.js';
/** The findings of an SLA's underpinning block, which need the agreements it names (compiler/underpinning/program-check.ts). */
export type UnderpinningCheck = (program: Program, path: string, analysis: Analysis, full: () => Analysis) => Analysis;
/**
 * The underpinning check registers itself when its module is loaded: it builds the runtime's
 * calendars (holiday rules included), which a contract without an underpinning block never needs,
 * so `slac check` loads it only for files that may hold one (cli/underpinning.ts).
 */
export declare function registerUnderpinningCheck(check: UnderpinningCheck): void;
/** How a program reads a file: the disk for the CLI, open documents first in the editor. */
export interface SourceHost {
    read(path: string): SourceRead;
}
export declare const diskHost: SourceHost;
export interface ProgramFile {
    path: string;
    /** The text read; '' when it could not be read. */
    text: string;
    parsed: ParseResult;
    /** Why the file could not be read, or null. */
    error: string | null;
}
export declare class Program {
    private readonly host;
    private readonly files;
    private readonly exported;
    private readonly analyses;
    private readonly origins;
    constructor(host?: SourceHost);
    /** Read and parsed once per program. */
    file(path: string): ProgramFile;
    paths(): string[];
    /** The file a declaration of this program is written in. */
    originOf(declaration: A.Declaration): string | undefined;
    /** A file's analysis with its imports resolved (cached per file, with or without the model). */
    analyze(path: string, options?: Omit<AnalyzeOptions, 'imports'>): Analysis;
    /** The analysis of a text in place of the file at `path` (the editor's unsaved document). */
    analyzeText(path: string, text: string, parsed?: ParseResult, options?: Omit<AnalyzeOptions, 'imports'>): Analysis;
    private analyzeFile;
    /** What a file exports: its own importable declarations, then what it imports. */
    private exportsOf;
    /** The exports a file's imports bring in, with the problems of those imports (in that file). */
    private importedInto;
    private importItem;
    private resolveImports;
    /** The files from `path` through imports to `goal` (`path` first, `goal` last), or null. */
    private chainTo;
    /** A path as the importing file's reader knows it: relative to that file's directory. */
    private shown;
}
export { sourcePaths } from './source-paths.js';
