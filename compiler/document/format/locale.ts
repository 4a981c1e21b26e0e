/**
 * The document languages and the locale each one is formatted in. Every formatter takes the
 * language explicitly: nothing here reads the machine's locale or time zone.
 */
export type DocLang = 'nl' | 'en';

export const docLangs: readonly DocLang[] = ['nl', 'en'];

/** BCP 47 locale per document language: Dutch as written in the Netherlands, British English. */
const locales: Record<DocLang, string> = { nl: 'nl-NL', en: 'en-GB' };

export function localeOf(lang: DocLang): string {
  return locales[lang];
}

export function isDocLang(value: string): value is DocLang {
  return value === 'nl' || value === 'en';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number format of the language, made once per options: constructing one costs far more than formatting. */
export function numberFormat(lang: DocLang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(localeOf(lang), options)));
  return format;
}

/** "a, b en c" / "a, b and c". */
export function formatList(items: readonly string[], lang: DocLang, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(localeOf(lang), { type, style: 'long' }).format(items);
}
