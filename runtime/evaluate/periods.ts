/**
 * Measurement periods of objectives: calendar periods in the contract's zone (`per month` is a
 * calendar month from local midnight on the 1st), or rolling windows (`per 12 months`: the 12
 * months ending with the period named), clipped to the contract term.
 */
import type { RtPeriod } from '../contract.js';
import { type PeriodRef, periodKey } from '../time.js';
import type { Context } from './context.js';

export interface ObjectivePeriod {
  /** The period named (for rolling windows: the last unit of the window). */
  ref: PeriodRef;
  key: string;
  /** The measured window, clipped to the term. */
  from: number;
  to: number;
  /** Where the named period itself ends (bookings of credits). */
  end: number;
  rolling: string | null;
}

const unitNames: Record<PeriodRef['unit'], string> = { day: 'days', week: 'weeks', month: 'months', quarter: 'quarters', year: 'years' };

/** The periods of `period` whose named unit overlaps [from, to), within the term. */
export function objectivePeriods(ctx: Context, period: RtPeriod, from: number, to: number): ObjectivePeriod[] {
  const lo = Math.max(from, ctx.termFrom);
  const hi = Math.min(to, ctx.termTo);
  if (!(lo < hi)) return [];
  const first = ctx.zone.periodOf(period.unit, lo).index;
  const last = ctx.zone.periodOf(period.unit, hi - 1).index;
  const out: ObjectivePeriod[] = [];
  const count = period.rolling ? Math.max(1, period.count) : 1;
  for (let i = first; i <= last; i++) {
    const ref: PeriodRef = { unit: period.unit, index: i };
    const own = ctx.zone.periodRange(ref);
    const start = count > 1 ? ctx.zone.periodRange({ unit: period.unit, index: i - count + 1 }).from : own.from;
    out.push({
      ref,
      key: periodKey(ref),
      from: Math.max(start, ctx.termFrom),
      to: Math.min(own.to, ctx.termTo),
      end: own.to,
      rolling: count > 1 ? `${count} ${unitNames[period.unit]}` : null,
    });
  }
  return out;
}
