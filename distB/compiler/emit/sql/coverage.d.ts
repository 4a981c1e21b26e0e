/**
 * What the SQL engine covers. A contract that uses anything else is refused with
 * `sql-unsupported`, naming the clause and its line, never evaluated into a wrong number:
 *  - covered: ticket response, resolution, next-reply and update clocks (wall time, business hours
 *    on a calendar, working or calendar days), targets with conditions, tiers, pauses and pause
 *    caps, clocks that start at creation, assignment or a status, reopenings, priority changes,
 *    custom statuses and aliases, unknown statuses (uncertain clocks); credits per ticket;
 *    availability objectives (records.ts) and credits per outage, percentage objectives on
 *    contacts, quality objectives on measurements; percentage objectives on tickets, responded,
 *    resolved, replied or updated `on time`, responded or resolved within a limit of their own (in
 *    time or in working or calendar days, pause caps applied), averages and percentiles of ticket
 *    response and resolution times (pause caps not applied, as in the JavaScript engine), the reopen
 *    ratio and first time right of tickets, all with conditions and excluded causes (objectives.ts,
 *    objective-filters.ts); the credit and bonus ladders of those objectives with their caps, credit
 *    terms, breach rules and escalations of missed objectives, of objectives on tickets, outages,
 *    contacts and measurements alike (the report builds these from the objectives' counts; the
 *    script's credit views, ladders.ts, leave out those of measurements); averages and percentiles
 *    of contact times (contact-times.ts), with conditions and excluded causes; escalations and
 *    warnings of tickets (escalations.ts);
 *  - not (yet): objectives on tickets excluding volume above the forecast, `replied`/`updated`
 *    within a limit of their own (`on time` is covered), without a time limit (a maintenance cap
 *    in working or calendar days, months or years is a contract error:
 *    compiler/passes/check-exclusions.ts).
 */
import type { RtObjective, RuntimeContract } from '../../../runtime/contract.js';
export interface Uncovered {
    /** What the contract uses, in words: `objective 'uptime' (availability)`. */
    feature: string;
    line: number;
}
/** Measured on tickets (objectives.ts), not on outages, contacts or measurements (records.ts). */
export declare function onTickets(o: RtObjective): boolean;
/**
 * What the SQL engine does not evaluate in an objective (words after its kind; '' the kind itself),
 * or null when it evaluates it (objectives.ts, records.ts). Here, not there: the command line's gate
 * loads no calendars or evaluation code.
 */
export declare function objectiveGap(o: RtObjective): string | null;
export declare function uncoveredFeatures(c: RuntimeContract): Uncovered[];
/** The message of `sql-unsupported` for one feature. */
export declare function uncoveredMessage(u: Uncovered): string;
