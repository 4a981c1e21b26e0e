/** The checker's passes, in order. Each reads the tree through the context and reports. */
import type { Document } from '../../grammar/ast.js';
import type { Diagnostic } from '../../diagnostics/index.js';
import { type CheckPass } from './context.js';
export declare const checkPasses: readonly CheckPass[];
/** Completeness, judged only on a contract without errors (an error usually explains the gap). */
export declare const completenessPasses: readonly CheckPass[];
/** `syntaxErrors`: the parser found errors already; the contract is then not judged complete either. */
export declare function runChecks(document: Document, diagnostics: Diagnostic[], syntaxErrors?: boolean): void;
