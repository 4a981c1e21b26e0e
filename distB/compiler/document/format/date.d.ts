import { type DocLang } from './locale.js';
/** `1 januari 2026` / `1 January 2026`. */
export declare function formatDate(iso: string, lang: DocLang): string;
/** `vrijdag 25 december 2026` / `Friday 25 December 2026`. */
export declare function formatDateWithWeekday(iso: string, lang: DocLang): string;
/** `vrijdag 6 maart 2026, 17:00` / `Friday 6 March 2026, 17:00`: a local wall-clock time. */
export declare function formatDateTime(date: string, time: string, lang: DocLang): string;
/** `maart 2026` / `March 2026`. */
export declare function formatMonth(year: number, month: number, lang: DocLang): string;
/** The weekday name: `maandag` / `Monday` (ISO weekday 1 = Monday). */
export declare function weekdayName(isoWeekday: number, lang: DocLang): string;
/** `1 januari 2026 t/m 31 maart 2026` / `1 January 2026 to 31 March 2026`: both dates inclusive. */
export declare function formatDateRange(from: string, toInclusive: string, lang: DocLang): string;
