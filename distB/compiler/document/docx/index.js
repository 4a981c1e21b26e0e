/**
 * The contract document as a Word file. Built from the HTML rendering of the same templates and
 * view model (render.ts's structure helpers write a closed set of elements), so the wording has
 * one home: the templates.
 *
 *   view model ──templates + HTML helpers──▶ element tree ──blocks.ts──▶ docx objects ──pack.ts──▶ .docx
 */
import { Document, Packer } from 'docx';
import { renderPage } from '../render.js';
import { blocks, toDocx } from './blocks.js';
import { contractBody } from './html.js';
import { xmlText } from './inline.js';
import { footer, header, sectionProperties } from './page.js';
import { deterministic } from './pack.js';
import { withRevisions } from './revisions.js';
import { numbering, styles } from './style.js';
/** The whole contract as .docx bytes. Deterministic: the same view gives the same bytes. */
export async function renderDocx(view, lang) {
    const { html, page } = renderPage(view, lang);
    return docxOf(contractBody(html), page, lang, null);
}
/**
 * The .docx of a contract body (the children of the HTML's `<main>`) and its page settings. A
 * redline passes its tree and the author and date of its tracked changes.
 */
export async function docxOf(body, page, lang, revisions) {
    const counter = { lists: 0, bookmarks: 0 };
    const children = withRevisions(revisions, () => toDocx(blocks(body, counter)));
    const doc = new Document({
        // The title is the view model's string itself (a helper argument, never escaped as HTML).
        title: typeof page.title === 'string' ? xmlText(page.title) : '',
        creator: 'slac',
        lastModifiedBy: 'slac',
        revision: 1,
        styles: styles(lang),
        numbering: numbering(counter.lists),
        // Narrow table columns hyphenate as the HTML does (hyphens: auto), not break inside a word.
        hyphenation: { autoHyphenation: true },
        sections: [
            {
                properties: sectionProperties(),
                headers: { default: header(page) },
                footers: { default: footer(page) },
                children,
            },
        ],
    });
    return deterministic(await Packer.toBuffer(doc));
}
