/**
 * Business calendars as SQL tables, generated from the runtime's own `BusinessCalendar` (so public
 * holidays, closed and special dates and DST come from the code the JavaScript engine runs).
 *
 * API:
 *  - `calendarTablesSql(dialect, calendars)`: SQL creating the three tables below for every
 *    `{ key, calendar }` given (key: the text the queries join on, e.g. the .sla calendar name).
 *  - `new CalendarSet(ctx)`: collects the calendars a script needs (`named`, `allDays`, `window`,
 *    `dayCalendar` return keys); `calendarTablesSql(d, set.list())` then creates them.
 *  - `timeSteps(calendar)`, `openSteps(calendar)`, `dayRows(calendar)`: the rows, for tests and other emitters.
 *
 * `slac_calendar_time` partitions the calendar's whole range [lo, hi] of real time into steps, each
 * entirely open or entirely closed and within one UTC day (so a lookup is an equi-join on the day
 * plus a range check that matches exactly one row):
 *   calendar TEXT, day BIGINT (⌊from_ms / 86400000⌋), from_ms BIGINT, to_ms BIGINT (exclusive),
 *   is_open INTEGER (1 open, 0 closed), before_ms BIGINT (open time from lo to from_ms),
 *   next_open_ms BIGINT (from_ms when open; else the next opening, NULL when there is none).
 * So the open time before an instant t in the step is before_ms + is_open · (t − from_ms).
 *
 * Steps are also cut at the zone's offset changes, so each carries offset_ms (UTC offset, ms) and the
 * local day of t in it is ⌊(t + offset_ms) / 86400000⌋.
 *
 * `slac_calendar_day` has one row per local date the calendar can answer for (working days: a date
 * with any open time, as BusinessCalendar's):
 *   calendar TEXT, day BIGINT (local date, days since 1970-01-01), is_work INTEGER,
 *   work_le INTEGER (working days up to and including this date, counted from the range's start),
 *   last_work_day BIGINT (the last working day ≤ day, NULL when none), hi_ms BIGINT (the range's end),
 *   and the zone offsets in force over the date's wall times, to turn a wall time w of the date
 *   into the earliest instant showing it (skipped times map forward):
 *   w < wall_end_ms ? max(seg_start_ms, w − off1_ms) : max(t2_ms, w − off2_ms).
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
import { BusinessCalendar } from '../../../runtime/calendar.js';
import type { RtDuration } from '../../../runtime/contract.js';
import type { Context } from '../../../runtime/evaluate/context.js';
import { firstAfter } from '../../../runtime/search.js';
import { ZoneTime } from '../../../runtime/time.js';
import { type Column, type Dialect, ident, literalTable, type SqlValue, type TableRows } from './dialect.js';

export const DAY_MS = 86_400_000;

export const CALENDAR_TIME_TABLE = 'slac_calendar_time';
export const CALENDAR_OPEN_TABLE = 'slac_calendar_open';
export const CALENDAR_DAY_TABLE = 'slac_calendar_day';

export interface TimeStep {
  day: number;
  fromMs: number;
  toMs: number;
  open: boolean;
  beforeMs: number;
  nextOpenMs: number | null;
  offsetMs: number;
}

export interface DayRow {
  day: number;
  work: boolean;
  workLe: number;
  lastWorkDay: number | null;
  segStartMs: number;
  off1Ms: number;
  wallEndMs: number;
  t2Ms: number;
  off2Ms: number;
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

/** Offsets and open time a few days beyond what any wall time of the range needs (dates ±26 h). */
const ZONE_MARGIN = 5 * DAY_MS;
/** Sampling step for offset changes (as the runtime: zones never change twice in 6 hours). */
const SCAN = 6 * 3_600_000;

/**
 * The zone's offset segments over the calendar's range: segment k runs from start[k] (the first
 * from -∞) with offset[k]. Read from the runtime's ZoneTime; changes bisected to the millisecond.
 */
function zoneSegments(cal: BusinessCalendar): { zone: ZoneTime; start: number[]; offset: number[] } {
  const from = cal.lo - ZONE_MARGIN;
  const to = cal.hi + ZONE_MARGIN;
  const zone = new ZoneTime(cal.spec.zone, from - ZONE_MARGIN, to + ZONE_MARGIN);
  const start = [Number.MIN_SAFE_INTEGER];
  const offset = [zone.offsetAt(from)];
  for (let p = from; p < to; p += SCAN) {
    const q = Math.min(p + SCAN, to);
    if (zone.offsetAt(q) === zone.offsetAt(p)) continue;
    let lo = p;
    let hi = q;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (zone.offsetAt(mid) === zone.offsetAt(p)) lo = mid;
      else hi = mid;
    }
    start.push(hi);
    offset.push(zone.offsetAt(hi));
  }
  return { zone, start, offset };
}

/** The steps of [lo, hi] (hi included: the runtime answers for it too). */
export function timeSteps(cal: BusinessCalendar): TimeStep[] {
  const { zone, start: changes } = zoneSegments(cal);
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
    // Cut at UTC day boundaries and offset changes.
    let from = a;
    while (from < b) {
      const day = Math.floor(from / DAY_MS);
      const change = changes[firstAfter(changes, from)] ?? Number.MAX_SAFE_INTEGER;
      const to = Math.min(b, (day + 1) * DAY_MS, change);
      out.push({ day, fromMs: from, toMs: to, open, beforeMs: before, nextOpenMs: open ? from : next, offsetMs: zone.offsetAt(from) });
      if (open) before += to - from;
      from = to;
    }
  }
  return out;
}

/**
 * The local dates the calendar can answer for, with working days exactly as BusinessCalendar's:
 * a date with open time, read from the same calendar built a few days wider (so a date at the
 * range's edge whose open time lies just outside it still counts, as in the runtime).
 */
export function dayRows(cal: BusinessCalendar): DayRow[] {
  const MAX_OFFSET = 26 * 3_600_000;
  const first = Math.floor((cal.lo - MAX_OFFSET) / DAY_MS);
  const last = Math.floor((cal.hi + MAX_OFFSET) / DAY_MS);
  const wide = BusinessCalendar.build(cal.spec, { from: cal.lo, to: cal.hi }, { marginMs: ZONE_MARGIN });
  const { zone, start, offset } = zoneSegments(cal);
  const work = new Set<number>();
  for (const [a, b] of wide.intervals(wide.lo, wide.hi)) {
    // The local dates of [a, b): every date from a's to that of b's last millisecond.
    for (let d = zone.dayOf(a); d <= zone.dayOf(b - 1); d++) work.add(d);
  }
  const wallEnd = start.map((_, k) => (k + 1 < start.length ? start[k + 1]! + offset[k]! : Number.MAX_SAFE_INTEGER));
  const out: DayRow[] = [];
  let workLe = 0;
  let lastWorkDay: number | null = null;
  for (let day = first; day <= last; day++) {
    const isWork = work.has(day);
    if (isWork) {
      workLe++;
      lastWorkDay = day;
    }
    const k = firstAfter(wallEnd, day * DAY_MS);
    if (k + 1 < start.length && wallEnd[k + 1]! <= (day + 1) * DAY_MS) {
      throw new RangeError(
        `zone ${cal.spec.zone}: two offset changes within the local date ${new Date(day * DAY_MS).toISOString().slice(0, 10)}`,
      );
    }
    const next = k + 1 < start.length;
    out.push({
      day,
      work: isWork,
      workLe,
      lastWorkDay,
      segStartMs: start[k]!,
      off1Ms: offset[k]!,
      wallEndMs: wallEnd[k]!,
      t2Ms: next ? start[k + 1]! : Number.MAX_SAFE_INTEGER,
      off2Ms: next ? offset[k + 1]! : offset[k]!,
    });
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
  { name: 'offset_ms', type: 'BIGINT' },
];

const DAY_COLUMNS: Column[] = [
  { name: 'calendar', type: 'TEXT' },
  { name: 'day', type: 'BIGINT' },
  { name: 'is_work', type: 'INTEGER' },
  { name: 'work_le', type: 'INTEGER' },
  { name: 'last_work_day', type: 'BIGINT' },
  { name: 'hi_ms', type: 'BIGINT' },
  { name: 'seg_start_ms', type: 'BIGINT' },
  { name: 'off1_ms', type: 'BIGINT' },
  { name: 'wall_end_ms', type: 'BIGINT' },
  { name: 't2_ms', type: 'BIGINT' },
  { name: 'off2_ms', type: 'BIGINT' },
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

/** The rows of a calendar, computed once however many scripts (dialects) take them. */
const rowCache = new WeakMap<BusinessCalendar, { time: TimeStep[]; open: OpenStep[]; days: DayRow[] }>();

function rowsOf(calendar: BusinessCalendar): { time: TimeStep[]; open: OpenStep[]; days: DayRow[] } {
  let rows = rowCache.get(calendar);
  if (!rows) {
    rows = { time: timeSteps(calendar), open: openSteps(calendar), days: dayRows(calendar) };
    rowCache.set(calendar, rows);
  }
  return rows;
}

/** The rows of `slac_calendar_time`, `slac_calendar_open` and `slac_calendar_day` for these calendars (keys must differ). */
function calendarTables(calendars: readonly KeyedCalendar[]): TableRows[] {
  const keys = new Set<string>();
  const time: SqlValue[][] = [];
  const open: SqlValue[][] = [];
  const days: SqlValue[][] = [];
  for (const { key, calendar } of calendars) {
    if (keys.has(key)) throw new RangeError(`two calendars with the key ${JSON.stringify(key)}`);
    keys.add(key);
    const rows = rowsOf(calendar);
    for (const s of rows.time) time.push([key, s.day, s.fromMs, s.toMs, s.open ? 1 : 0, s.beforeMs, s.nextOpenMs, s.offsetMs]);
    for (const s of rows.open) open.push([key, s.bucket, s.fromMs, s.beforeMs, s.lenMs]);
    for (const r of rows.days)
      days.push([key, r.day, r.work ? 1 : 0, r.workLe, r.lastWorkDay, calendar.hi, r.segStartMs, r.off1Ms, r.wallEndMs, r.t2Ms, r.off2Ms]);
  }
  return [
    { table: CALENDAR_TIME_TABLE, columns: TIME_COLUMNS, rows: time },
    { table: CALENDAR_OPEN_TABLE, columns: OPEN_COLUMNS, rows: open },
    { table: CALENDAR_DAY_TABLE, columns: DAY_COLUMNS, rows: days },
  ];
}

/**
 * SQL creating the calendar tables for these calendars (keys must differ), with their rows; or,
 * given `apart`, created empty and their rows added to `apart` for the database's appender (DuckDB:
 * tens of thousands of rows as literal SQL cost more to parse than to compute).
 */
export function calendarTablesSql(d: Dialect, calendars: readonly KeyedCalendar[], apart: TableRows[] | null = null): string {
  const tables = calendarTables(calendars);
  let sql = tables.map((t) => literalTable(d, t.table, t.columns, apart ? [] : t.rows)).join('');
  apart?.push(...tables);
  // DuckDB joins by hashing and needs no index; Postgres uses these for its nested-loop plans.
  if (d === 'postgres') {
    sql += `CREATE INDEX ON ${ident(CALENDAR_TIME_TABLE)} (calendar, day, from_ms);\n`;
    sql += `CREATE INDEX ON ${ident(CALENDAR_OPEN_TABLE)} (calendar, bucket, before_ms);\n`;
    sql += `CREATE INDEX ON ${ident(CALENDAR_DAY_TABLE)} (calendar, day);\n`;
    sql += `CREATE INDEX ON ${ident(CALENDAR_DAY_TABLE)} (calendar, is_work, work_le);\n`;
    sql += `ANALYZE ${ident(CALENDAR_TIME_TABLE)};\nANALYZE ${ident(CALENDAR_OPEN_TABLE)};\nANALYZE ${ident(CALENDAR_DAY_TABLE)};\n`;
  }
  return sql;
}

/**
 * The calendars one script needs, by key, built as the JavaScript engine builds them (through its
 * Context, so the range and margin are the same): the contract's calendars under their names, and
 * the derived ones under keys no .sla name can take (they start with `#`).
 */
export class CalendarSet {
  private readonly byKey = new Map<string, BusinessCalendar>();

  constructor(readonly ctx: Context) {}

  /** A calendar of the contract; its key is its name. */
  named(name: string): string {
    return this.add(name, () => this.ctx.calendar(name));
  }

  /** Every day, all day, in `zone` (calendar days). */
  allDays(zone: string): string {
    return this.add(`#every day ${zone}`, () => this.ctx.allDays(zone));
  }

  /** A weekly window (maintenance window) in `zone`. */
  window(weekly: ReadonlyArray<ReadonlyArray<readonly [number, number]>>, zone: string): string {
    return this.add(`#window ${zone} ${JSON.stringify(weekly)}`, () => this.ctx.weeklyCalendar(weekly, zone));
  }

  /** The zone of a calendar of the contract, else the contract's. */
  zoneOf(calendar: string | null): string {
    return (calendar === null ? undefined : this.ctx.contract.calendars.find((c) => c.name === calendar)?.zone) ?? this.ctx.contract.zone;
  }

  /** The key of the calendar that counts whole days of `d` on `calendar` (Context.dayCalendar). */
  dayCalendar(d: RtDuration, calendar: string | null): string {
    return d.clock === 'working' && calendar !== null ? this.named(calendar) : this.allDays(this.zoneOf(calendar));
  }

  list(): KeyedCalendar[] {
    return [...this.byKey].map(([key, calendar]) => ({ key, calendar }));
  }

  private add(key: string, build: () => BusinessCalendar): string {
    if (!this.byKey.has(key)) this.byKey.set(key, build());
    return key;
  }
}
