import type { ContractModel } from '../model.js';
import type { BuildOutput } from '../build.js';
export declare const RUNTIME_SPECIFIER = "slac/runtime";
/** JSON that is safe to place in JavaScript (and in an HTML script element). */
export declare function safeJson(value: unknown, indent?: number): string;
export interface EmittedEvaluator {
    js: string;
    dts: string;
}
/**
 * How the module reaches the runtime: it imports `slac/runtime`, or it carries the runtime
 * (`script`: dist/standalone/runtime.js, which defines `__slacRuntime`) at its end and takes its
 * types from the runtime's declarations written beside it (`./slac-runtime/`).
 */
export type RuntimeLink = {
    kind: 'import';
} | {
    kind: 'bundled';
    script: string;
};
/** Where a standalone module's types come from, relative to the module. */
export declare const STANDALONE_TYPES_DIR = "slac-runtime";
export declare function emitEvaluator(model: ContractModel, file: string, runtime?: RuntimeLink): EmittedEvaluator;
/** `slac build` output: the evaluator module and its types, `<stem>.mjs`, `<stem>.d.ts` and `<stem>.d.mts`. */
export declare const evaluatorOutput: BuildOutput;
/**
 * The module and its types: `.d.ts` as asked for, and the same declarations as `.d.mts`, the name
 * TypeScript looks for next to an `.mjs` file (`import … from './contract.mjs'` under NodeNext).
 */
export declare function evaluatorFiles(stem: string, js: string, dts: string): Array<{
    path: string;
    content: string;
}>;
