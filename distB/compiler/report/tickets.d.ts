/**
 * What the report needs from every ticket result, gathered as the results stream out of the
 * evaluation (constant memory, however many tickets): counts per priority, tier and channel, the
 * distribution of response and resolution times against their target, and the breached tickets
 * of the period.
 * A ticket belongs to the period in which it was created, as for the objectives.
 */
import type { ContractModel } from '../model.js';
import type { TicketResult, TicketSummary } from '../../runtime/evaluate/report.js';
/** The evaluation's ticket summary, counted per group. */
export type GroupCounts = Pick<TicketSummary, 'total' | 'resolved' | 'open' | 'responseMet' | 'responseBreached' | 'resolutionMet' | 'resolutionBreached'>;
/** Share of the allowed time used: bins up to these bounds (percent, inclusive), and one above the last. */
export declare const USED_BOUNDS: readonly [25, 50, 75, 100, 125, 150, 200];
/** The clocks whose times are charted against their target. */
export type UsedClock = 'response' | 'resolution';
/** At most this many breached tickets are listed; the rest are counted. */
export declare const MAX_BREACHES = 100;
/** `priority`, `tier`, `channel`, or a custom field the contract declares (`field:team`). */
export type Dimension = 'priority' | 'tier' | 'channel' | `field:${string}`;
export declare class TicketFacts {
    /** Whether a ticket's local creation date is in the report's period; null: every ticket. */
    private readonly inPeriod;
    readonly groups: Map<Dimension, Map<string, GroupCounts>>;
    /**
     * Per clock (`response`, `resolution`) and priority: stopped clocks per bin of USED_BOUNDS (the
     * last bin: above 200%), by the share of their target used. A share is unit-free, so targets in
     * hours, business hours and working or calendar days share one axis.
     */
    readonly used: Map<UsedClock, Map<string, number[]>>;
    readonly breached: TicketResult[];
    breachedOmitted: number;
    readonly dimensions: Dimension[];
    /**
     * Response and resolution targets by line and kind: the allowed time, in ms for elapsed and
     * business clocks, in days for working and calendar days (as the clock's `elapsedDays`).
     * Targets in months or years (amount 0) have no fixed length and are not charted.
     */
    private readonly allowed;
    constructor(model: ContractModel, 
    /** Whether a ticket's local creation date is in the report's period; null: every ticket. */
    inPeriod: ((date: string) => boolean) | null);
    add(t: TicketResult, fields?: Readonly<Record<string, string>>): void;
    private addUsed;
}
