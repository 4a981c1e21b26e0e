import { documentOutput } from './document/index.js';
import { evaluatorOutput } from './emit/evaluator.js';
import { sourceStem } from './source-stem.js';
export { sourceStem } from './source-stem.js';
/** The AST as JSON (grammar/ast.schema.json), ranges included. */
export const astOutput = (analysis, file) => [
    { path: `${sourceStem(file)}.ast.json`, content: `${JSON.stringify(analysis.document, null, 2)}\n` },
];
/**
 * The outputs, in the order their files are written: the AST, the contract documents
 * (`<stem>.<lang>.<md|html|docx>`), then the evaluator module (`<stem>.mjs` + `<stem>.d.ts`).
 */
export const buildOutputs = [astOutput, documentOutput, evaluatorOutput];
/**
 * Every file of every output, in output order. Two outputs claiming the same path is a bug in the
 * outputs, not in the user's contract, so it throws.
 */
export async function buildFiles(analysis, file, outputs = buildOutputs) {
    const files = [];
    const seen = new Set();
    for (const output of outputs) {
        for (const f of await output(analysis, file)) {
            if (seen.has(f.path))
                throw new Error(`two build outputs write '${f.path}'`);
            seen.add(f.path);
            files.push(f);
        }
    }
    return files;
}
