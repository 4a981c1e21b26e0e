/** Facts about values that several passes need: what kind a value is called, and how to compare durations. */
import type * as A from '../grammar/ast.js';
export type ValueKind = A.Value['kind'];
export declare const valueKindNames: Record<ValueKind, string>;
/** Minutes of a duration in its own clock; only comparable with durations of the same clock and calendar. */
export declare function durationMinutes(d: A.Duration): number;
/** Business and plain time both count open time when a calendar is named: they compare directly. */
export declare function comparableClock(d: A.Duration): 'time' | 'working' | 'calendar';
/** The numeric magnitude of a value, for ordering thresholds and amounts of one kind. */
export declare function magnitude(v: A.Value): number;
/** `4 business hours`, `1 working day`: a duration as the contract writes it. */
export declare function describeDuration(d: A.Duration): string;
/**
 * The range every number of a contract lies in. Beyond it JavaScript numbers lose whole units (and
 * at 10^309 become Infinity): no service level needs more, so larger numbers are errors, never
 * rounded. Money has its own bound in minor units, so that sums of credits stay exact.
 */
export declare const MAX_NUMBER = 1000000000000;
export declare const MAX_MONEY_MINOR = 100000000000000;
/** A credit, bonus or cap as a percentage of the fee: a cap over many months may exceed 100%. */
export declare const MAX_FEE_PERCENTAGE = 1000;
/** The numbers a value is made of. */
export declare function numbersOf(v: A.Value): number[];
/** Whether every number of the value is finite and within its bound. */
export declare function representable(v: A.Value): boolean;
