/**
 * Averages and percentiles of ticket response and resolution times in SQL, with the rules of
 * runtime/evaluate/time-stats.ts: the time is the clock from where the tier's clocks start to the
 * first response or the final resolution, pauses deducted, on the objective's calendar (else wall
 * time); a ticket whose clock has not stopped is pending; it counts in the unit it was created in.
 * Each objective's clock is a row of `slac_limit_clocks` (objectives.ts): only its elapsed time is
 * used, not its due instant; it does not apply pause caps (time-stats.ts: ticketTime; pause-caps.ts).
 *
 *  - `slac_time_objectives(objective, clock_kind, channel_key, percentile, unit_ms, target_num,
 *    target_den, at_least)`: percentile NULL for an average; the value is in the target's unit;
 *  - `slac_ticket_times(ticket, objective, unit_index, ms, source_index, late, excluded)`: per ticket
 *    meeting the objective's conditions its time (NULL: pending, or `excluded` 1: its cause is
 *    excluded); `late` 1 for a ticket still open when the data ends (the engine takes those
 *    last, which orders the records of a trace and equal times of a percentile);
 *  - `slac_time_units(objective, unit_index, counted, sum_ms, pending, excluded)`;
 *  - `slac_time_ranked(objective, period, ticket, ms)`: the nearest-rank time of a percentile, the
 *    ⌈p/100 × N⌉-th smallest, for every period of the term with times;
 *  - `slac_ticket_time_periods`: the rows of `slac_objective_periods` (average: sum / (counted ×
 *    unit); percentile: ms / unit).
 */
import type { RtObjective, RtTimeMeasure } from '../../../runtime/contract.js';
import { type Dialect, type SqlValue } from './dialect.js';
/** The milliseconds of the target's unit, which the value is in (time-stats.ts). */
export declare const targetUnitMs: (m: RtTimeMeasure) => number;
/** The clock of a time objective for `slac_limit_clocks`: any limit does (time-stats.ts uses an hour). */
export declare const timeClockRow: (o: RtObjective, kind: string) => SqlValue[];
export declare function timeTablesSql(d: Dialect, objectives: readonly RtObjective[], kindOf: (o: RtObjective) => string): string;
export declare function timeViewsSql(create: string): string;
