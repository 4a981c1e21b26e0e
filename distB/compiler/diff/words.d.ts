import { type DocLang } from '../document/format/locale.js';
import type { LangText } from './change.js';
/** One word or sentence of `lang`, as plain text. */
export declare function word(lang: DocLang, key: string, context?: object): string;
/** A string in every document language. */
export declare function inEach(make: (lang: DocLang) => string): LangText;
/** One word in every document language. */
export declare function words(key: string, context?: (lang: DocLang) => object): LangText;
