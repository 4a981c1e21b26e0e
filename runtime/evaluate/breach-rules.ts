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

export function evaluateBreachRules(ctx: Context, objectives: readonly ObjectiveResult[]): BreachRuleResult[] {
  const out: BreachRuleResult[] = [];
  for (const rule of ctx.contract.breachRules ?? []) {
    for (const name of rule.objectives) {
      const periods = objectives.filter((r) => r.objective === name).sort((a, b) => Date.parse(a.to) - Date.parse(b.to));
      const result: BreachRuleResult = {
        consequence: rule.consequence,
        objective: name,
        line: rule.line,
        periods: periods.map((p) => p.period),
        breached: [],
        triggered: false,
        triggeredIn: null,
        reason: null,
        explain: [],
      };
      let run = 0;
      const ends: number[] = [];
      for (const p of periods) {
        const breached = p.met === false;
        run = breached ? run + 1 : 0;
        if (!breached) continue;
        result.breached.push(p.period);
        // The month index of the period's last instant (`to` is exclusive).
        const end = ctx.zone.periodOf('month', Date.parse(p.to) - 1).index;
        ends.push(end);
        if (result.triggered) continue;
        if (rule.consecutive !== null && run >= rule.consecutive) {
          Object.assign(result, { triggered: true, triggeredIn: p.period, reason: 'consecutive' });
          result.explain.push({
            rule: `${rule.consequence}.consecutive`,
            text: `${name}: ${run} consecutive breached periods up to ${p.period} (rule: ${rule.consecutive})`,
            line: rule.line,
          });
        } else if (rule.inWindow !== null) {
          const within = ends.filter((e) => e > end - rule.inWindow!.months).length;
          if (within >= rule.inWindow.count) {
            Object.assign(result, { triggered: true, triggeredIn: p.period, reason: 'window' });
            result.explain.push({
              rule: `${rule.consequence}.window`,
              text: `${name}: ${within} breached periods within the ${rule.inWindow.months} months up to ${p.period} (rule: ${rule.inWindow.count})`,
              line: rule.line,
            });
          }
        }
      }
      out.push(result);
    }
  }
  return out;
}
