import type { DocLang } from '../document/format/locale.js';
import type { ContractModel } from '../model.js';
export type RedlineFormat = 'html' | 'docx';
export interface Redline {
    /** HTML text or .docx bytes. */
    content: string | Uint8Array;
    /** Whether the two versions' documents differ. */
    changed: boolean;
}
/** Who the tracked changes of a DOCX redline are by. */
export declare const AUTHOR = "slac";
export declare function renderRedline(before: ContractModel, after: ContractModel, lang: DocLang, format: RedlineFormat): Promise<Redline>;
