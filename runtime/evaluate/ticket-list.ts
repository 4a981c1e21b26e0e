/**
 * The ticket results a report lists: all, the exceptions (a clock breached or uncertain, or the
 * ticket open at the evaluation instant) or none; at most `max`, the first in input order, the rest counted. Bounded
 * in memory by `max`, whatever the number of tickets.
 */
import type { TicketResult, TicketSelection } from './report.js';

export class TicketList {
  private readonly kept: Array<{ seq: number; result: TicketResult }> = [];
  private selected = 0;

  constructor(
    private readonly include: TicketSelection['include'],
    private readonly max: number | null,
  ) {}

  get selection(): { include: TicketSelection['include']; max: number | null } {
    return { include: this.include, max: this.max };
  }

  /** Tickets the selection includes that another engine left out of the list (beyond `max`). */
  count(selected: number): void {
    this.selected += selected;
  }

  add(seq: number, result: TicketResult): void {
    if (this.include === 'none') return;
    if (this.include === 'exceptions' && !isException(result)) return;
    this.selected++;
    this.kept.push({ seq, result });
    // Open tickets are decided last, so the first `max` in input order are known only at the end: trim in batches.
    if (this.max !== null && this.kept.length >= 2 * this.max + 1000) this.trim();
  }

  private trim(): void {
    this.kept.sort((a, b) => a.seq - b.seq);
    if (this.max !== null && this.kept.length > this.max) this.kept.length = this.max;
  }

  finish(): { tickets: TicketResult[]; listed: TicketSelection } {
    this.trim();
    return {
      tickets: this.kept.map((t) => t.result),
      listed: { include: this.include, max: this.max, omitted: this.selected - this.kept.length },
    };
  }
}

const EXCEPTIONAL = new Set(['breached', 'uncertain']);

/** Open, or a clock that breached or that an unknown status leaves uncertain: what a reader must see. */
function isException(r: TicketResult): boolean {
  return (
    r.open || [r.response, r.resolution, r.nextReply, r.update].some((c) => c !== null && c !== undefined && EXCEPTIONAL.has(c.status))
  );
}
