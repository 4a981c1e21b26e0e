/**
 * The look of the Word document, taken from print.css: A4 with its margins, Georgia 10.5 pt,
 * headings in the accent colour, Word's own heading styles (so the navigation pane and an
 * inserted table of contents work) and a lettered numbering for each (a, b, c) list.
 */
import { AlignmentType, LevelFormat } from 'docx';
/** Twentieths of a point per millimetre. */
export const mm = (n) => Math.round((n * 1440) / 25.4);
/** print.css works in em of the body text (10.5 pt). */
export const em = (n) => Math.round(n * 10.5 * 20);
export const page = { width: mm(210), height: mm(297), top: mm(24), right: mm(20), bottom: mm(24), left: mm(24) };
export const textWidth = page.width - page.left - page.right;
/** Clause numbers hang in a column this wide; the clause text and what follows it line up after it. */
export const clauseIndent = em(3.5);
/** The indent of a lettered list item, from the text it belongs to. */
export const listIndent = em(1.8);
export const fonts = { body: 'Georgia', mono: 'DejaVu Sans Mono' };
/** Half-points. */
export const sizes = {
    body: 21,
    title: 38,
    heading: 25,
    sub: 22,
    subtitle: 22,
    table: 19,
    note: 18,
    aside: 17,
    code: 18,
    toc: 19,
    footer: 15,
    page: 17,
    initials: 14,
};
export const colors = {
    ink: '1A1A1A',
    accent: '1F3A5F',
    muted: '555555',
    note: '444444',
    rule: '9A9A9A',
    light: 'F1F1EE',
    partyRule: 'D0D0D0',
    box: '777777',
    missing: '7A1F00',
};
/** Line height 1.45 (240 is single), 6 pt after a paragraph. */
const body = { line: 348, after: 120 };
/** The styles, with the document's language (Word hyphenates and spell-checks by it). */
export const styles = (lang) => ({
    default: {
        document: {
            run: { font: fonts.body, size: sizes.body, color: colors.ink, language: { value: lang === 'nl' ? 'nl-NL' : 'en-GB' } },
            paragraph: { spacing: body },
        },
        title: {
            run: { font: fonts.body, size: sizes.title, bold: true, color: colors.accent },
            paragraph: { spacing: { before: 0, after: 80, line: 320 }, keepNext: true },
        },
        heading1: {
            run: { font: fonts.body, size: sizes.heading, bold: true, color: colors.accent },
            paragraph: { spacing: { before: 400, after: 160, line: 300 }, keepNext: true, keepLines: true, outlineLevel: 0 },
        },
        heading2: {
            run: { font: fonts.body, size: sizes.sub, bold: true, color: colors.accent },
            paragraph: { spacing: { before: 280, after: 120, line: 300 }, keepNext: true, keepLines: true, outlineLevel: 1 },
        },
    },
    // Each with the body font: LibreOffice maps some names (Subtitle, TOC Heading) onto its own sans-serif styles.
    paragraphStyles: [
        {
            id: 'Subtitle',
            name: 'Subtitle',
            basedOn: 'Normal',
            next: 'Normal',
            quickFormat: true,
            run: { font: fonts.body, size: sizes.subtitle, color: colors.note },
            paragraph: { spacing: { after: 280 } },
        },
        {
            id: 'Note',
            name: 'Note',
            basedOn: 'Normal',
            next: 'Normal',
            quickFormat: true,
            run: { font: fonts.body, size: sizes.note, color: colors.note },
        },
        {
            id: 'TocHeading',
            name: 'TOC Heading',
            basedOn: 'Normal',
            next: 'Normal',
            run: { font: fonts.body, size: 22, bold: true, color: colors.accent },
            paragraph: { spacing: { before: 120, after: 120 }, keepNext: true },
        },
        {
            id: 'TocEntry',
            name: 'TOC Entry',
            basedOn: 'Normal',
            next: 'Normal',
            run: { font: fonts.body, size: sizes.toc },
            paragraph: { spacing: { after: 40, line: 276 } },
        },
        {
            id: 'TableText',
            name: 'Table Text',
            basedOn: 'Normal',
            next: 'Normal',
            run: { font: fonts.body, size: sizes.table },
            paragraph: { spacing: { after: 0, line: 324 } },
        },
        // No language in the footer: Word and LibreOffice hyphenate by language, and a running title or date is not split.
        {
            id: 'Footer',
            name: 'footer',
            basedOn: 'Normal',
            run: { font: fonts.body, size: sizes.footer, color: colors.muted, language: { value: 'zxx' } },
            paragraph: { spacing: { after: 0, line: 240 } },
        },
    ],
});
/** The numbering of the document's n-th lettered list (1-based). */
export const alphaList = (n) => `slac-alpha-${n}`;
/**
 * One lettered numbering per list, each its own abstract numbering: with one shared definition
 * and a restart per list, LibreOffice's change-tracking view counted a list on from the one before
 * (2.3 read "s., t." after the 18 definitions).
 */
export function numbering(lists) {
    return {
        config: Array.from({ length: lists }, (_, i) => ({
            reference: alphaList(i + 1),
            levels: [
                {
                    level: 0,
                    format: LevelFormat.LOWER_LETTER,
                    text: '%1.',
                    alignment: AlignmentType.LEFT,
                    style: { paragraph: { indent: { left: listIndent, hanging: listIndent } } },
                },
            ],
        })),
    };
}
