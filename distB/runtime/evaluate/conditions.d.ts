/**
 * Conditions on objectives and escalations (`for priority P1`, `for team "Netwerk"`) and the
 * custom fields of the data:
 *  - a record matches an objective when every condition holds; a condition holds when the record's
 *    value is one of the condition's values;
 *  - `priority` is the priority in force when the clock stops (or at the evaluation instant),
 *    `tier` the ticket's tier, `channel` compares like channels of shares (no case, `-`, `_`,
 *    spaces), `language` without case; a declared field compares exactly, after trimming;
 *  - a field value that the contract's `values` list does not hold, and a field the contract does
 *    not declare, are reported (runtime/evaluate/unknown-values.ts): never silently ignored. Such
 *    a record matches no condition on that field.
 */
import type { RtCondition, RtObjective } from '../contract.js';
/** What a condition can be asked about one record. */
export interface ConditionSubject {
    priority: string | null;
    tier: string | null;
    channel: string | null;
    language: string | null;
    fields: Readonly<Record<string, string>>;
}
/** Fields that are columns of their own, never custom fields. */
export declare const builtInFields: ReadonlySet<string>;
/** A ticket as conditions see it, with the priority in force. */
export declare function ticketSubject(t: {
    tier: string | null;
    channel: string | null;
    language: string | null;
    fields: Readonly<Record<string, string>>;
}, priority: string): ConditionSubject;
export declare function matchesAll(conditions: readonly RtCondition[] | undefined, s: ConditionSubject): boolean;
/** Whether the objective excludes items of this cause (`excluding force majeure`, `excluding calamities`). */
export declare function excludedCause(o: RtObjective, cause: string | null): boolean;
/**
 * Of the lines for one clock and priority (targets, credit bands), the one that applies: the first,
 * in the order written, whose conditions the subject matches, else the first without conditions.
 */
export declare function firstMatching<T extends {
    target: string;
    priority: string;
    conditions?: RtCondition[];
}>(lines: readonly T[], target: string, priority: string, subject: ConditionSubject): T | undefined;
/** ` for team "Netwerk"`: conditions as written, for explanations and band names. */
export declare const conditionsText: (conditions: readonly RtCondition[] | undefined) => string;
/** Whether the conditions ask about the priority (then the priority in force must be known). */
export declare const asksPriority: (conditions: readonly RtCondition[] | undefined) => boolean;
