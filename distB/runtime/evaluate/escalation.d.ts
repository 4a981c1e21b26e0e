/**
 * Escalation: the step each late or open ticket has reached. Steps are counted from creation, or
 * from the due instant of the ticket's first breached clock (`counted from breach`), on the step's
 * calendar. Paused time does not count (a ticket waiting for the customer does not escalate)
 * unless the escalation says `including paused time`; resolved time never counts. A step is reached
 * when its time has come before the ticket was resolved, or by the evaluation instant while it is
 * open. An open ticket also gets its next step.
 */
import type { RtEscalation, RtEscalationStep } from '../contract.js';
import type { ParsedTicket } from '../data/validate.js';
import type { Context } from './context.js';
import type { EscalationReached } from './report.js';
import type { StepReached } from './notifications.js';
import { type Timeline } from './tickets.js';
/** The step reached per escalation; `steps` (when given) receives every step reached, in order. */
/** A step reached at `at`, in the report's form (the next step is filled in by the caller). */
export declare function reachedStep(ctx: Context, e: RtEscalation, step: RtEscalationStep, at: number): EscalationReached;
export declare function escalate(ctx: Context, t: ParsedTicket, tl: Timeline, priority: string, firstBreach: number | null, end: number, open: boolean, steps?: StepReached[] | null): EscalationReached[];
