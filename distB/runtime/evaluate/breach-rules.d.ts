/**
 * Repeated-breach rules (improvement plan, termination right), evaluated on the objectives'
 * measurement periods in time order:
 *  - a period is breached when it has a value and misses its target (no data is not a breach, and
 *    it interrupts a run of consecutive breaches);
 *  - `n consecutive breaches`: n breached periods in a row of one objective;
 *  - `n breaches in m months`: n breached periods whose ends lie within m consecutive months;
 *  - a rule naming several objectives applies to each of them on its own; it is triggered by the
 *    first period that fulfils either condition.
 */
import type { RtBreachRule } from '../contract.js';
import type { Context } from './context.js';
import type { Explanation, ObjectiveResult } from './report.js';
export interface BreachRuleResult {
    consequence: RtBreachRule['consequence'];
    objective: string;
    line: number;
    /** The measurement periods evaluated, and those breached. */
    periods: string[];
    breached: string[];
    triggered: boolean;
    /** The period that triggered the rule, and why. */
    triggeredIn: string | null;
    reason: 'consecutive' | 'window' | null;
    explain: Explanation[];
}
export declare function evaluateBreachRules(ctx: Context, objectives: readonly ObjectiveResult[]): BreachRuleResult[];
