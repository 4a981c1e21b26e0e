import type { ClockStatus, TicketResult, TicketSummary } from './report.js';
export interface LevelClock {
    /** The name the SLA's underpinning block gives the agreement. */
    level: string;
    /** `not involved`: the ticket never reached the level (its clock never started) or the level rejected it. */
    status: ClockStatus | 'not involved';
    started: string | null;
    stopped: string | null;
    due: string | null;
    /** Real time from the level's start to its stop (or the SLA's stop while it runs): where the time went. */
    spentMs: number | null;
}
export interface LevelBreach {
    ticket: string;
    clock: 'response' | 'resolution';
    priority: string;
    tier: string | null;
    due: string | null;
    stopped: string | null;
    levels: LevelClock[];
    /** The levels whose own target was breached too: the cause. Empty: every level met its target. */
    causedBy: string[];
}
export interface AcrossLevels {
    /** The SLA's breached clocks, in the order of the tickets. */
    breaches: LevelBreach[];
}
/** The breaches of one SLA ticket, with the same ticket's clocks at each level (undefined: not in that level's results). */
export declare function levelBreaches(sla: TicketResult, levels: ReadonlyArray<{
    name: string;
    ticket: TicketResult | undefined;
}>): LevelBreach[];
/** The text form: each level's totals, then one row per SLA breach with each level's clock. */
export declare function renderLevels(levels: ReadonlyArray<{
    name: string;
    file: string;
    summary: TicketSummary;
}>, across: AcrossLevels): string;
