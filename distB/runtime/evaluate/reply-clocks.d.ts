/**
 * Clocks that run once per cycle (docs/language.md, "Next reply and update clocks"):
 *  - next reply: a customer message that arrives after the first response, while the ticket is
 *    not resolved and no reply is owed yet, starts a cycle; the provider's next message (or the
 *    resolution) stops it. Later customer messages before that reply do not restart it: the
 *    oldest unanswered message counts (Zendesk's rule).
 *  - update: from the first response, the provider owes an update at least every N; each provider
 *    message stops one cycle and starts the next, and the final resolution stops the last.
 * Each cycle is an ordinary clock on the ticket's timeline (pauses and resolved time do not count,
 * pause caps apply); the priority in force when a cycle stops (or at the evaluation instant) sets
 * its target. The ticket's clock is met when every cycle met its target, breached when any was late
 * (or one still running is past due); the cycle reported is the first late one, else the one
 * running, else the last.
 */
import type { RtTier } from '../contract.js';
import type { ParsedTicket } from '../data/validate.js';
import type { Context } from './context.js';
import type { RecordRef } from './report.js';
import { type EvaluatedClock, type Timeline } from './tickets.js';
type Cycle = {
    start: number;
    stop: number | null;
};
/** Next-reply cycles: from the oldest unanswered customer message to the provider's next message. */
export declare function replyCycles(tl: Timeline, responseAt: number | null): Cycle[];
/** Update cycles: from the first response to each provider message, and on to the final resolution. */
export declare function updateCycles(tl: Timeline, responseAt: number | null): Cycle[];
/** The next-reply and update clocks of a ticket, for the kinds its tier has targets for; pause caps count from `capFrom`. */
export declare function cycleClocks(ctx: Context, t: ParsedTicket, tier: RtTier, tl: Timeline, responseAt: number | null, asOf: number, source: RecordRef, capFrom: number): EvaluatedClock[];
export {};
