export type FailureKind = 'throw' | 'range' | 'fmt-reparse' | 'fmt-ast' | 'fmt-idempotent' | 'incremental' | 'state' | 'infinity' | 'hang';
export interface Failure {
    kind: FailureKind;
    /** The stage that failed: parse, analyze, format, emit, render, scenarios, lsp … */
    stage: string;
    message: string;
}
/** A JSON form of a tree without its positions, for comparing ASTs. */
export declare function withoutRanges(value: unknown): string;
/** The parts of the pipeline, so that minimising a failure re-runs only the part that failed. */
export type Part = 'parse' | 'analyze' | 'incremental' | 'documents' | 'format' | 'lsp';
export declare function partOf(stage: string): Part;
/** Every check on one mutant of `base` (or only `part`); `positions` are offsets for hover and completion. */
export declare function checkMutant(base: string, text: string, positions: readonly number[], part?: Part | null): Failure[];
