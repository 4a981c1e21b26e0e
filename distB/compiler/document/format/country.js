/**
 * Country names as they stand in a sentence: `Nederland`, `de Verenigde Staten`; `the Netherlands`,
 * `Germany`. Names come from Intl.DisplayNames in the document's locale; the article some names
 * take is the locale's own rule.
 */
import { localeOf } from './locale.js';
/** Countries whose name takes the definite article in running text. */
const withArticle = {
    nl: {
        US: 'de',
        GB: 'het',
        PH: 'de',
        AE: 'de',
        BS: 'de',
        DO: 'de',
        CF: 'de',
        MV: 'de',
        KM: 'de',
        MH: 'de',
        SB: 'de',
        KY: 'de',
        FO: 'de',
        SC: 'de',
    },
    en: {
        NL: 'the',
        US: 'the',
        GB: 'the',
        PH: 'the',
        AE: 'the',
        BS: 'the',
        DO: 'the',
        CF: 'the',
        MV: 'the',
        KM: 'the',
        MH: 'the',
        SB: 'the',
        KY: 'the',
        FO: 'the',
        GM: 'the',
        VA: 'the',
        CD: 'the',
    },
};
const cache = new Map();
export function formatCountry(code, lang) {
    const upper = code.toUpperCase();
    const key = `${lang}|${upper}`;
    let name = cache.get(key);
    if (name === undefined) {
        let plain;
        try {
            plain = new Intl.DisplayNames([localeOf(lang)], { type: 'region', fallback: 'code' }).of(upper) ?? upper;
        }
        catch {
            plain = upper;
        }
        const article = withArticle[lang][upper];
        name = article ? `${article} ${plain}` : plain;
        cache.set(key, name);
    }
    return name;
}
