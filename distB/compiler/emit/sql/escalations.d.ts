/**
 * Escalations and warnings of tickets in SQL: the rules of runtime/evaluate/escalation.ts and
 * notifications.ts (docs/language.md, "Escalation"), set-based.
 *
 * Constant tables (from the contract):
 *  - `slac_escalation_steps(escalation, step, line, role, contact)`: the steps of the escalations
 *    that apply to tickets (those naming priorities, or neither priorities nor objectives);
 *  - `slac_warning_levels(escalation, tier, ord, kind, threshold, share_ms, line, recipient)`: per
 *    target of a tier (`ord`, its position) each warning on its clock kind, with the share of the
 *    target's time it stands for (`share_ms`, rounded as the runtime does; NULL for days);
 *  texts in English, else the contract's first language.
 * Views, after the ticket clocks (tickets.ts; `slac_ticket_attributes` of conditions.ts too, when
 * an escalation has conditions and no target has):
 *  - `slac_escalation_refs(ticket, escalation, ref_ms, stop_ms, end_ms, open_now)`: per ticket with
 *    a breached clock (or open at `--now`) and escalation that applies to it (its priorities and
 *    conditions, judged on the priority in force at the resolution or the evaluation instant) the
 *    instant its steps count from: the creation, or the first breach (the earliest due instant of
 *    a breached clock, the reported cycles included);
 *  - `slac_step_base`, `slac_step_spans`, `slac_step_due` (and `slac_step_day_gaps`,
 *    `slac_step_day_due`: day-clocks.ts): each step not `including paused time` as a clock on the
 *    ticket's running time from there (pause caps do not apply), stopped at the resolution;
 *  - `slac_step_instants(ticket, escalation, step, at_ms, end_ms, open_now)`: when each step
 *    comes (NULL: never, or beyond the calendar's precomputed range, where the runtime stops too);
 *    `including paused time`: the step's duration after the reference on its calendar;
 *  - `slac_ticket_steps(ticket, escalation, step, at_ms, reached)`: the steps reached (by the
 *    resolution, or the evaluation instant: those up to the first that is not) and, for a ticket
 *    open at `--now` that reached one, the next (`reached` false);
 *  - `slac_warning_levels_of`, `slac_warning_instants(ticket, kind, cyc, threshold, line,
 *    escalation, recipient, stop_ms, as_of_ms, at_ms)`: per clock the report gives and warning that
 *    applies (the first), the instant the share of its
 *    time was used (as its due instant, with the share for the target: slac_clock_counts; for
 *    days, that share of the time from its start to due); only for clocks that used the share by
 *    their stop, and the running clocks of `--now` (their open-list ladder);
 *  - `slac_ticket_notifications(ticket, kind, clock, threshold, escalation, step, at_ms, line,
 *    recipient, contact)`: the warnings reached before the clock stopped and by the evaluation
 *    instant (`kind` 'warning'), and the steps reached ('escalation'), as the report's notifications.
 */
import type { RtEscalation, RuntimeContract } from '../../../runtime/contract.js';
import type { Context } from '../../../runtime/evaluate/context.js';
import type { CalendarSet } from './calendars.js';
import { type Dialect } from './dialect.js';
/** The escalations that apply to tickets (Context.escalationsFor), in the contract's order. */
export declare const ticketEscalations: (c: RuntimeContract) => RtEscalation[];
export declare function escalationTablesSql(d: Dialect, ctx: Context, cals: CalendarSet): string;
/** How the ticket views were made: `CREATE VIEW` or `CREATE TABLE`, "for ever", the running state, whether slac_ticket_attributes exists. */
export interface TicketViews {
    create: string;
    inf: string;
    running: number;
    attributes: boolean;
}
export declare function escalationViewsSql(d: Dialect, ctx: Context, cals: CalendarSet, { create, inf, running, attributes }: TicketViews): string;
