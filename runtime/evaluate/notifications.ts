/**
 * The notifications a service desk acts on (docs/language.md, "Notifications"): per ticket, each
 * warning threshold its clocks reached (`warn at 50% of resolution time to "Teamleider"`: the
 * instant that share of the allowed time was used, before the clock stopped) and each escalation
 * step reached (with its role and contact), in time order over all tickets. For next reply and
 * update clocks, the cycle the ticket reports. The report keeps the earliest `MAX_NOTIFICATIONS`
 * and counts the rest, so memory stays flat in the number of tickets; the warnings still to come
 * for open tickets are in `open[].clocks[].warnings`.
 */
import type { RtClockKind, RtTarget } from '../contract.js';
import type { ParsedTicket } from '../data/validate.js';
import type { Context } from './context.js';
import type { EscalationReached, Notification, NotificationSelection } from './report.js';
import { type EvaluatedClock, runClock } from './tickets.js';

export const MAX_NOTIFICATIONS = 1000;

/** A notification with its instant in milliseconds, formatted only if it makes the list. */
export type TicketNotification = Omit<Notification, 'at'> & { ms: number };

/** An escalation step a ticket reached, and when. */
export interface StepReached {
  ms: number;
  reached: EscalationReached;
}

const isDays = (t: RtTarget) => t.within.clock === 'working' || t.within.clock === 'calendar';

/** A warning threshold: `at` percent of the clock's time, who is told, and where it is written. */
export interface Warning {
  at: number;
  to: string | null;
  line: number;
}

/** The warning ladder for this priority and clock, from the escalations that apply to the ticket, lowest threshold first. */
export function warningsFor(ctx: Context, t: ParsedTicket, priority: string, kind: RtClockKind): Warning[] {
  const out: Warning[] = [];
  for (const e of ctx.escalationsFor(priority, t))
    for (const w of e.warnings) if (w.target === kind) out.push({ at: w.at, to: ctx.text(w.to), line: w.line });
  return out.sort((a, b) => a.at - b.at || a.line - b.line);
}

/** The instant `at`% of the clock's allowed time is used: counted on its calendar, or (day clocks) as a share of start → due. */
export function warningInstant(ctx: Context, ev: EvaluatedClock, at: number, asOf: number): number | null {
  if (isDays(ev.target)) return ev.due === null ? null : ev.start + Math.round(((ev.due - ev.start) * at) / 100);
  const share = { ...ev.target.within, amount: Math.round((ev.target.within.amount * at) / 100) };
  return runClock(ctx, ev.timeline, ev.start, null, asOf, share, ev.target.calendar).due;
}

/** A ticket's notifications by `asOf`: the warnings its clocks reached before they stopped, and the escalation steps reached. */
export function ticketNotifications(
  ctx: Context,
  t: ParsedTicket,
  clocks: readonly EvaluatedClock[],
  steps: readonly StepReached[],
  asOf: number,
): TicketNotification[] {
  const out: TicketNotification[] = [];
  for (const ev of clocks) {
    if ((ev.clock.assumed ?? ev.clock.status) === 'not-started') continue;
    const ladder = warningsFor(ctx, t, ev.clock.priority, ev.clock.kind);
    if (ladder.length === 0) continue;
    for (const w of ladder) {
      // A time clock that counted less than the share by its stop (or by asOf) has not reached it: no need to find the instant.
      if (!isDays(ev.target) && ev.clock.elapsedMs * 100 < w.at * ev.target.within.amount) break;
      const when = warningInstant(ctx, ev, w.at, asOf);
      // A running clock warns by the evaluation instant; a stopped one only before it stopped.
      if (when === null || when > asOf || (ev.stop !== null && when >= ev.stop)) break;
      out.push({
        ms: when,
        ticket: t.id,
        kind: 'warning',
        clock: ev.clock.kind,
        threshold: w.at,
        to: w.to,
        escalation: null,
        step: null,
        contact: null,
        line: w.line,
      });
    }
  }
  for (const { ms, reached: s } of steps) {
    out.push({
      ms,
      ticket: t.id,
      kind: 'escalation',
      clock: null,
      threshold: null,
      to: s.role,
      escalation: s.escalation,
      step: s.step,
      contact: s.contact,
      line: s.line,
    });
  }
  return out;
}

/**
 * The earliest notifications over all tickets, in time order (ties: input order, then line), at
 * most `max`; the rest are counted. Trimmed in batches, so memory is bounded by `max`.
 */
export class NotificationList {
  private readonly kept: Array<{ seq: number; n: TicketNotification }> = [];
  private total = 0;
  /** After a trim that dropped some: the instant of the last one kept; later ones cannot make the list. */
  private latest = Infinity;

  constructor(private readonly max: number = MAX_NOTIFICATIONS) {}

  add(seq: number, ns: readonly TicketNotification[]): void {
    for (const n of ns) {
      this.total++;
      if (n.ms <= this.latest) this.kept.push({ seq, n });
    }
    if (this.kept.length >= 2 * this.max + 1000) this.trim();
  }

  /** Counts `n` notifications that cannot make the list (another engine left them out: later than its earliest `max`). */
  omit(n: number): void {
    this.total += n;
  }

  private trim(): void {
    this.kept.sort(
      (a, b) =>
        a.n.ms - b.n.ms || a.seq - b.seq || a.n.line - b.n.line || (a.n.threshold ?? a.n.step ?? 0) - (b.n.threshold ?? b.n.step ?? 0),
    );
    if (this.kept.length > this.max) {
      this.kept.length = this.max;
      this.latest = this.kept[this.max - 1]?.n.ms ?? -Infinity;
    }
  }

  /** The list, with instants written by `fmt` (the contract's zone). */
  finish(fmt: (ms: number) => string): { notifications: Notification[]; listed: NotificationSelection } {
    this.trim();
    return {
      notifications: this.kept.map(({ n: { ms, ...rest } }) => ({ at: fmt(ms), ...rest })),
      listed: { max: this.max, omitted: this.total - this.kept.length },
    };
  }
}
