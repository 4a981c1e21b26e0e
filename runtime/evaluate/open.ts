/**
 * Open tickets at `now`: for each running clock, its due instant, the time remaining, the share of
 * the allowed time used, the warning ladder that applies (`warn at 50% of resolution time to "…"`,
 * from the escalations for the ticket's priority: each threshold with who is told and when it is
 * reached), the lowest threshold (`warnAt`) and whether the ticket is at risk (the lowest threshold
 * reached, not yet breached); and the escalation step reached.
 */
import type { RtTarget } from '../contract.js';
import type { ParsedTicket } from '../data/validate.js';
import type { Context } from './context.js';
import type { ClockResult, OpenTicket, TicketResult } from './report.js';
import type { EvaluatedClock } from './tickets.js';
import { warningInstant, warningsFor } from './notifications.js';

const isDays = (t: RtTarget) => t.within.clock === 'working' || t.within.clock === 'calendar';

/** `instant`: when a clock has used `at`% of its time (warningInstant; the SQL engine's from its views). */
export function openTicket(
  ctx: Context,
  t: ParsedTicket,
  result: TicketResult,
  clocks: readonly EvaluatedClock[],
  asOf: number,
  instant: (ev: EvaluatedClock, at: number) => number | null = (ev, at) => warningInstant(ctx, ev, at, asOf),
): OpenTicket {
  return {
    id: t.id,
    priority: result.priority,
    tier: result.tier,
    created: result.created,
    clocks: clocks
      // A clock that has not started is not listed, also when unknown statuses make it uncertain.
      .filter((c) => c.clock.stopped === null && (c.clock.assumed ?? c.clock.status) !== 'not-started')
      .map((ev) => {
        const { clock: c, target } = ev;
        const used = usedPercent(ev.start, c, target, ev.due, asOf);
        const ladder = warningsFor(ctx, t, c.priority, c.kind);
        const status = c.assumed ?? c.status;
        const warnings = ladder.map((w) => {
          const when = instant(ev, w.at);
          return { at: w.at, to: w.to, line: w.line, when: when === null ? null : ctx.fmt(when), reached: when !== null && when <= asOf };
        });
        const warnAt = ladder[0]?.at ?? null;
        return {
          kind: c.kind,
          due: c.due,
          remainingMs: c.remainingMs,
          status: c.status,
          used,
          warnAt,
          atRisk: status !== 'breached' && warnAt !== null && used !== null && used >= warnAt,
          warnings,
        };
      }),
    escalation: result.escalation,
  };
}

/** Counted time ÷ target for time clocks; for day clocks the real time since the start ÷ the time from the start to due. */
function usedPercent(start: number, c: ClockResult, target: RtTarget, due: number | null, asOf: number): number | null {
  if (isDays(target)) {
    if (due === null || due <= start) return null;
    return round2(((asOf - start) / (due - start)) * 100);
  }
  return round2((c.elapsedMs / target.within.amount) * 100);
}

const round2 = (n: number) => Math.round(n * 100) / 100;
