import type { DocLang } from './format/locale.js';
import type { DocumentView } from './view-model.js';
/** An article by number (`7`), or an annex by the key of its letter in the view (`holidays`: annexes.holidays). */
export type Section = {
    kind: 'article';
    number: string;
} | {
    kind: 'annex';
    annex: keyof DocumentView['annexes'];
};
/** A section's heading as the template writes it: the label word and the title, as template source. */
export interface SectionHeading {
    section: Section;
    /** `Artikel` / `Bijlage` (the page helper's `article` / `annex`). */
    label: string;
    /** The title as a template (`{{concat "Verplichtingen van de " (partial "customer")}}`), to render against the view. */
    title: string;
}
/**
 * Partial name → the section it is rendered in, for every partial reachable from a section of the
 * document (a partial used in several sections belongs to the first).
 */
export declare function sectionsOfPartials(lang: DocLang): ReadonlyMap<string, Section>;
/** The sections' headings in document order (annexes that a contract lacks included). */
export declare function sectionHeadings(lang: DocLang): readonly SectionHeading[];
