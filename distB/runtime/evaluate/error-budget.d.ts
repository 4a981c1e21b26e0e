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
import type { ErrorBudget } from './report.js';
export declare function errorBudget(o: RtObjective, window: readonly number[], from: number, to: number, downtimeMs: number, asOf: number): ErrorBudget | null;
