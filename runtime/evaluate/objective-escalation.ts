/**
 * Failing objectives escalate too: an escalation that names an objective (`for objective uptime`)
 * escalates each measurement period in which the objective was missed. Its steps count from the
 * end of that period — when the miss is established — on each step's calendar; a step is reached
 * when its time has come by the evaluation instant, and the next step is reported with its instant.
 */
import type { RtObjective } from '../contract.js';
import type { Context } from './context.js';
import type { EscalationReached } from './report.js';
import { reachedStep } from './escalation.js';

export function escalateObjective(ctx: Context, o: RtObjective, periodEnd: number, asOf: number): EscalationReached[] {
  const out: EscalationReached[] = [];
  for (const e of ctx.contract.escalations) {
    if (!(e.objectives ?? []).includes(o.name)) continue;
    let reached: EscalationReached | null = null;
    for (const step of [...e.steps].sort((x, y) => x.number - y.number)) {
      let at: number;
      try {
        at = ctx.addDuration(periodEnd, step.after, step.calendar);
      } catch (err) {
        if (err instanceof RangeError) break;
        throw err;
      }
      if (at <= asOf) reached = reachedStep(ctx, e, step, at);
      else {
        if (reached) reached.next = { step: step.number, role: ctx.text(step.role) ?? '', at: ctx.fmt(at) };
        break;
      }
    }
    if (reached) out.push(reached);
  }
  return out;
}
