/**
 * `95% of tickets resolved on time`, `… replied on time`, `… updated on time`: each ticket against
 * its own target, the one its tier sets for its priority. The clock is the ticket's own: response,
 * resolution, next reply or update (runtime/evaluate/tickets.ts, reply-clocks.ts). A next reply or
 * update clock is met when none of its cycles was late, breached when one was (or one still running
 * is past due), and pending while a cycle runs within its time; a resolved ticket that never ran the
 * clock (no customer message after the first response, resolved at the first response, or no target
 * of that kind for its priority) was never owed one and is not counted.
 */
import type { RtMeasure } from '../contract.js';
import type { TicketResult } from './report.js';
import type { Outcome } from './shares.js';
type Event = Extract<RtMeasure, {
    kind: 'share';
}>['event'];
export declare function onTimeOutcome(result: TicketResult, event: Event): Outcome;
export {};
