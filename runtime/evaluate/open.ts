/**
 * Open tickets at `now`: for each running clock, its due instant, the time remaining, the share of
 * the allowed time used, the warning threshold that applies (`warn at 75% of resolution time`, the
 * lowest among the escalations for the ticket's priority) and whether the ticket is at risk (the
 * threshold reached, not yet breached); and the escalation step reached.
 */
import type { RtTarget } from '../contract.js';
import type { ParsedTicket } from '../data/validate.js';
import type { Context } from './context.js';
import type { ClockResult, OpenTicket, TicketResult } from './report.js';
import type { EvaluatedClock } from './tickets.js';

export function openTicket(ctx: Context, t: ParsedTicket, result: TicketResult, clocks: readonly EvaluatedClock[], asOf: number): OpenTicket {
  return {
    id: t.id,
    priority: result.priority,
    tier: result.tier,
    created: result.created,
    clocks: clocks
      .filter((c) => c.clock.stopped === null)
      .map(({ clock: c, due, target }) => {
        const used = usedPercent(t.created, c, target, due, asOf);
        const warnAt = warningFor(ctx, t, c.priority, c.kind);
        return { kind: c.kind, due: c.due, remainingMs: c.remainingMs, status: c.status, used, warnAt, atRisk: c.status !== 'breached' && warnAt !== null && used !== null && used >= warnAt };
      }),
    escalation: result.escalation,
  };
}

/** Counted time ÷ target for time clocks; for day clocks the real time since creation ÷ the time from creation to due. */
function usedPercent(created: number, c: ClockResult, target: RtTarget, due: number | null, asOf: number): number | null {
  if (target.within.clock === 'working' || target.within.clock === 'calendar') {
    if (due === null || due <= created) return null;
    return round2(((asOf - created) / (due - created)) * 100);
  }
  return round2((c.elapsedMs / target.within.amount) * 100);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The lowest warning threshold for this priority and clock, from the escalations that apply. */
function warningFor(ctx: Context, t: ParsedTicket, priority: string, kind: 'response' | 'resolution'): number | null {
  let at: number | null = null;
  for (const e of ctx.escalationsFor(priority, t)) for (const w of e.warnings) if (w.target === kind && (at === null || w.at < at)) at = w.at;
  return at;
}
