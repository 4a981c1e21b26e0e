/**
 * Weekly opening hours in words: `maandag t/m vrijdag 08:00–18:00`, `zaterdag en zondag
 * 09:00–12:00 en 13:00–18:00`, `dagelijks 00:00–24:00` (English: `Monday to Friday 08:00–18:00`).
 */
import type * as A from '../../../grammar/ast.js';
import type { CalendarModel } from '../../model.js';
import { weekdayName } from './date.js';
import { formatList, type DocLang } from './locale.js';

const isoWeekday: Record<A.Weekday, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };

const words: Record<DocLang, { through: string; everyDay: string }> = {
  nl: { through: 't/m', everyDay: 'dagelijks' },
  en: { through: 'to', everyDay: 'every day' },
};

export function formatWeekday(day: A.Weekday, lang: DocLang): string {
  return weekdayName(isoWeekday[day], lang);
}

/** `maandag t/m vrijdag`, `maandag, woensdag en vrijdag`. */
export function formatDays(days: ReadonlyArray<{ from: A.Weekday; to: A.Weekday }>, lang: DocLang): string {
  return formatList(
    days.map((d) =>
      d.from === d.to ? formatWeekday(d.from, lang) : `${formatWeekday(d.from, lang)} ${words[lang].through} ${formatWeekday(d.to, lang)}`,
    ),
    lang,
  );
}

/** `08:00–12:30 en 13:30–22:00`; no ranges means the whole day. */
export function formatTimeRanges(ranges: ReadonlyArray<{ from: string; to: string }>, lang: DocLang): string {
  const all = ranges.length > 0 ? ranges : [{ from: '00:00', to: '24:00' }];
  return formatList(
    all.map((r) => `${r.from}–${r.to}`),
    lang,
  );
}

/** One `Hours` statement of a calendar in words. */
export function formatHoursLine(hours: CalendarModel['hours'][number], lang: DocLang): string {
  const days = hours.everyDay ? words[lang].everyDay : formatDays(hours.days, lang);
  return `${days} ${formatTimeRanges(hours.ranges, lang)}`;
}
