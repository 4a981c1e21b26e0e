/**
 * The sentence a clause reads as in the contract, from the contract documents
 * (compiler/document). Until those documents can describe a single clause, hovers fall back to
 * the service's own concise summaries (sentences.ts): this returns null.
 */
import type { SlacDocument } from './document.js';
import type { ClauseRef } from './hover.js';
import type { Lang } from './sentences.js';

export function clauseSentence(_doc: SlacDocument, _ref: ClauseRef, _lang: Lang): string | null {
  return null;
}
