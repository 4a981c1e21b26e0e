/**
 * Escalation: the step each late or open ticket has reached. Steps are counted from creation, or
 * from the due instant of the ticket's first breached clock (`counted from breach`), on the step's
 * calendar. Paused time does not count (a ticket waiting for the customer does not escalate)
 * unless the escalation says `including paused time`; resolved time never counts. A step is reached
 * when its time has come before the ticket was resolved, or by the evaluation instant while it is
 * open. An open ticket also gets its next step.
 */
import type { RtEscalation, RtEscalationStep } from '../contract.js';
import type { ParsedTicket } from '../data/validate.js';
import type { Context } from './context.js';
import type { EscalationReached } from './report.js';
import type { StepReached } from './notifications.js';
import { clipTimeline } from './clock-start.js';
import { runClock, type Timeline } from './tickets.js';

/** The instant a step is due, or null when it never comes (paused for good). */
function stepInstant(ctx: Context, e: RtEscalation, step: RtEscalationStep, ref: number, tl: Timeline, end: number): number | null {
  if (e.includePaused) return ctx.addDuration(ref, step.after, step.calendar);
  return runClock(ctx, clipTimeline(tl, ref), ref, tl.resolvedAt, end, step.after, step.calendar).due;
}

/** The step reached per escalation; `steps` (when given) receives every step reached, in order. */
/** A step reached at `at`, in the report's form (the next step is filled in by the caller). */
export function reachedStep(ctx: Context, e: RtEscalation, step: RtEscalationStep, at: number): EscalationReached {
  return {
    escalation: e.name,
    step: step.number,
    role: ctx.text(step.role) ?? '',
    contact: ctx.text(step.contact),
    at: ctx.fmt(at),
    line: step.line,
    next: null,
  };
}

export function escalate(
  ctx: Context,
  t: ParsedTicket,
  tl: Timeline,
  priority: string,
  firstBreach: number | null,
  end: number,
  open: boolean,
  steps: StepReached[] | null = null,
): EscalationReached[] {
  const out: EscalationReached[] = [];
  for (const e of ctx.escalationsFor(priority, t)) {
    const ref = e.countedFrom === 'creation' ? t.created : firstBreach;
    if (ref === null) continue;
    let reached: EscalationReached | null = null;
    for (const step of [...e.steps].sort((x, y) => x.number - y.number)) {
      let at: number | null;
      try {
        at = stepInstant(ctx, e, step, ref, tl, end);
      } catch (err) {
        // Beyond the precomputed calendar range: no later step can be reached either.
        if (err instanceof RangeError) break;
        throw err;
      }
      if (at !== null && at <= end) {
        reached = reachedStep(ctx, e, step, at);
        steps?.push({ ms: at, reached });
      } else {
        if (reached && open && at !== null) reached.next = { step: step.number, role: ctx.text(step.role) ?? '', at: ctx.fmt(at) };
        break;
      }
    }
    if (reached) out.push(reached);
  }
  return out;
}
