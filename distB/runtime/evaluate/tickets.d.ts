/**
 * Ticket clocks. A ticket's history becomes a timeline of running, paused and resolved spans;
 * each clock (response, resolution, or a percentage objective's time limit) counts the running
 * spans on its calendar and finds the instant its allowed time runs out. Rules (documented in
 * docs/language.md, "Evaluation semantics"):
 *  - a status the tier names (`paused while waiting for customer` …) stops the clock until the next status;
 *  - a resolved ticket that gets any other status is reopened: its clock continues where it stopped;
 *  - the target of the priority in force when the clock stops (or at the evaluation instant) applies
 *    to the whole clock, with the time elapsed so far kept (the clock is not restarted);
 *  - the first response is `responded`, or the first resolution when no response was recorded;
 *  - a clock is met when it stops at or before its due instant, breached when it stops after it or
 *    is still running after it at the evaluation instant;
 *  - working and calendar days: due is the same wall time n days later; each pause or reopening gap
 *    moves it by the whole working days the gap lasted.
 */
import type { RtDuration, RtTarget, RtTier } from '../contract.js';
import type { ParsedTicket } from '../data/validate.js';
import { type Context } from './context.js';
import type { ClockResult, OpenTicket, RecordRef, TicketResult } from './report.js';
import { type TicketNotification } from './notifications.js';
import { type Vocabulary } from './statuses.js';
export interface Timeline {
    /** Running spans as flat [start, end) pairs; the last end is Infinity when the clock runs at the end. */
    running: number[];
    /** Paused spans as flat pairs; the last end is Infinity when paused at the end. */
    paused: number[];
    /** Per paused pair: the index of the tier's pause clause that paused it (for caps); -1 for a status that pauses every clock. */
    pausedRule: number[];
    firstResolution: number | null;
    /** The final resolution, or null when the ticket is not resolved at the end. */
    resolvedAt: number | null;
    reopened: number;
    changes: Array<{
        at: number;
        priority: string;
    }>;
    /** Messages on the ticket, in time order. */
    messages: Array<{
        at: number;
        from: 'customer' | 'provider';
    }>;
    /** Statuses the contract does not know, as written, in order of first appearance. */
    unknown: string[];
}
/**
 * The ticket's history up to `until` (later events have not happened yet), read with the status
 * vocabulary for `tier`: a resolving or closing status while resolved changes nothing (the
 * resolution stands), a status that means nothing (or is unknown) keeps the state.
 */
export declare function buildTimeline(t: ParsedTicket, vocabulary: Vocabulary, tier: RtTier, until: number): Timeline;
/** Priority in force at instant t. */
export declare function priorityAt(t: ParsedTicket, tl: Timeline, at: number): string;
export interface ClockCore {
    due: number | null;
    status: 'met' | 'breached' | 'pending' | 'paused';
    elapsedMs: number;
    pausedMs: number;
    elapsedDays: number | null;
    remainingMs: number | null;
    /** Running spans counted (clipped to the stop or the evaluation instant). */
    counted: number[];
}
/**
 * One clock over a timeline: `within` on `calendar` (null: wall time), started at `created`,
 * stopped at `stop` (or still running at `asOf`).
 */
export declare function runClock(ctx: Context, tl: Timeline, created: number, stop: number | null, asOf: number, within: RtDuration, calendar: string | null): ClockCore;
/**
 * The target of a clock for a ticket of this priority: the first, in the order written, whose
 * conditions (`for team "Netwerk"`) the ticket matches, else the one without conditions.
 */
export declare function findTarget(tier: RtTier, t: ParsedTicket, priority: string, kind: RtTarget['target']): RtTarget | undefined;
/** A clock of a ticket, with what the open-ticket view needs besides the report's form. */
export interface EvaluatedClock {
    clock: ClockResult;
    due: number | null;
    target: RtTarget;
    /** The timeline the clock counted (clipped to its start, pause caps applied) and its start. */
    timeline: Timeline;
    start: number;
    /** When the clock stopped, or null while it runs. */
    stop: number | null;
}
export interface TicketOutcome {
    result: TicketResult;
    open: OpenTicket | null;
    /** Warnings and escalation steps reached, for the report's notification list. */
    notifications: TicketNotification[];
}
/** The first response: `responded`, else the first reply from the provider, else the first resolution. */
export declare function responseOf(t: ParsedTicket, tl: Timeline, asOf: number): number | null;
/**
 * One clock from `start` (null: not started) to `stop` on the ticket's timeline, with the tier's
 * pause caps applied on the target's clock; uncertain when the ticket has unknown statuses. Pause
 * caps are per ticket: the paused time from `capFrom` (the ticket's clock start) on uses them up,
 * also for a next-reply or update cycle that starts later.
 */
export declare function evaluateClock(ctx: Context, t: ParsedTicket, tier: RtTier, tl: Timeline, target: RtTarget, priority: string, start: number | null, stop: number | null, asOf: number, source: RecordRef, capFrom?: number | null): EvaluatedClock;
/**
 * A clock's result in the report's form, with its explanation, from what it counted (`core`, null
 * when not started) on the timeline clipped to its start. Also the SQL engine's (cli/engines).
 */
export declare function clockResult(ctx: Context, initialPriority: string, tier: RtTier, unknown: readonly string[], clipped: Timeline | null, core: ClockCore | null, target: RtTarget, priority: string, from: number | null, stop: number | null, asOf: number, source: RecordRef): ClockResult;
/**
 * Evaluates one ticket at `asOf`. `now` (when given) makes the ticket part of the open list if it
 * is not resolved by then.
 */
export declare function evaluateTicket(ctx: Context, t: ParsedTicket, tier: RtTier, source: RecordRef, asOf: number, now: number | null): TicketOutcome;
/** A ticket's result without its clocks, from its timeline; also the SQL engine's (cli/engines). */
export declare function ticketResult(ctx: Context, id: string, source: RecordRef, tier: RtTier, channel: string | null, priority: string, created: number, tl: Timeline): TicketResult;
