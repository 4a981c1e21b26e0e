import { type Failure, type Part } from './check.js';
export interface CorpusFile {
    path: string;
    text: string;
}
/** Every example and every .sla fixture, in a fixed order. */
export declare function loadCorpus(root: string): CorpusFile[];
export interface Mutant {
    index: number;
    base: CorpusFile;
    text: string;
    /** Offsets for hover and completion. */
    positions: number[];
}
/** The index-th mutant of a seed: each has its own generator, so any one can be replayed alone. */
export declare function mutantAt(seed: number, index: number, corpus: readonly CorpusFile[]): Mutant;
/** Failures that are the same defect: kind, stage and message with its numbers and quotes blurred. */
export declare function signature(f: Failure): string;
export type Checker = (base: string, text: string, positions: number[], part: Part | null) => Promise<Failure[]>;
/**
 * Delta debugging on lines, then on characters: the smallest text (within the time budget) that
 * still fails with the same signature.
 */
export declare function minimise(m: Mutant, failure: Failure, check: Checker, budgetMs: number): Promise<string>;
