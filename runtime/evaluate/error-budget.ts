/**
 * Error budget and burn rate of an availability objective, per measurement period:
 *  - the budget is the downtime the target allows in the window: window × (100% − target), to
 *    the millisecond (99.9% of March 2026 on a 24/7 Amsterdam calendar: 44.58 minutes);
 *  - used is the counted downtime, left is budget − used (negative: overspent);
 *  - the burn rate compares the share of the budget used with the share of the window that has
 *    passed at the evaluation instant: 1 uses the budget up exactly at the end of the period, 2
 *    twice as fast; null when the target allows no downtime or no window time has passed.
 */
import type { RtObjective } from '../contract.js';
import { clip, measure } from './intervals.js';
import type { ErrorBudget } from './report.js';

export function errorBudget(
  o: RtObjective,
  window: readonly number[],
  from: number,
  to: number,
  downtimeMs: number,
  asOf: number,
): ErrorBudget | null {
  const m = o.measure;
  if (m.kind !== 'availability' || m.direction !== 'at least' || m.target.kind !== 'percentage') return null;
  const windowMs = measure(clip(window, from, to));
  const allowedMs = Math.round((windowMs * (100 - m.target.value)) / 100);
  const passedMs = measure(clip(window, from, Math.min(to, asOf)));
  const burnRate = allowedMs > 0 && passedMs > 0 ? Math.round((downtimeMs / allowedMs) * (windowMs / passedMs) * 10_000) / 10_000 : null;
  return { allowedMs, usedMs: downtimeMs, leftMs: allowedMs - downtimeMs, passedMs, burnRate };
}
