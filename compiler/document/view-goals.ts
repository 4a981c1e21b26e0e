/**
 * View model of custom fields, conditions, time statistics and special opening hours: the data
 * the templates word (compiler/document/templates/{nl,en}/partials/conditions.hbs and friends).
 */
import type * as M from '../model.js';
import type { Txt } from './view-model.js';
import { formatDate } from './format/date.js';
import { formatLanguage } from './format/language.js';
import { formatList, type DocLang } from './format/locale.js';

export interface VmCondition {
  /** `priority`, `tier`, `channel`, `language`, or `field` for a declared field. */
  builtIn: 'priority' | 'tier' | 'channel' | 'language' | 'field';
  /** The declared field's title (its name without one). */
  fieldTitle: Txt;
  values: Txt[];
}

export interface VmField {
  name: string;
  title: Txt;
  values: string[] | null;
  texts: Txt[];
}

/** `open on …` of one calendar: the dates (or public holidays) and the hours, worded. */
export interface VmSpecialHours {
  holidays: boolean;
  dates: string[];
  hours: string;
}

export function specialHoursVm(c: M.CalendarModel, lang: DocLang): VmSpecialHours[] {
  return c.special.map((s) => ({
    holidays: s.holidays,
    dates: s.dates.map((d) => formatDate(d, lang)),
    hours: formatList(
      s.ranges.map((r) => `${r.from}–${r.to}`),
      lang,
    ),
  }));
}

export interface Titles {
  field: (name: string) => M.FieldModel | undefined;
  priority: (name: string) => Txt;
  tier: (name: string) => Txt;
  named: (n: M.NamedModel) => Txt;
  lang: DocLang;
}

export function conditionsVm(conditions: readonly M.ConditionModel[], t: Titles): VmCondition[] {
  return conditions.map((c) => {
    if (c.field === 'priority') return { builtIn: 'priority', fieldTitle: null, values: c.values.map(t.priority) };
    if (c.field === 'tier') return { builtIn: 'tier', fieldTitle: null, values: c.values.map(t.tier) };
    if (c.field === 'channel') return { builtIn: 'channel', fieldTitle: null, values: [...c.values] };
    if (c.field === 'language') return { builtIn: 'language', fieldTitle: null, values: c.values.map((v) => formatLanguage(v, t.lang)) };
    const f = t.field(c.field);
    return { builtIn: 'field', fieldTitle: f ? (t.named(f) ?? f.name) : c.field, values: [...c.values] };
  });
}

/** `90th` / `90e`. */
function ordinal(n: number, lang: DocLang): string {
  if (lang === 'nl') return `${n}e`;
  return `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

/** The time statistic of an objective and what it counts, for the time-sentence and conditions partials. */
export function timeVm(
  m: M.MeasureModel,
  lang: DocLang,
): {
  statistic: string | null;
  percentile: string | null;
  rank: number | null;
  clock: string | null;
  source: 'tickets' | 'contacts' | null;
} {
  const source = m.kind === 'time' || m.kind === 'share' ? m.source : null;
  if (m.kind !== 'time') return { statistic: null, percentile: null, rank: null, clock: null, source };
  return {
    statistic: m.statistic,
    percentile: m.percentile === null ? null : ordinal(m.percentile, lang),
    rank: m.percentile,
    clock: m.clock,
    source,
  };
}
