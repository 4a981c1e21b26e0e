/**
 * The sentence a clause reads as in the contract, from the contract documents (compiler/document,
 * `describeClause`), so a hover shows the contract's own wording. It needs the contract model: the
 * current one, or while the text has errors the newest one without (names may then be missing:
 * no sentence, and the hover falls back to the service's own summary).
 */
import { type ClauseRef } from '../../compiler/document/index.js';
import type * as A from '../../grammar/ast.js';
import type { SlacDocument } from './document.js';
import type { Lang } from './sentences.js';
export type { ClauseRef } from '../../compiler/document/index.js';
export declare function clauseSentence(doc: SlacDocument, ref: ClauseRef | null, lang: Lang): string | null;
/** The tier whose table shows a target of the `targets` block: the implicit tier, or the first that takes it over. */
export declare function tierOfDefaultTarget(doc: SlacDocument, priority: string, target: A.TargetKind): string;
