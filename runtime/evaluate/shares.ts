/**
 * Percentage objectives (`80% of calls answered within 30 seconds per month on contact_hours`),
 * counted per channel and per period:
 *  - a contact counts in the period in which it arrived; with a calendar, only contacts that
 *    arrive while the calendar is open count, and the waiting time is the calendar's open time;
 *  - answered in time: answered at or before the instant the time limit runs out; an abandoned
 *    contact counts as not answered in time; one still waiting counts once its limit has passed;
 *  - abandoned: abandoned contacts among those answered or abandoned;
 *  - a ticket counts in the period in which it was created; its clock is the ticket clock
 *    (pauses and reopenings included) with the objective's time limit and calendar;
 *  - tallies (counts stated in scenarios, or pre-aggregated by the caller) add to the counts.
 */
import type { RtDuration, RtObjective } from '../contract.js';
import type { ParsedContact } from '../data/validate.js';
import { type Context, durationText } from './context.js';
import { type Exact, ratio } from './exact.js';
import type { ObjectivePeriod } from './periods.js';
import type { ShareDetail } from './report.js';

export interface Counts {
  counted: number;
  hits: number;
  pending: number;
  outsideHours: number;
}

type ShareMeasure = Extract<RtObjective['measure'], { kind: 'share' }>;

/** Channels compare without case, hyphens, underscores or spaces: `e-mail` is `email`. */
export const normaliseChannel = (c: string): string => c.toLowerCase().replace(/[\s_-]+/g, '');

export function matchesChannel(m: { channel: string | null }, channel: string | null): boolean {
  return m.channel === null || (channel !== null && normaliseChannel(channel) === normaliseChannel(m.channel));
}

/** Per objective: counts per period index of the objective's unit. */
export class ShareCounter {
  readonly byIndex = new Map<number, Counts>();

  constructor(readonly objective: RtObjective) {}

  at(index: number): Counts {
    let c = this.byIndex.get(index);
    if (!c) {
      c = { counted: 0, hits: 0, pending: 0, outsideHours: 0 };
      this.byIndex.set(index, c);
    }
    return c;
  }
}

/**
 * One contact for one objective. Returns false when the contact is undecided at `asOf` and the
 * caller should keep it for later (it was not counted).
 */
export function countContact(ctx: Context, counter: ShareCounter, c: ParsedContact, asOf: number | null): boolean {
  const m = counter.objective.measure as ShareMeasure;
  const cal = m.calendar === null ? null : ctx.calendar(m.calendar);
  const index = ctx.zone.periodOf(counter.objective.period.unit, c.arrived).index;
  if (cal !== null && !cal.isOpen(c.arrived)) {
    counter.at(index).outsideHours++;
    return true;
  }
  if (m.event === 'abandoned') {
    if (c.abandoned === null && c.answered === null) {
      if (asOf === null) return false;
      counter.at(index).pending++;
      return true;
    }
    const k = counter.at(index);
    k.counted++;
    if (c.abandoned !== null) k.hits++;
    return true;
  }
  // answered within the limit
  const deadline = m.within === null ? Infinity : ctx.addDuration(c.arrived, m.within, m.calendar);
  const k = () => counter.at(index);
  if (c.answered !== null) {
    const x = k();
    x.counted++;
    if (c.answered <= deadline) x.hits++;
  } else if (c.abandoned !== null) {
    k().counted++;
  } else {
    if (asOf === null) return false;
    if (asOf > deadline) k().counted++;
    else k().pending++;
  }
  return true;
}

/** A count stated as such: `4100 calls answered after 20 seconds in 2026-03`. */
export interface Tally {
  source: 'contacts' | 'tickets';
  channel: string | null;
  event: 'answered' | 'abandoned' | 'responded' | 'resolved';
  count: number;
  /** The waiting or handling time, as measured by the objective's clock; null: not stated. */
  after: RtDuration | null;
  /** The period the count covers (a key such as 2026-03). */
  period: string;
}

/** Whether a tally's items meet the objective; null when the tally says nothing about it. */
export function tallyHit(m: ShareMeasure, t: Tally): boolean | null {
  if (t.source !== m.source) return null;
  if (m.source === 'tickets') {
    if (t.event !== m.event) return null;
    return m.within === null || t.after === null || withinLimit(t.after, m.within);
  }
  if (m.event === 'abandoned') return t.event === 'abandoned';
  if (t.event === 'abandoned') return false;
  return m.within === null || t.after === null || withinLimit(t.after, m.within);
}

function withinLimit(after: RtDuration, within: RtDuration): boolean {
  const days = (d: RtDuration) => d.clock === 'working' || d.clock === 'calendar';
  if (days(after) === days(within)) return after.amount <= within.amount;
  // Mixed: compare a day count as 24-hour days.
  const ms = (d: RtDuration) => (days(d) ? d.amount * 86_400_000 : d.amount);
  return ms(after) <= ms(within);
}

export function shareResult(_ctx: Context, o: RtObjective, counts: Counts): { sli: Exact | null; detail: ShareDetail } {
  const m = o.measure as ShareMeasure;
  return {
    sli: counts.counted > 0 ? ratio(BigInt(counts.hits) * 100n, counts.counted) : null,
    detail: {
      kind: 'share',
      source: m.source,
      channel: m.channel,
      event: m.event,
      within: m.within ? durationText(m.within) : null,
      calendar: m.calendar,
      counted: counts.counted,
      hits: counts.hits,
      pending: counts.pending,
      outsideHours: counts.outsideHours,
    },
  };
}

/** Sums the counts of the units a (rolling) period covers. */
export function countsFor(ctx: Context, counter: ShareCounter, p: ObjectivePeriod): Counts {
  const first = ctx.zone.periodOf(p.ref.unit, p.from).index;
  const sum: Counts = { counted: 0, hits: 0, pending: 0, outsideHours: 0 };
  for (let i = first; i <= p.ref.index; i++) {
    const c = counter.byIndex.get(i);
    if (!c) continue;
    sum.counted += c.counted;
    sum.hits += c.hits;
    sum.pending += c.pending;
    sum.outsideHours += c.outsideHours;
  }
  return sum;
}
