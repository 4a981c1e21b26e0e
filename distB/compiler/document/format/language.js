/** Language names as they stand in a sentence (`Dutch`, `Nederlands`), from Intl.DisplayNames in the document's locale. */
import { localeOf } from './locale.js';
export function formatLanguage(code, lang) {
    try {
        const name = new Intl.DisplayNames([localeOf(lang)], { type: 'language', fallback: 'code' }).of(code.trim().toLowerCase());
        return name ?? code;
    }
    catch {
        return code;
    }
}
