/**
 * The redline: the new version of a contract with its changes against the old version marked,
 * as standalone HTML (`<ins>`/`<del>`, redline.css) or as Word with tracked changes the other
 * party accepts or rejects in Word.
 *
 *   old, new model ──buildView + templates──▶ two HTML documents ──align.ts──▶ one marked tree
 *                                                                  ├──▶ HTML (new page, marked <main>)
 *                                                                  └──▶ docx/ (w:ins, w:del)
 *
 * Both versions go through the same view model and templates as the contract documents, so the
 * redline shows exactly the text each version's document has.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import render from 'dom-serializer';
import { Element, Text } from 'domhandler';
import Handlebars from 'handlebars';
import { contractBody, fragment } from '../document/docx/html.js';
import { keepTogether, prepare, renderPage, templateDir } from '../document/render.js';
import { buildView } from '../document/view-model.js';
import { alignBlocks } from './align.js';
/** Who the tracked changes of a DOCX redline are by. */
export const AUTHOR = 'slac';
export async function renderRedline(before, after, lang, format) {
    const [oldView, newView] = [buildView(before, lang), buildView(after, lang)];
    const [oldPage, newPage] = [renderPage(oldView, lang), renderPage(newView, lang)];
    const aligned = alignBlocks(contractBody(oldPage.html), contractBody(newPage.html), lang);
    const body = [...legend(oldView, newView, lang, format), new Text('\n'), ...aligned.nodes];
    if (format === 'docx') {
        const { docxOf } = await import('../document/docx/index.js');
        const date = after.revisions.date;
        const content = await docxOf(main(body).children, newPage.page, lang, { author: AUTHOR, date: date ? `${date}T00:00:00Z` : null });
        return { content, changed: aligned.changed };
    }
    return { content: page(newPage.html, body), changed: aligned.changed };
}
/** The new document's page with the marked body and the redline styles. */
function page(html, body) {
    const open = '<main class="contract">\n';
    const start = html.indexOf(open);
    const end = html.lastIndexOf('\n</main>');
    if (start < 0 || end < start)
        throw new Error('rendered document has no <main> element');
    const css = readFileSync(join(templateDir(), 'redline.css'), 'utf8').trim();
    const head = html.slice(0, start).replace('\n</style>', `\n${css}\n</style>`);
    // dom-serializer escapes every text (`&`, `<`, `>`) and attribute value it writes.
    return `${head}${open}${render(body, { encodeEntities: 'utf8' })}${html.slice(end)}`;
}
function main(children) {
    const el = new Element('main', { class: 'contract' });
    for (const c of children)
        c.parent = el;
    el.children = children;
    return el;
}
const legends = new Map();
/** The legend at the top of the first page: which versions are compared, and how the marks read. */
function legend(oldView, newView, lang, format) {
    let template = legends.get(lang);
    if (!template) {
        const hb = Handlebars.create();
        hb.registerHelper('eq', (a, b) => a === b);
        template = hb.compile(readFileSync(join(templateDir(), lang, 'redline', 'legend.hbs'), 'utf8'), { strict: false });
        legends.set(lang, template);
    }
    const version = (v) => ({ version: v.agreement.version, date: v.legal.revisions.date, status: v.legal.revisions.status });
    // Cleaned of control characters as every text of the documents is; Handlebars escapes the rest.
    const html = template(prepare({ old: version(oldView), new: version(newView), docx: format === 'docx' }, 'html'));
    return fragment(keepTogether(html.replace(/\n(?=<|$)/g, ''), lang)).filter((n) => n.type !== 'text' || n.data.trim() !== '');
}
