import { type DocLang } from './format/locale.js';
export type OutputFormat = 'md' | 'html';
export type Mode = OutputFormat | 'text';
/**
 * The template directory: next to this module when running from source, and the same source
 * folder when running from `dist/` or the bundle in `dist/bin/` (neither copies .hbs files; the
 * package ships compiler/document/templates).
 */
export declare function templateDir(): string;
/**
 * Markdown escaping for inline text: backslash before every character that could start markup
 * (emphasis, links, HTML, headings, tables, code, entities). A string never changes the block
 * structure around it: its line breaks and tabs become spaces, surrounding blanks go (they could
 * make an indented code block or a hard break), and what could open a block at the start of a
 * line (`---`, `===`, `- `, `+ `, `1. `, `1) `) is escaped when the string starts with it.
 */
export declare function escapeMarkdown(text: string): string;
/** Deep copy of the view model with every string cleaned (and Markdown-escaped for Markdown). */
export declare function prepare(value: unknown, mode: Mode): unknown;
/** What `{{#page}}` is given besides the body: the DOCX builds its page furniture from it. */
export interface PageSettings {
    article?: string;
    annex?: string;
    toc?: string;
    title?: unknown;
    footer?: unknown;
    pageLabel?: string;
    pageOf?: string;
    initials?: string;
}
/**
 * Printed HTML never breaks a date ("24 / december"), a short quoted name (a status „2 - Hoog”) or an
 * e-mail address at a hyphen or dot: the day, month and year are joined by no-break spaces, the name
 * is kept on one line (a no-break space would still break after its hyphen), an address breaks, if it
 * must (a narrow table column), only after its `@`.
 */
export declare function keepTogether(html: string, lang: DocLang): string;
/** The whole contract document in one language and format. */
export declare function renderView(view: object, lang: DocLang, format: OutputFormat): string;
/** The HTML document and its page settings: the structure the DOCX is built from (compiler/document/docx). */
export declare function renderPage(view: object, lang: DocLang): {
    html: string;
    page: PageSettings;
};
/** One hover template (`hover/<name>.hbs`) as plain text. */
export declare function renderHover(name: string, context: object, lang: DocLang): string;
/**
 * A template source rendered as one line of plain text in the documents' text environment of
 * `lang`: every partial and helper of the contract templates is available, so other wording (the
 * change list of `slac diff`) says a clause exactly as the contract does. Compiled once per source.
 */
export declare function renderText(source: string, context: object, lang: DocLang): string;
