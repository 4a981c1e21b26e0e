/**
 * Quality objectives from measurements: a period value as given, or aggregated from single
 * observations in the period:
 *  - first time right / reopen ratio: share of observations that were right first time / reopened;
 *  - CSAT: mean score, each answer scaled to the target's scale (`8 out of 10`);
 *  - NPS: % promoters (9–10) − % detractors (0–6);
 *  - error rate: errors / tasks, per the target's `per 100 tasks` (or per cent);
 *  - a kpi: period values only, in the target's unit (hours for `at most 6 hours`, EUR for money).
 * Rolling windows average period values and pool observations.
 */
import { type Worded } from '../data/problems.js';
import type { RtObjective, RtValue } from '../contract.js';
import type { ParsedMeasurement } from '../data/validate.js';
import { type Exact } from './exact.js';
import type { ObjectivePeriod } from './periods.js';
import type { Context } from './context.js';
import type { QualityDetail, RecordRef } from './report.js';
interface Acc {
    values: Array<{
        value: Exact;
        ref: RecordRef;
    }>;
    n: number;
    sum: Exact;
    hits: number;
    promoters: number;
    detractors: number;
    errors: number;
    tasks: number;
    refs: RecordRef[];
}
export declare class QualityCounter {
    readonly objective: RtObjective;
    readonly byIndex: Map<number, Acc>;
    constructor(objective: RtObjective);
    private at;
    /** Adds a measurement to the period `index`; returns a problem message when it cannot be used. */
    add(index: number, m: ParsedMeasurement, ref: RecordRef): ({
        field: string;
    } & Worded) | null;
}
/** The unit an SLI of this target is written in. */
export declare function unitOf(t: RtValue): string;
/** The target (or a threshold) as a plain number in the objective's unit. */
export declare function targetNumber(t: RtValue, unitOfObjective: RtValue): Exact;
export declare function qualityResult(_ctx: Context, counter: QualityCounter, p: ObjectivePeriod, first: number): {
    sli: Exact | null;
    detail: QualityDetail;
};
export {};
