/**
 * Credits per incident, and the net settlement per month:
 *  - per ticket: each breached response or resolution clock earns the band of its target and of
 *    the priority whose target applied; booked in the month the ticket was created (tickets count
 *    in the period they were created, as in percentage objectives);
 *  - per outage: each uninterrupted stretch of counted downtime in the service window of an
 *    availability objective is one outage; the longest band it reaches applies (`at least` is
 *    inclusive: exactly 30 minutes reaches `at least 30 minutes`); booked in the month it started;
 *  - no credit for a month that begins before the acceptance (aanloop) period ends;
 *  - caps: first the block's own caps, then the credit terms' caps, which also count what the
 *    objective ladders credited (credits per incident are capped after the ladders' credits of the
 *    same period, in time order, tickets before outages);
 *  - the net settlement of a month is its credits minus its bonuses.
 */
import type { RtClockKind, RtTicketBand, RuntimeContract } from '../contract.js';
import { type ConditionSubject } from './conditions.js';
import type { Context } from './context.js';
import type { CapApplied, CreditResult, Explanation, Money, ObjectiveResult, PeriodTotal } from './report.js';
/** A breached ticket clock, as the engine records it for every ticket (also outside `--period`). */
export interface BreachedClock {
    ticket: string;
    target: RtClockKind;
    priority: string;
    created: number;
    band: RtTicketBand;
}
/**
 * The credit a breach of this clock earns per ticket, if any (only those breaches are kept for the
 * end): of the bands for the clock and priority, the first whose conditions the ticket matches, in
 * the order written, else the one without conditions.
 */
export declare function ticketCreditBand(contract: RuntimeContract, target: RtClockKind, priority: string, subject: ConditionSubject): RtTicketBand | undefined;
export interface IncidentCredit {
    kind: 'ticket' | 'outage';
    /** The ticket id, or the objective of the outage. */
    subject: string;
    target: RtClockKind | null;
    priority: string | null;
    /** The outage: start and end of the stretch of counted downtime, and its length. */
    from: string | null;
    to: string | null;
    lengthMs: number | null;
    bookedIn: string;
    band: {
        text: string;
        amount: string;
        line: number;
    };
    amount: Money;
    granted: Money;
    caps: CapApplied[];
    inAcceptancePeriod: boolean;
    explain: Explanation[];
}
export declare function evaluateIncidentCredits(ctx: Context, clocks: readonly BreachedClock[], objectives: readonly ObjectiveResult[], ladderCredits: readonly CreditResult[]): IncidentCredit[];
/** The month totals with the credits per incident added, and the net settlement (credits − bonuses). */
export declare function settle(totals: readonly PeriodTotal[], incident: readonly IncidentCredit[], currency: string | null): Array<PeriodTotal & {
    net: Money;
}>;
