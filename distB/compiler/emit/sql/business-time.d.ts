/**
 * Business-time arithmetic in SQL on the tables of calendars.ts: set-based equi-joins (hash joins
 * for millions of rows in DuckDB, index or hash joins in Postgres), never a loop per row.
 *
 * API: each function returns `{ joins, value }`: `joins` are LEFT JOINs to append to the FROM
 * clause of a query over the caller's rows, `value` the SQL expression to select. Arguments are SQL
 * expressions the caller owns (column references, or literals made with dialect.ts' `text`/`int`);
 * `alias` is a prefix for the joined tables' aliases, unique within the query.
 *  - `openBeforeSql(d, alias, calendar, t)`       open time from the calendar's start to t (ms)
 *  - `elapsedSql(d, alias, calendar, a, b)`       business time in [a, b): 0 when b ≤ a
 *  - `elapsedEachSql(d, alias, calendar, a, bs)`  the same from a to each of bs, one join for a
 *  - `dueSql(d, alias, calendar, start, duration)` the instant `duration` ms of open time after
 *      start, as BusinessCalendar.add: the earliest such instant; duration 0 is the next opening
 *  - `isOpenSql(d, alias, calendar, t)`           1 when t is in an open interval, else 0
 *  - `nextOpeningSql(d, alias, calendar, t)`      t when open, else the next opening
 *  - `addWorkingDaysSql(d, alias, calendar, start, n)`  the same local wall time on the n-th
 *      working day after start's local date (BusinessCalendar.addWorkingDays); n = 0 gives start
 *  - `workingDaysBetweenSql(d, alias, calendar, a, b)`  complete working days from a to b
 *      (BusinessCalendar.workingDaysBetween): the largest n with addWorkingDays(a, n) ≤ b
 *  - `addMonthsSql(d, alias, calendar, start, months)`  the same wall time whole months later
 *  - `addDurationSql(d, cals, alias, start, duration, calendar)`  Context.addDuration for a
 *      contract duration (RtDuration) on a calendar name or null
 * Every value is NULL when an instant lies outside the calendar's precomputed range or the due
 * instant runs past its end (where the runtime throws a RangeError), or when an argument is NULL.
 *
 * Example (elapsed between two columns of `tickets`):
 *   const e = elapsedSql('duckdb', 'r', text('office'), 't.created_ms', 't.resolved_ms');
 *   `SELECT t.id, ${e.value} AS resolution_ms FROM tickets t ${e.joins}`
 */
import type { RtDuration } from '../../../runtime/contract.js';
import { type CalendarSet } from './calendars.js';
import { type Dialect } from './dialect.js';
export interface BusinessTimeSql {
    joins: string;
    value: string;
}
export declare function openBeforeSql(d: Dialect, alias: string, calendar: string, t: string): BusinessTimeSql;
export declare function elapsedSql(d: Dialect, alias: string, calendar: string, a: string, b: string): BusinessTimeSql;
/** elapsedSql from one start `a` to each of `bs`, with one join for `a` (the values in the order of `bs`). */
export declare function elapsedEachSql(d: Dialect, alias: string, calendar: string, a: string, bs: readonly string[]): {
    joins: string;
    values: string[];
};
export declare function isOpenSql(d: Dialect, alias: string, calendar: string, t: string): BusinessTimeSql;
export declare function nextOpeningSql(d: Dialect, alias: string, calendar: string, t: string): BusinessTimeSql;
export declare function dueSql(d: Dialect, alias: string, calendar: string, start: string, duration: string): BusinessTimeSql;
export declare function addWorkingDaysSql(d: Dialect, alias: string, calendar: string, start: string, n: string): BusinessTimeSql;
export declare function workingDaysBetweenSql(d: Dialect, alias: string, calendar: string, a: string, b: string): BusinessTimeSql;
/**
 * The same wall time `months` later in the zone of `calendar` (an every-day calendar): the start of
 * the target date (its first instant, when midnight is skipped) plus start's time of day, as
 * Context.addDuration does for months and years.
 */
export declare function addMonthsSql(d: Dialect, alias: string, calendar: string, start: string, months: number): BusinessTimeSql;
/**
 * Context.addDuration in SQL: the instant `duration` after `start`, counted on `calendar` (a
 * contract calendar's name, or null for wall time): working and calendar days on the day
 * calendar, business time on the calendar, elapsed time as plain addition. The calendars it needs
 * are added to `cals`. Months and years are calendar arithmetic in the contract's zone.
 */
export declare function addDurationSql(d: Dialect, cals: CalendarSet, alias: string, start: string, duration: RtDuration, calendar: string | null): BusinessTimeSql;
