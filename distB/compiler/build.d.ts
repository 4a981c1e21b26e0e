/**
 * What `slac build` writes. Each build output turns a checked analysis into files; later outputs
 * (the evaluator module, the contract documents) join the list. Outputs are pure: the same source
 * gives the same bytes, so builds can be diffed and cached.
 */
import type { Analysis } from './analyze.js';
export interface BuildFile {
    /** Relative to the output directory, with forward slashes. */
    path: string;
    /** Text, or the bytes of a binary file (a Word document). */
    content: string | Uint8Array;
}
/** `file` is the source path as given; outputs usually name their files after its stem. */
export type BuildOutput = (analysis: Analysis, file: string) => BuildFile[] | Promise<BuildFile[]>;
export { sourceStem } from './source-stem.js';
/** The AST as JSON (grammar/ast.schema.json), ranges included. */
export declare const astOutput: BuildOutput;
/**
 * The outputs, in the order their files are written: the AST, the contract documents
 * (`<stem>.<lang>.<md|html|docx>`), then the evaluator module (`<stem>.mjs` + `<stem>.d.ts`).
 */
export declare const buildOutputs: readonly BuildOutput[];
/**
 * Every file of every output, in output order. Two outputs claiming the same path is a bug in the
 * outputs, not in the user's contract, so it throws.
 */
export declare function buildFiles(analysis: Analysis, file: string, outputs?: readonly BuildOutput[]): Promise<BuildFile[]>;
