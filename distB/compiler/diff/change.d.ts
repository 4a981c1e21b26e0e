/**
 * The semantic change list of two versions of a contract (`slac diff`): what changed in meaning,
 * element by element, worded in contract terms in each document language.
 */
import type { DocLang } from '../document/format/locale.js';
/** A string in each document language. */
export type LangText = Record<DocLang, string>;
/** The kinds of element a change can be about (the JSON's `subject`). */
export type Subject = 'agreement' | 'party' | 'revisions' | 'revision' | 'legal' | 'breach-rule' | 'field' | 'service' | 'exclusions' | 'responsibilities' | 'calendar' | 'holidays' | 'closed-date' | 'special-hours' | 'priority' | 'matrix' | 'matrix-cell' | 'tier' | 'target' | 'pause' | 'default-targets' | 'statuses' | 'status' | 'alias' | 'objective' | 'objective-exclusion' | 'credits' | 'bonus' | 'credit-band' | 'credit-cap' | 'credit-terms' | 'outage-credits' | 'ticket-credits' | 'escalation' | 'escalation-step' | 'warning' | 'reporting' | 'report' | 'scenario';
/** Where a change lands in the contract document: an article number, an annex letter, or the heading (preamble, parties). */
export type Place = {
    kind: 'article';
    number: string;
} | {
    kind: 'annex';
    letter: string;
} | {
    kind: 'heading';
};
/** One side of a change: the value compared (language-neutral, lines left out) and how the contract says it. */
export interface ChangeSide {
    value: unknown;
    text: LangText;
}
/** A run of words of a changed text: unchanged, only in the old text, or only in the new. */
export interface WordPart {
    op: 'same' | 'removed' | 'added';
    text: string;
}
export interface Change {
    kind: 'added' | 'removed' | 'changed';
    subject: Subject;
    /** The element's identity, stable across versions: `target/Vitaal/P1/resolution`. */
    id: string;
    /** What of the element changed (`within`, `title`, `text` …); null when the element itself is added or removed. */
    aspect: string | null;
    /** The element in contract terms: `Resolution time P1 (Vital)`. */
    label: LangText;
    /** The element's kind and name, for `New objective: Periodic update` (added or removed elements without a parent). */
    noun: LangText | null;
    name: LangText | null;
    /** For an element inside another (a closing day of a service window): the item itself (`closed on 24 December 2027`). */
    item: LangText | null;
    /** The aspect in words (`measurement period`); null for the element's main value. */
    aspectLabel: LangText | null;
    old: ChangeSide | null;
    new: ChangeSide | null;
    /** Said after the new value, for context (`(within the service window …)`). */
    note: LangText | null;
    /** Text changes: the word-level differences, per language. */
    words: Record<DocLang, WordPart[]> | null;
    /** The article or annex of the new contract (of the old one, for a removed element); null: the element is not in the document. */
    place: Place | null;
    /**
     * What the change can alter when the contract is evaluated: `objective:<name>`, `clock:<tier>:<priority>:<target>`,
     * `*` for every outcome (a service window, the fee, the statuses); empty: nothing evaluated.
     */
    bears: string[];
}
