/**
 * Contract documents: the contract model rendered as a Dutch or English document, in Markdown or
 * as one standalone HTML file, and single clauses as plain text for the language server's hover.
 *
 *   model ──buildView──▶ view model (data, formatted values, derived facts)
 *         ──templates/{nl,en}──▶ Markdown | HTML | plain text
 *                                 HTML ──docx/──▶ Word (.docx)
 */
import type { BuildOutput } from '../build.js';
import type { ChangeLogInput } from './change-log.js';
import type { ContractModel } from '../model.js';
import { docLangs, isDocLang, type DocLang } from './format/locale.js';
import { type OutputFormat } from './render.js';
export type { DocLang } from './format/locale.js';
export type { OutputFormat } from './render.js';
export { buildView, type DocumentView } from './view-model.js';
export { docLangs, isDocLang };
export { sectionsOfPartials, type Section } from './articles.js';
export interface RenderOptions {
    lang: DocLang;
    format: OutputFormat;
    /** The change-log annex: the changes since an earlier version (compiler/diff/change-log.ts). */
    changeLog?: ChangeLogInput;
}
/** The whole contract document. Deterministic: the same model gives the same bytes. */
export declare function renderDocument(model: ContractModel, options: RenderOptions): string;
/**
 * The whole contract document as a Word file (.docx bytes). Deterministic like the others. The
 * docx library loads only here: Markdown, HTML and the language server's hovers do without it.
 */
export declare function renderWordDocument(model: ContractModel, lang: DocLang, options?: {
    changeLog?: ChangeLogInput;
}): Promise<Uint8Array>;
/**
 * The article and annex headings of the model's document in `lang`, in document order (`art-7`,
 * `annex-A`), from the template's own headings (articles.ts): no document is rendered.
 */
export declare function documentHeadings(model: ContractModel, lang: DocLang): Array<{
    id: string;
    label: string;
    title: string;
}>;
/** A clause the hover can ask about. */
export interface ClauseRef {
    kind: 'target' | 'objective' | 'calendar' | 'priority' | 'tier' | 'credits' | 'escalation' | 'service';
    /** The declared name; for `target`, the tier's name ('' for a contract without tiers); for `credits`, the objective's. */
    name: string;
    /** For `target`: the priority. */
    priority?: string;
    /** For `target`: which target. */
    target?: import('../../grammar/ast.js').TargetKind;
}
/**
 * The sentence a clause reads as in the contract, as plain text in `lang`, rendered with the same
 * partials as the documents. Empty string when the model has no such clause. Builds that clause
 * only (the templates refer to the rest of the document by annex letter alone).
 */
export declare function describeClause(model: ContractModel, ref: ClauseRef, lang: DocLang): string;
/** `slac build`: the contract in every document language, as Markdown, HTML and Word. */
export declare const documentOutput: BuildOutput;
