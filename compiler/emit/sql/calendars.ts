/**
 * Business calendars as SQL tables, generated from the runtime's own `BusinessCalendar` (so public
 * holidays, closed and special dates and DST come from the code the JavaScript engine runs).
 *
 * API:
 *  - `calendarTablesSql(dialect, calendars)`: SQL creating the two tables below for every
 *    `{ key, calendar }` given (key: the text the queries join on, e.g. the .sla calendar name).
 *  - `timeSteps(calendar)`, `openSteps(calendar)`: the rows, for tests and other emitters.
 *
 * `slac_calendar_time` partitions the calendar's whole range [lo, hi] of real time into steps, each
 * entirely open or entirely closed and within one UTC day (so a lookup is an equi-join on the day
 * plus a range check that matches exactly one row):
 *   calendar TEXT, day BIGINT (⌊from_ms / 86400000⌋), from_ms BIGINT, to_ms BIGINT (exclusive),
 *   is_open INTEGER (1 open, 0 closed), before_ms BIGINT (open time from lo to from_ms),
 *   next_open_ms BIGINT (from_ms when open; else the next opening, NULL when there is none).
 * So the open time before an instant t in the step is before_ms + is_open · (t − from_ms).
 *
 * `slac_calendar_open` is the inverse: the open intervals cut where the open time crosses a
 * multiple of a day, keyed by that multiple, so the instant at which an amount of open time is
 * reached is an equi-join too:
 *   calendar TEXT, bucket BIGINT, from_ms BIGINT, before_ms BIGINT, len_ms BIGINT;
 * the row covers open time (before_ms, before_ms + len_ms], inside (bucket·day, (bucket + 1)·day];
 * so a target T > 0 lies in the row with bucket ⌊(T − 1) / 86400000⌋ and
 * before_ms < T ≤ before_ms + len_ms, and is reached at from_ms + (T − before_ms).
 *
 * Sizes: one row per open interval plus one per day and gap; a 7-year range of office hours is about
 * 8,000 rows in each table.
 */
import type { BusinessCalendar } from '../../../runtime/calendar.js';
import { type Column, type Dialect, ident, literalTable, type SqlValue } from './dialect.js';

export const DAY_MS = 86_400_000;

export const CALENDAR_TIME_TABLE = 'slac_calendar_time';
export const CALENDAR_OPEN_TABLE = 'slac_calendar_open';

export interface TimeStep {
  day: number;
  fromMs: number;
  toMs: number;
  open: boolean;
  beforeMs: number;
  nextOpenMs: number | null;
}

export interface OpenStep {
  bucket: number;
  fromMs: number;
  beforeMs: number;
  lenMs: number;
}

/** The open intervals of the calendar's whole range, as [start, end) pairs. */
function openIntervals(cal: BusinessCalendar): Array<[number, number]> {
  return cal.intervals(cal.lo, cal.hi);
}

/** The steps of [lo, hi] (hi included: the runtime answers for it too). */
export function timeSteps(cal: BusinessCalendar): TimeStep[] {
  const end = cal.hi + 1;
  const pieces: Array<[number, number, boolean, number | null]> = [];
  let t = cal.lo;
  const iv = openIntervals(cal);
  for (const [a, b] of iv) {
    if (a > t) pieces.push([t, a, false, a]);
    pieces.push([a, b, true, a]);
    t = b;
  }
  if (t < end) pieces.push([t, end, false, null]);
  const out: TimeStep[] = [];
  let before = 0;
  for (const [a, b, open, next] of pieces) {
    // Cut at UTC day boundaries.
    let from = a;
    while (from < b) {
      const day = Math.floor(from / DAY_MS);
      const to = Math.min(b, (day + 1) * DAY_MS);
      out.push({ day, fromMs: from, toMs: to, open, beforeMs: before, nextOpenMs: open ? from : next });
      if (open) before += to - from;
      from = to;
    }
  }
  return out;
}

/** The open intervals cut at multiples of a day of open time. */
export function openSteps(cal: BusinessCalendar): OpenStep[] {
  const out: OpenStep[] = [];
  let cum = 0;
  for (const [a, b] of openIntervals(cal)) {
    const len = b - a;
    let c = cum;
    while (c < cum + len) {
      const bucket = Math.floor(c / DAY_MS);
      const next = Math.min(cum + len, (bucket + 1) * DAY_MS);
      out.push({ bucket, fromMs: a + (c - cum), beforeMs: c, lenMs: next - c });
      c = next;
    }
    cum += len;
  }
  return out;
}

const TIME_COLUMNS: Column[] = [
  { name: 'calendar', type: 'TEXT' },
  { name: 'day', type: 'BIGINT' },
  { name: 'from_ms', type: 'BIGINT' },
  { name: 'to_ms', type: 'BIGINT' },
  { name: 'is_open', type: 'INTEGER' },
  { name: 'before_ms', type: 'BIGINT' },
  { name: 'next_open_ms', type: 'BIGINT' },
];

const OPEN_COLUMNS: Column[] = [
  { name: 'calendar', type: 'TEXT' },
  { name: 'bucket', type: 'BIGINT' },
  { name: 'from_ms', type: 'BIGINT' },
  { name: 'before_ms', type: 'BIGINT' },
  { name: 'len_ms', type: 'BIGINT' },
];

export interface KeyedCalendar {
  /** What queries join on (`calendar` column): the .sla name, or a key the emitter chooses. */
  key: string;
  calendar: BusinessCalendar;
}

/** SQL creating `slac_calendar_time` and `slac_calendar_open` for these calendars (keys must differ). */
export function calendarTablesSql(d: Dialect, calendars: readonly KeyedCalendar[]): string {
  const keys = new Set<string>();
  const time: SqlValue[][] = [];
  const open: SqlValue[][] = [];
  for (const { key, calendar } of calendars) {
    if (keys.has(key)) throw new RangeError(`two calendars with the key ${JSON.stringify(key)}`);
    keys.add(key);
    for (const s of timeSteps(calendar)) time.push([key, s.day, s.fromMs, s.toMs, s.open ? 1 : 0, s.beforeMs, s.nextOpenMs]);
    for (const s of openSteps(calendar)) open.push([key, s.bucket, s.fromMs, s.beforeMs, s.lenMs]);
  }
  let sql = literalTable(d, CALENDAR_TIME_TABLE, TIME_COLUMNS, time) + literalTable(d, CALENDAR_OPEN_TABLE, OPEN_COLUMNS, open);
  // DuckDB joins by hashing and needs no index; Postgres uses these for its nested-loop plans.
  if (d === 'postgres') {
    sql += `CREATE INDEX ON ${ident(CALENDAR_TIME_TABLE)} (calendar, day, from_ms);\n`;
    sql += `CREATE INDEX ON ${ident(CALENDAR_OPEN_TABLE)} (calendar, bucket, before_ms);\n`;
    sql += `ANALYZE ${ident(CALENDAR_TIME_TABLE)};\nANALYZE ${ident(CALENDAR_OPEN_TABLE)};\n`;
  }
  return sql;
}
