/**
 * Escalation: the step each late or open ticket has reached. Steps are counted from creation, or
 * from the due instant of the ticket's first breached clock (`counted from breach`); a step is
 * reached when its time (on its calendar, pauses not deducted) has come before the ticket was
 * resolved, or by the evaluation instant while it is open. An open ticket also gets its next step.
 */
import type { ParsedTicket } from '../data/validate.js';
import type { Context } from './context.js';
import type { EscalationReached } from './report.js';

export function escalate(ctx: Context, t: ParsedTicket, priority: string, firstBreach: number | null, end: number, open: boolean): EscalationReached[] {
  const out: EscalationReached[] = [];
  for (const e of ctx.escalationsFor(priority, t)) {
    const ref = e.countedFrom === 'creation' ? t.created : firstBreach;
    if (ref === null) continue;
    let reached: EscalationReached | null = null;
    for (const step of [...e.steps].sort((x, y) => x.number - y.number)) {
      let at: number;
      try {
        at = ctx.addDuration(ref, step.after, step.calendar);
      } catch (err) {
        // Beyond the precomputed calendar range: no later step can be reached either.
        if (err instanceof RangeError) break;
        throw err;
      }
      if (at <= end) {
        reached = { escalation: e.name, step: step.number, role: ctx.text(step.role) ?? '', contact: step.contact, at: ctx.fmt(at), line: step.line, next: null };
      } else {
        if (reached && open) reached.next = { step: step.number, role: ctx.text(step.role) ?? '', at: ctx.fmt(at) };
        break;
      }
    }
    if (reached) out.push(reached);
  }
  return out;
}
