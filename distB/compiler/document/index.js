import { sourceStem } from '../source-stem.js';
import { docLangs, isDocLang } from './format/locale.js';
import { sectionHeadings } from './articles.js';
import { renderHover, renderText, renderView } from './render.js';
import { annexLetters, buildView, viewParts } from './view-model.js';
export { buildView } from './view-model.js';
export { docLangs, isDocLang };
export { sectionsOfPartials } from './articles.js';
/** The whole contract document. Deterministic: the same model gives the same bytes. */
export function renderDocument(model, options) {
    return renderView(buildView(model, options.lang, viewOptions(options)), options.lang, options.format);
}
const viewOptions = (o) => (o.changeLog ? { changeLog: o.changeLog } : {});
/**
 * The whole contract document as a Word file (.docx bytes). Deterministic like the others. The
 * docx library loads only here: Markdown, HTML and the language server's hovers do without it.
 */
export async function renderWordDocument(model, lang, options = {}) {
    const { renderDocx } = await import('./docx/index.js');
    return renderDocx(buildView(model, lang, viewOptions(options)), lang);
}
/**
 * The article and annex headings of the model's document in `lang`, in document order (`art-7`,
 * `annex-A`), from the template's own headings (articles.ts): no document is rendered.
 */
export function documentHeadings(model, lang) {
    const view = buildView(model, lang, { checkExamples: false });
    const root = { legal: { parties: view.legal.parties }, agreement: view.agreement, annexes: view.annexes };
    return sectionHeadings(lang).flatMap(({ section, label, title }) => {
        const no = section.kind === 'article' ? section.number : view.annexes[section.annex];
        if (!no)
            return [];
        return [{ id: `${section.kind === 'article' ? 'art' : 'annex'}-${no}`, label: `${label} ${no}`, title: renderText(title, root, lang) }];
    });
}
/** Clause builders per model and language: a hover asks about many clauses of one model. */
const hoverParts = new WeakMap();
/**
 * The sentence a clause reads as in the contract, as plain text in `lang`, rendered with the same
 * partials as the documents. Empty string when the model has no such clause. Builds that clause
 * only (the templates refer to the rest of the document by annex letter alone).
 */
export function describeClause(model, ref, lang) {
    let byLang = hoverParts.get(model);
    if (!byLang)
        hoverParts.set(model, (byLang = new Map()));
    let cached = byLang.get(lang);
    if (!cached)
        byLang.set(lang, (cached = { parts: viewParts(model, lang), annexes: annexLetters(model) }));
    const context = clauseContext(model, cached.parts, ref);
    return context ? renderHover(ref.kind, { annexes: cached.annexes, item: context }, lang) : '';
}
function clauseContext(model, parts, ref) {
    const byName = (items) => items.find((x) => x.name === ref.name);
    const one = (items, build) => {
        const item = byName(items);
        return item ? build(item) : null;
    };
    switch (ref.kind) {
        case 'target': {
            const found = byName(model.tiers) ?? (ref.name === '' ? model.tiers.find((t) => t.implicit) : undefined);
            if (!found || !ref.priority)
                return null;
            const tier = parts.tier(found);
            const row = tier.rows.find((r) => r.name === ref.priority);
            if (!row)
                return null;
            const which = ref.target ?? 'response';
            const target = { response: row.response, resolution: row.resolution, 'next-reply': row.nextReply, update: row.update }[which];
            return target ? { tier, row, which, target } : null;
        }
        case 'objective':
            return one(model.objectives, parts.objective);
        case 'calendar':
            return one(model.calendars, parts.calendar);
        case 'priority':
            return one(model.priorities, parts.priority);
        case 'tier': {
            const tier = one(model.tiers, parts.tier);
            return tier && tier.rows.length > 0 ? tier : null;
        }
        case 'credits': {
            const ladder = model.credits.find((l) => l.objective === ref.name);
            return ladder ? parts.ladder(ladder) : null;
        }
        case 'escalation':
            return one(model.escalations, parts.escalation);
        case 'service':
            return one(model.services, parts.service);
    }
}
/** `slac build`: the contract in every document language, as Markdown, HTML and Word. */
export const documentOutput = async (analysis, file) => {
    const model = analysis.model;
    if (!model)
        return [];
    const stem = sourceStem(file);
    const files = [];
    for (const lang of docLangs) {
        for (const format of ['md', 'html'])
            files.push({ path: `${stem}.${lang}.${format}`, content: renderDocument(model, { lang, format }) });
        files.push({ path: `${stem}.${lang}.docx`, content: await renderWordDocument(model, lang) });
    }
    return files;
};
