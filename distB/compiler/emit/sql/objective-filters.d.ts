/**
 * The tickets an objective on tickets leaves out (runtime/evaluate/engine.ts `finishTicket`): those
 * of its channel that do not meet its conditions (`for team "Werkplek"`, `for priority P1`;
 * conditions.ts' rules, the priority the one in force at the final resolution, else at the
 * evaluation instant), and those whose cause it excludes (`excluding force majeure`).
 *
 *  - `slac_objective_filters(objective, conditions)`: the objectives on tickets with conditions or
 *    excluded causes, and how many conditions they have;
 *  - `slac_objective_conditions(objective, cond, field, value)`: their conditions' values,
 *    normalised as `slac_ticket_attributes` normalises the tickets' (conditionValue);
 *  - `slac_objective_exclusions(objective, cause)`: the causes they exclude;
 *  - `slac_objective_left_out(ticket, objective, reason)`: per ticket and such objective the reason
 *    it is left out, `unmatched` (a condition does not hold) before `excluded`; tickets counted have
 *    no row. What each kind of objective does with them is its own: a percentage counts both
 *    (shares.ts), an average or percentile counts the excluded ones (time-stats.ts), a reopen ratio
 *    neither (reopens.ts).
 */
import type { RtObjective } from '../../../runtime/contract.js';
import { type Dialect } from './dialect.js';
/** Whether any of `objectives` has conditions (then the view reads slac_ticket_attributes). */
export declare const hasConditions: (objectives: readonly RtObjective[]) => boolean;
export declare function objectiveFilterTablesSql(d: Dialect, objectives: readonly RtObjective[]): string;
/** `conditions`: whether any objective has conditions (hasConditions); without, only causes are read. */
export declare function objectiveFilterViewSql(create: string, conditions: boolean): string;
