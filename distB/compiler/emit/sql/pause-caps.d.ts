/**
 * Pause caps in SQL (`paused while waiting for customer, at most 5 working days per ticket`): the
 * rules of runtime/evaluate/pause-caps.ts. Per clock, the ticket's segments from where its caps
 * count (the clock's start; for a next-reply or update cycle the ticket's clock start) are added up
 * per pause clause in time order, measured on the clock's calendar (open time for hours, whole
 * working days for days, real time without a calendar); the pause that uses the cap up is paused up
 * to the instant it runs out and running after it, later pauses of that clause run.
 *
 * `slac_pause_caps(tier, rule, target_calendar, allowed, days, measure_calendar)`: per tier, capped
 * pause clause (`rule`, its index in the tier) and calendar of a clock (`#wall` for wall time) the
 * cap (ms, or whole days when `days` = 1) and the calendar it is measured on (NULL: real time).
 *
 * `slac_clock_segments(ticket, kind, cyc, start_ms, end_ms, state, bad)` are the segments each
 * clock counts on (without caps in the contract the clocks count on the ticket's segments); the
 * clocks of averages and percentiles (`slac_time_objectives`, ticket-times.ts) are not capped.
 */
import type { RtTier } from '../../../runtime/contract.js';
import type { CalendarSet } from './calendars.js';
import type { Column, Dialect, SqlValue } from './dialect.js';
/** The key of a clock on wall time in `target_calendar` (no .sla calendar name starts with `#`). */
export declare const WALL = "#wall";
export declare const PAUSE_CAP_COLUMNS: readonly Column[];
/**
 * The rows of slac_pause_caps for the tiers' capped pauses and the calendars of their targets and of
 * `limits`, the calendars of the objectives' limits (objectives.ts limitCalendars).
 */
export declare function pauseCapRows(tiers: readonly RtTier[], calendars: CalendarSet, limits?: ReadonlyArray<string | null>): SqlValue[][];
export declare function pauseCapViewsSql(d: Dialect, create: string, inf: string, paused: number, running: number): string;
