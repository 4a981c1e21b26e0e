/**
 * Service credits and bonuses:
 *  - per objective and period, the most severe band that applies: "below 99.9%" applies when the
 *    measured value is strictly less than 99.9%, "above" strictly more; no data, no band;
 *  - percentages are of the monthly fee, rounded to whole minor units (cents), half up;
 *  - no credit and no bonus for a measurement period that begins before the acceptance period ends;
 *  - caps: first the ladder's own caps, then (credits only) the credit terms' caps over all
 *    objectives; an amount is booked in the cap period in which its measurement period ends, and
 *    a rolling cap (`per 12 months`) counts the amounts booked in the 12 months ending there;
 *    amounts are capped in the order their periods end (then in the order of the objectives).
 */
import type { RtAmount, RtObjective } from '../contract.js';
import { type Context } from './context.js';
import { type Exact } from './exact.js';
import type { ObjectivePeriod } from './periods.js';
import type { CreditResult, Explanation, Money, PeriodTotal } from './report.js';
export interface Scored {
    objective: RtObjective;
    order: number;
    period: ObjectivePeriod;
    sli: Exact | null;
    /** How the value was measured: records, windows and exclusions (for the credit's trace). */
    evidence: Explanation[];
}
type Units = {
    unit: 'minor' | 'percent';
    value: number;
};
export declare class Money$ {
    private readonly ctx;
    constructor(ctx: Context);
    get monthly(): number | null;
    get currency(): string | null;
    units(a: RtAmount): Units;
    money(u: Units): Money;
    text(a: RtAmount): string;
    unitsText(u: Units): string;
}
export declare function fmtMinor(minor: number): string;
/** Evaluates every credit and bonus ladder over the scored periods (all of them: caps need the history). */
export declare function evaluateLadders(ctx: Context, scored: readonly Scored[]): {
    credits: CreditResult[];
    bonuses: CreditResult[];
    totals: PeriodTotal[];
};
export {};
