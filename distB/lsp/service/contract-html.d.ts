/** The rendered contract (compiler/document) for a preview beside the source. */
import { type DocLang } from '../../compiler/document/index.js';
import type { SlacDocument } from './document.js';
export { RENDER_CONTRACT_COMMAND } from './protocol.js';
export interface RenderedContract {
    lang: DocLang;
    html: string;
}
/** The contract as standalone HTML in `lang` (default: its first contract language). */
export declare function renderContract(doc: SlacDocument, lang?: string): RenderedContract;
