import type { DocLang } from '../format/locale.js';
import { type PageSettings } from '../render.js';
import { type ChildNode } from './html.js';
import { type Revisions } from './revisions.js';
/** The whole contract as .docx bytes. Deterministic: the same view gives the same bytes. */
export declare function renderDocx(view: object, lang: DocLang): Promise<Uint8Array>;
/**
 * The .docx of a contract body (the children of the HTML's `<main>`) and its page settings. A
 * redline passes its tree and the author and date of its tracked changes.
 */
export declare function docxOf(body: readonly ChildNode[], page: PageSettings, lang: DocLang, revisions: Revisions | null): Promise<Uint8Array>;
