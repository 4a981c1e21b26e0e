/**
 * What the SQL views of objectives share (objectives.ts, ticket-times.ts, ladders.ts): the periods
 * of runtime/evaluate/periods.ts as tables, the columns of `slac_objective_periods`, channels.
 *
 *  - `slac_objective_units(objective, unit_index, from_ms, to_ms)`: the units of each objective's
 *    period over the term, in the contract's zone (the months of `per month` and of `per 12 months`);
 *  - `slac_objective_period_defs(objective, period, unit_index, first_index, from_ms, to_ms,
 *    named_from_ms, end_ms, booked_in, booked_end_ms, rolling)`: every measurement period of the
 *    term: the units first_index … unit_index it sums, the measured window [from_ms, to_ms), the
 *    named unit [named_from_ms, end_ms), the month its credits are booked in;
 *  - the view `slac_data_range(from_ms, to_ms)`: the data's range, which picks the periods evaluated.
 */
import type { RtObjective } from '../../../runtime/contract.js';
import type { Context } from '../../../runtime/evaluate/context.js';
import type { Exact } from '../../../runtime/evaluate/exact.js';
import { type Column, type Dialect } from './dialect.js';
export declare const col: (name: string, type: Column["type"]) => Column;
/** The columns every source's view adds to `slac_objective_periods` (`hits` NULL for times). */
export declare const OBJECTIVE_PERIOD_COLUMNS: readonly Column[];
/** A fraction of safe integers (targets and thresholds are short decimals). */
export declare const exactInts: (x: Exact) => [number, number];
/** Channels compare without case, spaces, hyphens or underscores (shares.ts normaliseChannel); `t` is the ticket. */
export declare const channelMatch: (o: string) => string;
/**
 * `slac_data_range(from_ms, to_ms)`: the data's range in the term (engine.ts seeRange, periodsOf):
 * tickets' creations, outages from start to end, contacts' arrivals (measurements are not in SQL).
 * Postgres' GREATEST and LEAST skip NULLs: without data the range stays NULL.
 */
export declare function dataRangeSql(create: string, ctx: Context): string;
/** The periods the data touches (engine.ts periodsOf): those whose named unit meets the data's range; `p` the period defs. */
export declare const TOUCHED = "JOIN slac_data_range AS r\n    ON r.from_ms < r.to_ms AND p.named_from_ms < r.to_ms AND p.end_ms > r.from_ms";
/** The met column from `value_num / value_den` and an objective row `o` with target_num, target_den, at_least. */
export declare const MET = "CASE WHEN s.value_den IS NULL THEN NULL WHEN o.at_least THEN s.value_num * o.target_den >= o.target_num * s.value_den\n    ELSE s.value_num * o.target_den <= o.target_num * s.value_den END";
/** `num / den` against objective `o`'s target (den > 0): num × target.d ≥ target.n × den, or ≤ for `at most`. */
export declare function targetMetSql(o: RtObjective, num: string, den: string): string;
export interface PeriodDef {
    objective: string;
    period: string;
    end: number;
}
/** The period tables of `objectives`, and their periods (for the cap groups of ladders.ts). */
export declare function periodTablesSql(d: Dialect, ctx: Context, objectives: readonly RtObjective[]): {
    sql: string;
    defs: PeriodDef[];
};
/**
 * A source's rows of `slac_objective_periods` for a percentage of counted items (100·hits / counted):
 * per period the tickets touch, the counts of its units in `units` (objective, unit_index, hits,
 * pending and the counted column `counted`) summed, for the objectives of `objectives`.
 */
export declare function percentPeriodsSql(create: string, view: string, objectives: string, units: string, counted: string): string;
