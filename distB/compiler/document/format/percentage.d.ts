/** Percentages as the locale writes them: `99,9%` (nl), `99.9%` (en). */
import { type DocLang } from './locale.js';
export declare function formatPercentage(value: number, lang: DocLang): string;
