export interface Rng {
    next(): number;
    int(n: number): number;
    pick<T>(items: readonly T[]): T;
}
export declare function rng(seed: number): Rng;
export declare function tokensOf(text: string): string[];
/** One mutation of `text`; `corpus` supplies tokens and lines from other files. */
export declare function mutateOnce(text: string, r: Rng, corpus: readonly string[]): string;
/**
 * A mutation that keeps the syntax: most random edits end in a syntax error, and the checker,
 * documents, scenarios and evaluator see only mutants that parse. Here a number becomes another
 * (small, boundary, huge), a string's content becomes hostile text, or a declared name becomes a
 * prototype name everywhere it occurs.
 */
export declare function mutateGently(text: string, r: Rng): string;
/** A mutant: one to four random mutations of a corpus file, or (every other one) one to three that keep the syntax. */
export declare function mutant(r: Rng, corpus: readonly string[]): {
    base: number;
    text: string;
};
