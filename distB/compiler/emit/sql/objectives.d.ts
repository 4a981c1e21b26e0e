/**
 * Objectives measured on tickets in SQL, and what follows from them: the rules of
 * runtime/evaluate/shares.ts, on-time.ts, time-stats.ts (ticket-times.ts), reopens.ts
 * (ticket-quality.ts), periods.ts (objective-periods.ts) and credits.ts (ladders.ts), set-based.
 *
 * Constant tables (from the contract; the same for the script and the DuckDB engine):
 *  - `slac_share_objectives(objective, clock_kind, channel_key, target_num, target_den, at_least)`:
 *    the percentage objectives on tickets, the slac_ticket_clocks kind they read (`clockKind`), their
 *    channel (normalised) and target;
 *  - `slac_limit_clocks(kind, clock, channel_key, within_ms, calendar, days, day_calendar, line)`:
 *    the clocks of the objectives' own (a limit such as `within 8 business hours on office` or
 *    `within 5 working days on office`, or the time of an average or percentile), kind
 *    `objective <name>` in slac_clock_base and slac_ticket_clocks; a limit's clock applies the pause
 *    caps (engine.ts: evaluateClock), the clock of a time does not (time-stats.ts: ticketTime);
 *  - the tickets each objective leaves out (objective-filters.ts);
 *  - the period tables (objective-periods.ts), the time objectives (ticket-times.ts), the quality
 *    objectives (ticket-quality.ts), the ladders (ladders.ts).
 * Views:
 *  - `slac_ticket_outcomes(ticket, objective, unit_index, outcome)`: per ticket and percentage
 *    objective on tickets of its channel: hit, miss, pending, unmatched, excluded or not-owed
 *    (shares.ts, on-time.ts);
 *  - `slac_share_units(objective, unit_index, counted, hits, pending, unmatched, excluded,
 *    not_owed)`: the counts per unit (what the DuckDB engine hands to the JavaScript report; it
 *    sums rolling windows itself);
 *  - `slac_objective_periods(objective, period, from_ms, to_ms, value_num, value_den, met, counted,
 *    hits, pending)`: per objective and period (on tickets: those the tickets touch; on outages and
 *    contacts: those of `slac_periods`), the measured value as an exact fraction in the objective's
 *    unit (percent: 100·hits / counted; NULL without items), met by cross-multiplying with the
 *    target. A union of one view per source (`slac_ticket_share_periods`, `slac_ticket_time_periods`,
 *    `slac_ticket_reopen_periods` of ticket-quality.ts, and records.ts' views of outages and
 *    contacts, which must exist first); quality objectives on measurements are not in it (JS only);
 *  - the credits, bonuses and totals (ladders.ts) of the objectives in it.
 */
import type { RtObjective, RuntimeContract } from '../../../runtime/contract.js';
import type { Context } from '../../../runtime/evaluate/context.js';
import type { CalendarSet } from './calendars.js';
import { type Dialect } from './dialect.js';
/** The objectives on tickets the views evaluate (those on outages, contacts and measurements are records.ts'). */
export declare const covered: (c: RuntimeContract) => RtObjective[];
export declare const shareObjectives: (c: RuntimeContract) => RtObjective[];
export declare const timeObjectives: (c: RuntimeContract) => RtObjective[];
export declare const reopenObjectives: (c: RuntimeContract) => RtObjective[];
/**
 * The `slac_ticket_clocks` kind an objective reads: the ticket's own clock (`on time`), or a clock
 * of its own with the objective's limit or time and its calendar.
 */
export declare function clockKind(o: RtObjective): string;
/** The objectives with a clock of their own: it runs on the ticket's timeline (tickets.ts). */
export declare function clockObjectives(c: RuntimeContract): RtObjective[];
/**
 * The objectives' own clocks for slac_clock_base (tickets.ts `extraClocks`): from the tier's clock
 * start to the first response or final resolution, on the objective's calendar, for the tickets of
 * the objective's channel (engine.ts: evaluateClock with the objective's limit; ticketTime).
 */
export declare function limitClocksSql(): string;
/** The calendars the objectives' limits are counted on: their pause caps are measured on them too (pause-caps.ts). */
export declare const limitCalendars: (c: RuntimeContract) => Array<string | null>;
/** The constant tables above; `calendars` gets the calendars of limits in days. */
export declare function objectiveTablesSql(d: Dialect, ctx: Context, calendars: CalendarSet): string;
/** The views above; `materialize`: tables (the DuckDB engine, once the inputs are loaded). */
export declare function objectiveViewsSql(ctx: Context, materialize?: boolean): string;
