/**
 * What `slac build` writes. Each build output turns a checked analysis into files; later outputs
 * (the evaluator module, the contract documents) join the list. Outputs are pure: the same source
 * gives the same bytes, so builds can be diffed and cached.
 */
import type { Analysis } from './analyze.js';
import { documentOutput } from './document/index.js';
import { evaluatorOutput } from './emit/evaluator.js';
import { sourceStem } from './source-stem.js';

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
export const astOutput: BuildOutput = (analysis, file) => [
  { path: `${sourceStem(file)}.ast.json`, content: `${JSON.stringify(analysis.document, null, 2)}\n` },
];

/**
 * The outputs, in the order their files are written: the AST, the contract documents
 * (`<stem>.<lang>.<md|html|docx>`), then the evaluator module (`<stem>.mjs` + `<stem>.d.ts`).
 */
export const buildOutputs: readonly BuildOutput[] = [astOutput, documentOutput, evaluatorOutput];

/**
 * Every file of every output, in output order. Two outputs claiming the same path is a bug in the
 * outputs, not in the user's contract, so it throws.
 */
export async function buildFiles(analysis: Analysis, file: string, outputs: readonly BuildOutput[] = buildOutputs): Promise<BuildFile[]> {
  const files: BuildFile[] = [];
  const seen = new Set<string>();
  for (const output of outputs) {
    for (const f of await output(analysis, file)) {
      if (seen.has(f.path)) throw new Error(`two build outputs write '${f.path}'`);
      seen.add(f.path);
      files.push(f);
    }
  }
  return files;
}
