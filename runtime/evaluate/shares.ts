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
 *  - `on time`: a ticket against its own target; for `replied` / `updated` (the next reply and update
 *    clocks, runtime/evaluate/on-time.ts) a ticket met it when none of its cycles was late, is
 *    pending while one runs, and is not counted when resolved without ever being owed one;
 *  - tallies (counts stated in scenarios, or pre-aggregated by the caller) add to the counts.
 */
import type { RtDuration, RtObjective } from '../contract.js';
import type { ParsedContact } from '../data/validate.js';
import { type Context, durationText } from './context.js';
import { type Exact, ratio } from './exact.js';
import type { ObjectivePeriod } from './periods.js';
import type { Explanation, ShareDetail } from './report.js';

export interface Counts {
  counted: number;
  hits: number;
  pending: number;
  outsideHours: number;
  /** Items whose cause the objective excludes (`excluding force majeure`, `excluding calamities`). */
  excluded: number;
  /** Items beyond the allowed share of the forecast volume (`excluding volume above 115% of forecast`). */
  aboveForecast: number;
  /** Items of the objective's channel that do not meet its conditions (`for team "Netwerk"`). */
  unmatched: number;
  /** Resolved tickets that never ran the clock (`replied on time`: no customer message after the first response). */
  notOwed: number;
}

/** What happened to one item for one objective. */
export type Outcome = 'hit' | 'miss' | 'pending' | 'outside' | 'excluded' | 'unmatched' | 'not-owed';

const emptyCounts = (): Counts => ({
  counted: 0,
  hits: 0,
  pending: 0,
  outsideHours: 0,
  excluded: 0,
  aboveForecast: 0,
  unmatched: 0,
  notOwed: 0,
});

function apply(k: Counts, outcome: Outcome): void {
  if (outcome === 'hit') {
    k.counted++;
    k.hits++;
  } else if (outcome === 'miss') k.counted++;
  else if (outcome === 'pending') k.pending++;
  else if (outcome === 'outside') k.outsideHours++;
  else if (outcome === 'unmatched') k.unmatched++;
  else if (outcome === 'not-owed') k.notOwed++;
  else k.excluded++;
}

type ShareMeasure = Extract<RtObjective['measure'], { kind: 'share' }>;
const m = (o: RtObjective) => o.measure as ShareMeasure;

/** Channels compare without case, hyphens, underscores or spaces: `e-mail` is `email`. */
export const normaliseChannel = (c: string): string => c.toLowerCase().replace(/[\s_-]+/g, '');

export function matchesChannel(m: { channel: string | null }, channel: string | null): boolean {
  return m.channel === null || (channel !== null && normaliseChannel(channel) === normaliseChannel(m.channel));
}

/**
 * Per objective: counts per period index of the objective's unit. With a volume exclusion the
 * items are kept in arrival order until the forecast is known (runtime/evaluate/forecast.ts).
 */
export class ShareCounter {
  readonly byIndex = new Map<number, Counts>();
  /** `excluding volume above 115% of forecast` → 115; null without. */
  readonly volumeAbove: number | null;
  /** Forecast volume per period index. */
  readonly forecast = new Map<number, number>();
  /** Per period index: items as [arrival, outcome] in the order they were added. */
  private readonly ordered = new Map<number, Array<[number, Outcome]>>();

  constructor(readonly objective: RtObjective) {
    this.volumeAbove = objective.exclusions.find((e) => e.exclusion === 'volume')?.volumeAbove ?? null;
  }

  at(index: number): Counts {
    let c = this.byIndex.get(index);
    if (!c) {
      c = emptyCounts();
      this.byIndex.set(index, c);
    }
    return c;
  }

  tally(index: number, arrived: number, outcome: Outcome): void {
    if (this.volumeAbove === null || outcome === 'outside' || outcome === 'excluded' || outcome === 'unmatched' || outcome === 'not-owed') {
      apply(this.at(index), outcome);
      return;
    }
    let list = this.ordered.get(index);
    if (!list) this.ordered.set(index, (list = []));
    list.push([arrived, outcome]);
  }

  /** Counts another engine computed for period `index` (the SQL engine; no volume rule, which needs the items in order). */
  addCounts(index: number, counts: Partial<Counts>): void {
    if (this.volumeAbove !== null)
      throw new Error(`objective '${this.objective.name}' excludes volume: its items must be tallied one by one`);
    const k = this.at(index);
    for (const [key, n] of Object.entries(counts) as Array<[keyof Counts, number]>) k[key] += n;
  }

  /**
   * The counts of one period index. Volume rule: the items count in arrival order up to
   * ⌊forecast × share⌋; later items are above the forecast and do not count. Without a forecast
   * for the period every item counts.
   */
  /** The forecast of a (rolling) period: the sum of its units' forecasts, or null when one is missing. */
  forecastFor(p: ObjectivePeriod, ctx: Context): number | null {
    const first = ctx.zone.periodOf(p.ref.unit, p.from).index;
    let sum = 0;
    for (let i = first; i <= p.ref.index; i++) {
      const f = this.forecast.get(i);
      if (f === undefined) return null;
      sum += f;
    }
    return sum;
  }

  countsAt(index: number): Counts | undefined {
    const list = this.ordered.get(index);
    if (!list) return this.byIndex.get(index);
    const k = { ...(this.byIndex.get(index) ?? emptyCounts()) };
    const forecast = this.forecast.get(index);
    const allowed = forecast === undefined ? Infinity : Math.floor((forecast * this.volumeAbove!) / 100);
    const sorted = list.map((x, i) => [x[0], i, x[1]] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    sorted.forEach(([, , outcome], n) => {
      if (n < allowed) apply(k, outcome);
      else k.aboveForecast++;
    });
    return k;
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
  const tally = (outcome: Outcome) => counter.tally(index, c.arrived, outcome);
  if (cal !== null && !cal.isOpen(c.arrived)) {
    tally('outside');
    return true;
  }
  if (m.event === 'abandoned') {
    if (c.abandoned === null && c.answered === null) {
      if (asOf === null) return false;
      tally('pending');
      return true;
    }
    tally(c.abandoned !== null ? 'hit' : 'miss');
    return true;
  }
  // answered within the limit
  const deadline = m.within === null ? Infinity : ctx.addDuration(c.arrived, m.within, m.calendar);
  if (c.answered !== null) tally(c.answered <= deadline ? 'hit' : 'miss');
  else if (c.abandoned !== null) tally('miss');
  else {
    if (asOf === null) return false;
    tally(asOf > deadline ? 'miss' : 'pending');
  }
  return true;
}

/** A count stated as such: `4100 calls answered after 20 seconds in 2026-03`. */
export interface Tally {
  source: 'contacts' | 'tickets';
  channel: string | null;
  event: 'answered' | 'abandoned' | 'responded' | 'resolved' | 'replied' | 'updated';
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
      excluded: counts.excluded,
      aboveForecast: counts.aboveForecast,
      unmatched: counts.unmatched,
      notOwed: counts.notOwed,
    },
  };
}

/** Why items were left out of a share: excluded causes, volume above the forecast (with its line). */
export function exclusionTrace(o: RtObjective, k: Counts, forecast: number | null): Explanation[] {
  const out: Explanation[] = [];
  const conditions = o.conditions ?? [];
  if (conditions.length > 0)
    out.push({
      rule: 'share.conditions',
      text: `${k.unmatched} other items do not meet the conditions (${conditions.map((c) => `${c.field} ${c.values.join(' or ')}`).join(' and ')})`,
      line: conditions[0]!.line,
    });
  const causes = o.exclusions.filter((e) => e.exclusion !== 'volume' && e.exclusion !== 'maintenance');
  if (k.notOwed > 0)
    out.push({
      rule: 'share.not-owed',
      text: `${k.notOwed} resolved tickets were never owed ${m(o).event === 'replied' ? 'a next reply' : 'an update'}: not counted`,
      line: o.line,
    });
  if (k.excluded > 0)
    out.push({
      rule: 'share.excluded',
      text: `${k.excluded} left out: ${causes.map((e) => e.exclusion.replace('-', ' ')).join(', ')}`,
      line: causes[0]?.line ?? o.line,
    });
  const volume = o.exclusions.find((e) => e.exclusion === 'volume');
  if (volume) {
    out.push({
      rule: 'share.forecast',
      text:
        forecast === null
          ? 'no forecast for the period: every item counts'
          : `forecast ${forecast}, ${volume.volumeAbove}% of it is ${Math.floor((forecast * volume.volumeAbove!) / 100)} items; ${k.aboveForecast} later items are above it and left out`,
      line: volume.line,
    });
  }
  return out;
}

/** Sums the counts of the units a (rolling) period covers. */
export function countsFor(ctx: Context, counter: ShareCounter, p: ObjectivePeriod): Counts {
  const first = ctx.zone.periodOf(p.ref.unit, p.from).index;
  const sum = emptyCounts();
  for (let i = first; i <= p.ref.index; i++) {
    const c = counter.countsAt(i);
    if (!c) continue;
    for (const key of Object.keys(sum) as Array<keyof Counts>) sum[key] += c[key];
  }
  return sum;
}
