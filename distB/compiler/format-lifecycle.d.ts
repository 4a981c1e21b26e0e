/**
 * `slac fmt` for the ticket lifecycle: statuses, aliases, the clocks of a targets block, warning
 * ladders and the scenario lines that state lifecycle facts. The layout rules are format.ts's.
 */
import type * as A from '../grammar/ast.js';
export type LifecycleStatement = A.StatusStmt | A.AliasStmt | A.ClockStartStmt | Extract<A.EscalationStmt, {
    kind: 'IncludingPaused' | 'AppliesToObjectives';
}> | Extract<A.Expectation, {
    kind: 'ExpectClock' | 'ExpectAtRisk' | 'ExpectStep';
}>;
/** Whether the formatter prints a statement with printLifecycle (the other statements it leaves to are the legal ones). */
export declare function isLifecycleStatement(s: {
    kind: string;
}): s is LifecycleStatement;
/** The words of a clock: `response`, `resolution`, `next reply`, `update`. */
export declare const clockNames: Record<A.TargetKind, string>;
/** The word between the priorities and the time of a target: `update P1 every 2 hours`, else `within`. */
export declare const targetVerb: (t: A.TargetKind) => string;
export declare function printLifecycle(s: LifecycleStatement, quote: (v: string) => string, value: (v: A.Value) => string, dateTime: (d: A.DateTimeLit) => string): string;
/** A scenario ticket's event: `resolved 2026-03-09 10:00`, `customer wrote …`, `status "Opgelost" …`, `priority P1 …`. */
export declare function printTicketEvent(e: A.TicketEvent, quote: (v: string) => string, dateTime: (d: A.DateTimeLit) => string): string;
/** `, at most 5 working days per ticket` after a pause, or nothing. */
export declare function printPauseCap(s: A.PauseStmt, value: (v: A.Value) => string): string;
