/** Plain numbers, scores (`8 out of 10`) and rates (`2 per 100`), per locale. */
import { type DocLang } from './locale.js';
export declare function formatNumber(value: number, lang: DocLang, maximumFractionDigits?: number): string;
/** `8 op een schaal van 10` / `8 out of 10`. */
export declare function formatScore(value: number, of: number, lang: DocLang): string;
/** `2 per 100`: the counted noun is contract wording, added by the template. */
export declare function formatRate(count: number, per: number, lang: DocLang): string;
