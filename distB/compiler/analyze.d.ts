/**
 * The front end in stages: parse → check → lower. The checker's passes all run and report
 * together, also on a tree that error recovery built, so that while a person types, the other
 * mistakes in the file stay in view; what they report inside a declaration with a syntax error is
 * left out (it would be noise that follows from the syntax error). The contract model is built
 * only from a tree without errors.
 */
import type { Declaration } from '../grammar/ast.js';
import { type ParseResult } from '../grammar/index.js';
import { type Diagnostic } from '../diagnostics/index.js';
import type { ContractModel } from './model.js';
/** Diagnostics shown per file; the rest are summed up in one `too-many-problems` diagnostic. */
export declare const MAX_DIAGNOSTICS = 100;
export interface Analysis extends ParseResult {
    /** How the file's imports were resolved (compiler/program.ts); absent for a file without imports. */
    imports?: ImportContext;
    /** Syntax and checker diagnostics together, in source order, at most MAX_DIAGNOSTICS + 1. */
    diagnostics: Diagnostic[];
    /** All problems found, including those not shown. */
    counts: {
        errors: number;
        warnings: number;
    };
    /** The contract's meaning; null when there are errors, or when it was not asked for. */
    model: ContractModel | null;
}
/** The SHA-256 of a source text (hex): the documents print it, so a signed PDF names its source. */
export declare function sourceHash(text: string): string;
/** What to compute beyond the diagnostics: `model: false` when only they are wanted (`slac check`). */
export interface AnalyzeOptions {
    model?: boolean;
    /** The declarations a file imports, resolved by compiler/program.ts. */
    imports?: ImportContext;
}
/** What a program gives the checker of a file that imports (compiler/program.ts builds it). */
export interface ImportContext {
    /** Imported declarations: checked and lowered with the file's own, as if written in it. */
    declarations: Declaration[];
    /** Problems of the imports themselves (missing file, cycle, unknown name, duplicate), in this file. */
    diagnostics: Diagnostic[];
    /** The texts of the files the declarations come from, by path: the source hash covers them too. */
    sources: ReadonlyArray<{
        path: string;
        text: string;
    }>;
    /**
     * A diagnostic the checker found: undefined when it lies in this file; else what to report in
     * this file instead (at the import), or null when the imported file reports it itself.
     */
    rehome(d: Diagnostic): Diagnostic | null | undefined;
}
export declare function analyze(text: string, options?: AnalyzeOptions): Analysis;
/** Everything after parsing; the language service's incremental analysis ends here too. */
export declare function checkParsed(parsed: ParseResult, text: string, { model: wanted, imports }?: AnalyzeOptions): Analysis;
export declare function countProblems(diagnostics: readonly Diagnostic[]): Analysis['counts'];
/** The first MAX_DIAGNOSTICS, then one diagnostic that says how many more there are. */
export declare function capped(sorted: Diagnostic[]): Diagnostic[];
