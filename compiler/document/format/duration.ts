/**
 * Durations in words. Two kinds:
 * - a duration as the contract states it (`15 minuten`, `4 uur`, `2 werkdagen`,
 *   `2 kalenderdagen`), from the model's value, unit and clock;
 * - a computed span of real time in hours, minutes and seconds (`43 minuten en 50 seconden`),
 *   for derived facts such as allowed downtime.
 * Plain units come from Intl's unit formatting; the clock words (business, working, calendar)
 * are the locale's own terms, as defined in the document's definitions article.
 */
import type { DurationModel } from '../../model.js';
import { formatList, numberFormat, type DocLang } from './locale.js';
import { formatNumber } from './number.js';

type IntlUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

function unitText(value: number, unit: IntlUnit, lang: DocLang, maximumFractionDigits = 3): string {
  return numberFormat(lang, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits }).format(value);
}

interface ClockWords {
  /**
   * Business time in hours: plain `uur` / `hours`. The service window is always named next to the
   * duration ("4 uur binnen het servicevenster Openingstijden"): "kantooruren" would tell a Dutch
   * court Monday to Friday office hours, whatever the window is.
   */
  businessHour: [string, string];
  workingDay: [string, string];
  calendarDay: [string, string];
}

const clockWords: Record<DocLang, ClockWords> = {
  nl: {
    businessHour: ['uur', 'uur'],
    workingDay: ['werkdag', 'werkdagen'],
    calendarDay: ['kalenderdag', 'kalenderdagen'],
  },
  en: {
    businessHour: ['hour', 'hours'],
    workingDay: ['working day', 'working days'],
    calendarDay: ['calendar day', 'calendar days'],
  },
};

function counted(value: number, [one, many]: [string, string], lang: DocLang): string {
  return `${formatNumber(value, lang)} ${value === 1 ? one : many}`;
}

/** A duration as the contract states it. */
export function formatDuration(d: Pick<DurationModel, 'value' | 'unit' | 'clock'>, lang: DocLang): string {
  const words = clockWords[lang];
  switch (d.clock) {
    case 'working':
      return counted(d.value, words.workingDay, lang);
    case 'calendar':
      return counted(d.value, words.calendarDay, lang);
    case 'business':
      return d.unit === 'hour' ? counted(d.value, words.businessHour, lang) : unitText(d.value, d.unit, lang);
    case 'elapsed':
      return unitText(d.value, d.unit, lang);
  }
}

/**
 * A span of real time in hours, minutes and seconds, rounded to the nearest second and leaving
 * out zero parts: `43 minuten en 50 seconden`, `3 uur, 21 minuten en 36 seconden`, `0 seconden`.
 */
export function formatSpan(ms: number, lang: DocLang): string {
  const total = Math.round(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(unitText(hours, 'hour', lang));
  if (minutes > 0) parts.push(unitText(minutes, 'minute', lang));
  if (seconds > 0 || parts.length === 0) parts.push(unitText(seconds, 'second', lang));
  return formatList(parts, lang);
}

/** An amount of hours, up to two decimals: `730,5 uur` / `730.5 hours`. */
export function formatHours(ms: number, lang: DocLang): string {
  return unitText(ms / 3_600_000, 'hour', lang, 2);
}

/** A number of days: `30,4375 dagen` / `31 days`. */
export function formatDays(days: number, lang: DocLang): string {
  return unitText(days, 'day', lang, 4);
}
