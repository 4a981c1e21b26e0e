/**
 * Country names as they stand in a sentence: `Nederland`, `de Verenigde Staten`; `the Netherlands`,
 * `Germany`. Names come from Intl.DisplayNames in the document's locale; the article some names
 * take is the locale's own rule.
 */
import { type DocLang } from './locale.js';
export declare function formatCountry(code: string, lang: DocLang): string;
