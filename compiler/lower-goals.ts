/**
 * Lowering of custom fields, conditions, time statistics and special opening hours: the rules of
 * meaning of these constructs, kept out of lower.ts.
 */
import type * as A from '../grammar/ast.js';
import { nouns, timeClocks } from './measures.js';
import type * as M from './model.js';
import { coveredDays, minuteRanges } from './passes/check-calendars.js';

const line = (node: { range: A.Range }): number => node.range.start.line;

export function lowerField(f: A.FieldDecl, named: M.NamedModel): M.FieldModel {
  return { ...named, values: f.values ? f.values.map((v) => v.value) : null };
}

export function lowerConditions(body: ReadonlyArray<{ kind: string }>): M.ConditionModel[] {
  return body
    .filter((s): s is A.ConditionStmt => s.kind === 'Condition')
    .map((c) => ({ line: line(c), field: c.field.name, values: c.values.map((v) => v.value) }));
}

export function lowerTimeStat(m: A.TimeStatMeasure, target: M.ValueModel): M.TimeMeasureModel {
  const clock = m.clock.name as M.TimeMeasureModel['clock'];
  const noun = m.noun ? nouns[m.noun.name]! : null;
  return {
    kind: 'time',
    statistic: m.statistic,
    percentile: m.percentile,
    clock,
    source: timeClocks[clock]!,
    noun: m.noun?.name ?? null,
    channel: noun?.channel ?? null,
    direction: m.direction,
    target,
    calendar: m.calendar?.name ?? null,
  };
}

/** `open on …` lines: per date its ranges (minutes), the holiday hours, and the lines as written. */
export function lowerSpecialHours(body: readonly A.CalendarStmt[]): {
  special: Array<{ date: string; ranges: Array<[number, number]> }>;
  holidayHours: Array<[number, number]> | null;
  written: M.CalendarModel['special'];
} {
  const byDate = new Map<string, Array<[number, number]>>();
  let holidayHours: Array<[number, number]> | null = null;
  const written: M.CalendarModel['special'] = [];
  for (const s of body) {
    if (s.kind !== 'SpecialHours') continue;
    const ranges = s.hours.map((h): [number, number] => [h.from.minutes, h.to.minutes]).sort((a, b) => a[0] - b[0]);
    if (s.holidays) holidayHours = [...(holidayHours ?? []), ...ranges].sort((a, b) => a[0] - b[0]);
    for (const d of s.dates)
      byDate.set(
        d.value,
        [...(byDate.get(d.value) ?? []), ...ranges].sort((a, b) => a[0] - b[0]),
      );
    written.push({
      dates: s.dates.map((d) => d.value),
      holidays: s.holidays,
      ranges: s.hours.map((h) => ({ from: h.from.value, to: h.to.value })),
    });
  }
  const special = [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, ranges]) => ({ date, ranges }));
  return { special, holidayHours, written };
}

/** `every sunday 02:00 to 06:00` as minute ranges per weekday, and as written (for documents). */
export function lowerWindow(w: A.MaintenanceWindow): NonNullable<M.ExclusionModel['window']> {
  const hours = { ...w, kind: 'Hours' as const };
  const weekly: Array<Array<[number, number]>> = [[], [], [], [], [], [], []];
  for (const day of coveredDays(hours)) for (const [from, to] of minuteRanges(hours)) weekly[day]!.push([from, to]);
  for (const day of weekly) day.sort((a, b) => a[0] - b[0]);
  return {
    weekly,
    everyDay: w.everyDay,
    days: w.days.map((d) => ({ from: d.from, to: d.to })),
    ranges: w.hours.map((h) => ({ from: h.from.value, to: h.to.value })),
  };
}
