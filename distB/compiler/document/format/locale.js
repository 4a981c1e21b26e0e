export const docLangs = ['nl', 'en'];
/** BCP 47 locale per document language: Dutch as written in the Netherlands, British English. */
const locales = { nl: 'nl-NL', en: 'en-GB' };
export function localeOf(lang) {
    return locales[lang];
}
export function isDocLang(value) {
    return value === 'nl' || value === 'en';
}
const numberFormats = new Map();
/** A number format of the language, made once per options: constructing one costs far more than formatting. */
export function numberFormat(lang, options) {
    const key = `${lang}|${JSON.stringify(options)}`;
    let format = numberFormats.get(key);
    if (!format)
        numberFormats.set(key, (format = new Intl.NumberFormat(localeOf(lang), options)));
    return format;
}
/** "a, b en c" / "a, b and c". */
export function formatList(items, lang, type = 'conjunction') {
    return new Intl.ListFormat(localeOf(lang), { type, style: 'long' }).format(items);
}
