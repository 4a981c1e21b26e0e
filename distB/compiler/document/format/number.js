/** Plain numbers, scores (`8 out of 10`) and rates (`2 per 100`), per locale. */
import { numberFormat } from './locale.js';
export function formatNumber(value, lang, maximumFractionDigits = 3) {
    return numberFormat(lang, { maximumFractionDigits }).format(value);
}
const outOf = {
    nl: (value, of) => `${value} op een schaal van ${of}`,
    en: (value, of) => `${value} out of ${of}`,
};
/** `8 op een schaal van 10` / `8 out of 10`. */
export function formatScore(value, of, lang) {
    return outOf[lang](formatNumber(value, lang), formatNumber(of, lang));
}
/** `2 per 100`: the counted noun is contract wording, added by the template. */
export function formatRate(count, per, lang) {
    return `${formatNumber(count, lang)} per ${formatNumber(per, lang)}`;
}
