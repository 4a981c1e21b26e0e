/**
 * The clocks of an SLA target and of the levels it rests on, built from the compiled contracts
 * with the runtime's own due-time arithmetic (runtime/evaluate/context.ts), so that the checker
 * and the evaluator count the same business time.
 *
 * The rule (docs/language.md, "underpinning"): a chain is sequential. The first level's clock
 * starts when the hand-over time after the SLA clock's start has passed, each next level's when
 * the hand-over time after the previous level's due instant has passed, and the chain ends at the
 * last level's due instant. A hand-over time is counted on the calendar named with `on`, else on
 * the calendar of the party that hands over: the SLA target's calendar before the first level,
 * the previous level's target calendar before the others (no calendar: plain time).
 */
import type { RtDuration, RtTarget, RtTier, RuntimeContract } from '../../runtime/contract.js';
import { Context } from '../../runtime/evaluate/context.js';
import { type Stage } from './fit.js';
export declare function contextOf(contract: RuntimeContract): Context;
/** The clock of `d` counted on `calendar` (a calendar of ctx's contract, or null for plain time). */
export declare function durationStage(ctx: Context, d: RtDuration, calendar: string | null): Stage;
/** The target for a priority and clock in a tier that applies to every ticket (no conditions). */
export declare function plainTarget(tier: RtTier, kind: 'response' | 'resolution', priority: string): RtTarget | undefined;
/** One level of a chain, resolved: the agreement's contract, its tier and its target. */
export interface Level {
    /** The name the SLA gives the agreement. */
    name: string;
    contract: RuntimeContract;
    tier: RtTier;
    target: RtTarget;
    /** The hand-over before the level; `calendar`: the SLA's calendar named with `on`, or null. */
    handover: {
        duration: RtDuration;
        calendar: string | null;
    } | null;
}
/** The part of the chain a stage belongs to: a hand-over before a level, or a level's own clock. */
export interface StagePart {
    level: number;
    kind: 'handover' | 'target';
}
/**
 * The stages of a chain for an SLA target: per level an optional hand-over, then the level's
 * target. `parts[i]` says what stage i is.
 */
export declare function chainStages(sla: RuntimeContract, slaTarget: RtTarget, levels: readonly Level[]): {
    stages: Stage[];
    parts: StagePart[];
};
/** The instants (epoch ms) of the first and the last day of a contract's term, in its zone. */
export declare function termOf(contract: RuntimeContract): {
    from: number;
    to: number;
};
