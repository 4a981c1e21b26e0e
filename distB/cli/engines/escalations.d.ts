import type { Evaluation } from '../../runtime/evaluate/engine.js';
import type { EscalationReached } from '../../runtime/evaluate/report.js';
import type { EvaluatedClock } from '../../runtime/evaluate/tickets.js';
import type { Row, SqlDatabase } from './sql-tickets.js';
/** What the listed tickets get from SQL: their steps reached, and (open at `--now`) their warnings' instants. */
export interface TicketEscalations {
    /**
     * A column (`esc_steps`) and a join for the query of the tickets' rows (its facts `f`): each
     * ticket's steps in one text, so that they stream with the ticket, never held for all tickets.
     */
    column: string;
    join: string;
    /** The steps of a row of that query, in the report's form. */
    steps(r: Row): EscalationReached[];
    /** openTicket's `instant` for the ticket's running clocks. */
    instant(ticket: number): (ev: EvaluatedClock, at: number) => number | null;
}
/** `only`: a condition that keeps the listed tickets (` AND ticket IN …`, or ''). Null when the contract does not escalate tickets. */
export declare function listedEscalations(db: SqlDatabase, ev: Evaluation, only: string): Promise<TicketEscalations | null>;
/** The report's notifications from slac_ticket_notifications: the earliest `MAX_NOTIFICATIONS` of the tickets counted, and how many more. */
export declare function feedNotifications(db: SqlDatabase, ev: Evaluation): Promise<void>;
