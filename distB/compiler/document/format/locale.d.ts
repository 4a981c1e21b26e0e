/**
 * The document languages and the locale each one is formatted in. Every formatter takes the
 * language explicitly: nothing here reads the machine's locale or time zone.
 */
export type DocLang = 'nl' | 'en';
export declare const docLangs: readonly DocLang[];
export declare function localeOf(lang: DocLang): string;
export declare function isDocLang(value: string): value is DocLang;
/** A number format of the language, made once per options: constructing one costs far more than formatting. */
export declare function numberFormat(lang: DocLang, options: Intl.NumberFormatOptions): Intl.NumberFormat;
/** "a, b en c" / "a, b and c". */
export declare function formatList(items: readonly string[], lang: DocLang, type?: 'conjunction' | 'disjunction'): string;
