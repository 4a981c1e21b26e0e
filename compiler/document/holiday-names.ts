/**
 * Names of public holidays and holiday regions in the document's language, from the date-holidays
 * package. The dates themselves come from runtime/holidays.ts (the same days the calendars close);
 * this module only puts a name to them.
 */
import Holidays from 'date-holidays';
import type { HolidaySet } from '../../runtime/holidays.js';
import type { DocLang } from './format/locale.js';

const cache = new Map<string, Map<string, string>>();

/** ISO date → holiday name(s), for the public holidays of `set` in the years fromYear…toYear. */
export function holidayNames(set: HolidaySet, fromYear: number, toYear: number, lang: DocLang): Map<string, string> {
  const key = `${set.country}|${set.region ?? ''}|${fromYear}|${toYear}|${lang}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const h = set.region ? new Holidays(set.country, set.region, { timezone: 'UTC' }) : new Holidays(set.country, { timezone: 'UTC' });
  const names = new Map<string, string>();
  for (let y = fromYear; y <= toYear; y++) {
    for (const day of h.getHolidays(y, lang)) {
      if (day.type !== 'public') continue;
      const date = day.date.slice(0, 10);
      const known = names.get(date);
      if (known === undefined) names.set(date, day.name);
      else if (!known.split(' / ').includes(day.name)) names.set(date, `${known} / ${day.name}`);
    }
  }
  cache.set(key, names);
  return names;
}

/** The name of a region (date-holidays "state"), e.g. `Bayern`; null when unknown. */
export function holidayRegionName(country: string, region: string, lang: DocLang): string | null {
  const h = new Holidays({ timezone: 'UTC' });
  const states = h.getStates(country.toUpperCase(), lang) as Record<string, string> | undefined;
  return states?.[region.toUpperCase()] ?? null;
}
