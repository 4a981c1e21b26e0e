/**
 * Concise one-line summaries of a clause in English and Dutch, for hovers. These are editor
 * summaries, not the contract's wording: the contract documents (compiler/document) own that, and
 * the hover prefers their sentence when they provide one (see hover.ts).
 */
import type * as A from '../../grammar/ast.js';
export type Lang = 'en' | 'nl';
export declare function number(raw: string, lang: Lang): string;
/** A duration in the contract's own words: the document's formatter, so hover and contract agree. */
export declare function durationWords(d: A.Duration, lang: Lang): string;
export declare function valueWords(v: A.Value, lang: Lang): string;
/** `Response to critical within 15 minutes, counted on calendar always.` */
export declare function targetSentence(t: A.TargetStmt, calendar: string | null, priorityTitles: (name: string) => string, lang: Lang): string;
export declare function measureSentence(m: A.Measure, lang: Lang): string;
export declare function exclusionSentence(e: A.ExclusionStmt, lang: Lang): string;
