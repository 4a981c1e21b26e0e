/**
 * The look of the Word document, taken from print.css: A4 with its margins, Georgia 10.5 pt,
 * headings in the accent colour, Word's own heading styles (so the navigation pane and an
 * inserted table of contents work) and a lettered numbering for each (a, b, c) list.
 */
import { type INumberingOptions, type IStylesOptions } from 'docx';
import type { DocLang } from '../format/locale.js';
/** Twentieths of a point per millimetre. */
export declare const mm: (n: number) => number;
/** print.css works in em of the body text (10.5 pt). */
export declare const em: (n: number) => number;
export declare const page: {
    width: number;
    height: number;
    top: number;
    right: number;
    bottom: number;
    left: number;
};
export declare const textWidth: number;
/** Clause numbers hang in a column this wide; the clause text and what follows it line up after it. */
export declare const clauseIndent: number;
/** The indent of a lettered list item, from the text it belongs to. */
export declare const listIndent: number;
export declare const fonts: {
    body: string;
    mono: string;
};
/** Half-points. */
export declare const sizes: {
    body: number;
    title: number;
    heading: number;
    sub: number;
    subtitle: number;
    table: number;
    note: number;
    aside: number;
    code: number;
    toc: number;
    footer: number;
    page: number;
    initials: number;
};
export declare const colors: {
    ink: string;
    accent: string;
    muted: string;
    note: string;
    rule: string;
    light: string;
    partyRule: string;
    box: string;
    missing: string;
};
/** The styles, with the document's language (Word hyphenates and spell-checks by it). */
export declare const styles: (lang: DocLang) => IStylesOptions;
/** The numbering of the document's n-th lettered list (1-based). */
export declare const alphaList: (n: number) => string;
/**
 * One lettered numbering per list, each its own abstract numbering: with one shared definition
 * and a restart per list, LibreOffice's change-tracking view counted a list on from the one before
 * (2.3 read "s., t." after the 18 definitions).
 */
export declare function numbering(lists: number): INumberingOptions;
