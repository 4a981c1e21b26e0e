/** Language names as they stand in a sentence (`Dutch`, `Nederlands`), from Intl.DisplayNames in the document's locale. */
import { type DocLang } from './locale.js';
export declare function formatLanguage(code: string, lang: DocLang): string;
