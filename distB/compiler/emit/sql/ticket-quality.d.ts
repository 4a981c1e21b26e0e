/**
 * Quality computed from the ticket data in SQL (runtime/evaluate/reopens.ts): of the tickets of the
 * objective's channel that meet its conditions, created in a period and resolved, the share
 * reopened at least once (`reopen ratio of tickets`), or the share first time right (`first time
 * right of tickets`: never reopened, at most one provider message up to the resolution, never in a
 * status that waits for the customer or a third party); tickets still open are pending.
 *
 *  - `slac_reopen_objectives(objective, metric, channel_key, target_num, target_den, at_least)`;
 *  - `slac_waiting_statuses(status)`: the keys of the statuses that pause with a reason;
 *  - `slac_ticket_reopens(ticket, objective, unit_index, resolved, hit, traced)`: `traced` a
 *    ticket of the trace (reopened; not first time right);
 *  - `slac_reopen_units(objective, unit_index, resolved, hits, pending)`;
 *  - `slac_ticket_reopen_periods`: the rows of `slac_objective_periods` (100·hits / resolved;
 *    `counted` the resolved tickets).
 */
import type { RtObjective } from '../../../runtime/contract.js';
import type { Context } from '../../../runtime/evaluate/context.js';
import { type Dialect } from './dialect.js';
export declare function reopenTablesSql(d: Dialect, ctx: Context, objectives: readonly RtObjective[]): string;
export declare function reopenViewsSql(create: string): string;
