/**
 * Weekly opening hours in words: `maandag t/m vrijdag 08:00–18:00`, `zaterdag en zondag
 * 09:00–12:00 en 13:00–18:00`, `dagelijks 00:00–24:00` (English: `Monday to Friday 08:00–18:00`).
 */
import type * as A from '../../../grammar/ast.js';
import type { CalendarModel } from '../../model.js';
import { type DocLang } from './locale.js';
export declare function formatWeekday(day: A.Weekday, lang: DocLang): string;
/** `maandag t/m vrijdag`, `maandag, woensdag en vrijdag`. */
export declare function formatDays(days: ReadonlyArray<{
    from: A.Weekday;
    to: A.Weekday;
}>, lang: DocLang): string;
/** `08:00–12:30 en 13:30–22:00`; no ranges means the whole day. */
export declare function formatTimeRanges(ranges: ReadonlyArray<{
    from: string;
    to: string;
}>, lang: DocLang): string;
/** One `Hours` statement of a calendar in words. */
export declare function formatHoursLine(hours: CalendarModel['hours'][number], lang: DocLang): string;
