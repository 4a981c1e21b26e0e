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
import { type Dialect } from './dialect.js';
export declare const DAY_MS = 86400000;
export declare const CALENDAR_TIME_TABLE = "slac_calendar_time";
export declare const CALENDAR_OPEN_TABLE = "slac_calendar_open";
export declare const CALENDAR_DAY_TABLE = "slac_calendar_day";
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
/** The steps of [lo, hi] (hi included: the runtime answers for it too). */
export declare function timeSteps(cal: BusinessCalendar): TimeStep[];
/**
 * The local dates the calendar can answer for, with working days exactly as BusinessCalendar's:
 * a date with open time, read from the same calendar built a few days wider (so a date at the
 * range's edge whose open time lies just outside it still counts, as in the runtime).
 */
export declare function dayRows(cal: BusinessCalendar): DayRow[];
/** The open intervals cut at multiples of a day of open time. */
export declare function openSteps(cal: BusinessCalendar): OpenStep[];
export interface KeyedCalendar {
    /** What queries join on (`calendar` column): the .sla name, or a key the emitter chooses. */
    key: string;
    calendar: BusinessCalendar;
}
/** SQL creating `slac_calendar_time`, `slac_calendar_open` and `slac_calendar_day` for these calendars (keys must differ). */
export declare function calendarTablesSql(d: Dialect, calendars: readonly KeyedCalendar[]): string;
/**
 * The calendars one script needs, by key, built as the JavaScript engine builds them (through its
 * Context, so the range and margin are the same): the contract's calendars under their names, and
 * the derived ones under keys no .sla name can take (they start with `#`).
 */
export declare class CalendarSet {
    readonly ctx: Context;
    private readonly byKey;
    constructor(ctx: Context);
    /** A calendar of the contract; its key is its name. */
    named(name: string): string;
    /** Every day, all day, in `zone` (calendar days). */
    allDays(zone: string): string;
    /** A weekly window (maintenance window) in `zone`. */
    window(weekly: ReadonlyArray<ReadonlyArray<readonly [number, number]>>, zone: string): string;
    /** The zone of a calendar of the contract, else the contract's. */
    zoneOf(calendar: string | null): string;
    /** The key of the calendar that counts whole days of `d` on `calendar` (Context.dayCalendar). */
    dayCalendar(d: RtDuration, calendar: string | null): string;
    list(): KeyedCalendar[];
    private add;
}
