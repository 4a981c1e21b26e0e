/**
 * The ticket results a report lists: all, the exceptions (a clock breached or uncertain, or the
 * ticket open at the evaluation instant) or none; at most `max`, the first in input order, the rest counted. Bounded
 * in memory by `max`, whatever the number of tickets.
 */
import type { TicketResult, TicketSelection } from './report.js';
export declare class TicketList {
    private readonly include;
    private readonly max;
    private readonly kept;
    private selected;
    constructor(include: TicketSelection['include'], max: number | null);
    get selection(): {
        include: TicketSelection['include'];
        max: number | null;
    };
    /** Tickets the selection includes that another engine left out of the list (beyond `max`). */
    count(selected: number): void;
    add(seq: number, result: TicketResult): void;
    private trim;
    finish(): {
        tickets: TicketResult[];
        listed: TicketSelection;
    };
}
