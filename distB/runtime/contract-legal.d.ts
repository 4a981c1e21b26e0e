/** The runtime contract's credits per incident and repeated-breach rules (part of RuntimeContract). */
import type { RtAmount, RtCap, RtClockKind, RtCondition, RtDuration } from './contract.js';
/** `resolution P1 credit EUR 250`, one entry per priority. */
export interface RtTicketBand {
    target: RtClockKind;
    priority: string;
    amount: RtAmount;
    line: number;
    /**
     * `for team "Netwerk"`: the credit for the tickets that match every condition. Of the bands for
     * one clock and priority, the first with conditions that match applies, else the one without
     * (the rule of targets). Absent: every ticket of the priority.
     */
    conditions?: RtCondition[];
}
export interface RtTicketCredits {
    bands: RtTicketBand[];
    caps: RtCap[];
    line: number;
}
/** `at least 30 minutes credit 5% of monthly fee`; bands shortest first. */
export interface RtOutageCredits {
    objective: string;
    bands: Array<{
        lengthMs: number;
        length: string;
        amount: RtAmount;
        line: number;
    }>;
    caps: RtCap[];
    line: number;
}
/** An improvement plan or a termination right after repeated breaches of the named objectives. */
export interface RtBreachRule {
    consequence: 'improvement-plan' | 'termination';
    objectives: string[];
    consecutive: number | null;
    inWindow: {
        count: number;
        months: number;
    } | null;
    /** Improvement plan: the time within which it is due, as the contract writes it. */
    within: RtDuration | null;
    line: number;
}
