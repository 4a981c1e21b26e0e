import { type Dialect } from './dialect.js';
/** "For ever": the end of a segment that does not end, far beyond any calendar. */
export declare const INF = 9000000000000000;
/** Ticket states as runtime/evaluate/statuses.ts numbers them. */
export declare const STATE: {
    readonly running: 0;
    readonly paused: 1;
    readonly resolved: 2;
    readonly closed: 3;
    readonly none: 4;
};
/** What a contract uses beyond plain targets and pauses: the views for the rest are left out. */
export interface TicketFeatures {
    /** Pause caps, targets with conditions, targets in days, next-reply or update targets. */
    caps: boolean;
    conditions: boolean;
    days: boolean;
    cycles: boolean;
    /** A tier whose clocks start at a status (slac_start_statuses has rows). */
    statusStart: boolean;
    /** The contract's one tier, when it has one: what a status does needs no ticket's tier then. */
    oneTier: string | null;
    /** Objectives with clocks of their own (slac_limit_clocks has rows). */
    limits: boolean;
    /** `--now`: later events have not happened yet. */
    now: number | null;
    /** Warnings before a breach: they read the spans of every clock (escalations.ts), so no clock skips them. */
    warnings: boolean;
}
/**
 * `materialize`: tables instead of views, created once the input tables are loaded (the DuckDB
 * engine: each step is computed once, not again in every view that reads it). `extraClocks`: a
 * SELECT of more clocks for `slac_clock_base` from its CTE `s` (per ticket and clock kind: start,
 * stop, end), with its columns; they are counted like the targets' clocks (objectives.ts).
 */
export declare function ticketViewsSql(d: Dialect, materialize?: boolean, features?: TicketFeatures, extraClocks?: string): string;
