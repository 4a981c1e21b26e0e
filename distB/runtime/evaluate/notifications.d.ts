/**
 * The notifications a service desk acts on (docs/language.md, "Notifications"): per ticket, each
 * warning threshold its clocks reached (`warn at 50% of resolution time to "Teamleider"`: the
 * instant that share of the allowed time was used, before the clock stopped) and each escalation
 * step reached (with its role and contact), in time order over all tickets. For next reply and
 * update clocks, the cycle the ticket reports. The report keeps the earliest `MAX_NOTIFICATIONS`
 * and counts the rest, so memory stays flat in the number of tickets; the warnings still to come
 * for open tickets are in `open[].clocks[].warnings`.
 */
import type { RtClockKind } from '../contract.js';
import type { ParsedTicket } from '../data/validate.js';
import type { Context } from './context.js';
import type { EscalationReached, Notification, NotificationSelection } from './report.js';
import { type EvaluatedClock } from './tickets.js';
export declare const MAX_NOTIFICATIONS = 1000;
/** A notification with its instant in milliseconds, formatted only if it makes the list. */
export type TicketNotification = Omit<Notification, 'at'> & {
    ms: number;
};
/** An escalation step a ticket reached, and when. */
export interface StepReached {
    ms: number;
    reached: EscalationReached;
}
/** A warning threshold: `at` percent of the clock's time, who is told, and where it is written. */
export interface Warning {
    at: number;
    to: string | null;
    line: number;
}
/** The warning ladder for this priority and clock, from the escalations that apply to the ticket, lowest threshold first. */
export declare function warningsFor(ctx: Context, t: ParsedTicket, priority: string, kind: RtClockKind): Warning[];
/** The instant `at`% of the clock's allowed time is used: counted on its calendar, or (day clocks) as a share of start → due. */
export declare function warningInstant(ctx: Context, ev: EvaluatedClock, at: number, asOf: number): number | null;
/** A ticket's notifications by `asOf`: the warnings its clocks reached before they stopped, and the escalation steps reached. */
export declare function ticketNotifications(ctx: Context, t: ParsedTicket, clocks: readonly EvaluatedClock[], steps: readonly StepReached[], asOf: number): TicketNotification[];
/**
 * The earliest notifications over all tickets, in time order (ties: input order, then line), at
 * most `max`; the rest are counted. Trimmed in batches, so memory is bounded by `max`.
 */
export declare class NotificationList {
    private readonly max;
    private readonly kept;
    private total;
    /** After a trim that dropped some: the instant of the last one kept; later ones cannot make the list. */
    private latest;
    constructor(max?: number);
    add(seq: number, ns: readonly TicketNotification[]): void;
    /** Counts `n` notifications that cannot make the list (another engine left them out: later than its earliest `max`). */
    omit(n: number): void;
    private trim;
    /** The list, with instants written by `fmt` (the contract's zone). */
    finish(fmt: (ms: number) => string): {
        notifications: Notification[];
        listed: NotificationSelection;
    };
}
