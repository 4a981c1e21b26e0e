/**
 * What the comparison works on: a contract model taken apart into elements with a stable identity
 * (`objective/uptime`, `target/Vitaal/P1/resolution`), each with the aspects that carry meaning.
 * Source lines and declaration order are not meaning: they are left out of every value compared.
 */
import type { DocLang } from '../document/format/locale.js';
import type { TextModel } from '../model.js';
import type { LangText, Subject } from './change.js';
export interface Aspect {
    name: string;
    /** What is compared (made canonical before comparing). */
    value: unknown;
    /** How the contract says it. */
    text: LangText;
    /** The aspect in words; null for the element's main value. */
    label: LangText | null;
    /** A contract text: its changes are shown word by word. */
    prose?: boolean;
    /**
     * Said after the new value, for context: the sibling aspect of that name (the service window of a
     * changed time). When that aspect changed too, the two are one change, each side with its own.
     */
    note?: string;
    /** The partial it is rendered in, when not the element's. */
    partial?: string;
}
export interface Entity {
    id: string;
    subject: Subject;
    /** The element this one belongs to: when that is added or removed, this one is not listed on its own. */
    parent: string | null;
    label: LangText;
    /** Top-level elements: their kind and name, for `New objective: Periodic update`. */
    noun: LangText | null;
    name: LangText | null;
    /** Elements inside another: the item itself (`closed on 24 December 2027`). */
    item: LangText | null;
    /** The element in a sentence, for an added or removed one. */
    summary: LangText | null;
    /** The document partial that renders it (→ article); null: the heading. */
    partial: string | null;
    aspects: Aspect[];
    /** Lists of contract texts: compared as a whole list, whatever their order. */
    texts: Array<{
        name: string;
        label: LangText | null;
        texts: readonly TextModel[];
        partial?: string;
    }>;
    /** Outcomes the element bears on (see Change.bears). */
    bears: string[];
}
/** A contract text in one language: its own, else the language-neutral one, else the first given. */
export declare function textIn(t: TextModel | null | undefined, lang: DocLang): string;
/** A deep copy without source positions and with sorted keys: equal meaning, equal JSON. */
export declare function canonical(value: unknown): unknown;
export declare const sameValue: (a: unknown, b: unknown) => boolean;
