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
import { worded } from '../data/problems.js';
import { add, div, exactOf, mul, ratio } from './exact.js';
const MAX_REFS = 20;
export class QualityCounter {
    objective;
    byIndex = new Map();
    constructor(objective) {
        this.objective = objective;
    }
    at(index) {
        let a = this.byIndex.get(index);
        if (!a) {
            a = { values: [], n: 0, sum: ratio(0, 1), hits: 0, promoters: 0, detractors: 0, errors: 0, tasks: 0, refs: [] };
            this.byIndex.set(index, a);
        }
        return a;
    }
    /** Adds a measurement to the period `index`; returns a problem message when it cannot be used. */
    add(index, m, ref) {
        const measure = this.objective.measure;
        if (measure.kind !== 'quality')
            return { field: 'objective', ...worded('not-quality-objective', { objective: this.objective.name }) };
        const a = this.at(index);
        if (m.value !== null) {
            if (a.values.length > 0) {
                const first = a.values[0].ref;
                return { field: 'value', ...worded('second-value', { objective: this.objective.name, line: first.line ?? '' }) };
            }
            let v = exactOf(m.value);
            const t = measure.target;
            if (t.kind === 'score' && m.outOf !== null && m.outOf !== t.outOf)
                v = mul(v, ratio(t.outOf * 1_000_000, Math.round(m.outOf * 1_000_000)));
            a.values.push({ value: v, ref });
            if (a.refs.length < MAX_REFS)
                a.refs.push(ref);
            return null;
        }
        switch (measure.metric) {
            case 'first-time-right':
            case 'reopen-ratio': {
                const flag = measure.metric === 'first-time-right' ? m.firstTimeRight : m.reopened;
                if (flag === null)
                    return {
                        field: measure.metric === 'first-time-right' ? 'firstTimeRight' : 'reopened',
                        ...worded('observation-flag', {
                            metric: measure.metric,
                            flag: measure.metric === 'first-time-right' ? 'firstTimeRight' : 'reopened',
                        }),
                    };
                a.n++;
                if (flag)
                    a.hits++;
                break;
            }
            case 'csat': {
                if (m.score === null)
                    return { field: 'score', ...worded('csat-score') };
                const t = measure.target;
                let s = exactOf(m.score);
                if (t.kind === 'score') {
                    const outOf = m.outOf ?? t.outOf;
                    if (m.score < 0 || m.score > outOf)
                        return { field: 'score', ...worded('score-range', { score: m.score, outOf }) };
                    if (outOf !== t.outOf)
                        s = div(mul(s, exactOf(t.outOf)), exactOf(outOf));
                }
                a.n++;
                a.sum = add(a.sum, s);
                break;
            }
            case 'nps': {
                if (m.score === null || m.score < 0 || m.score > 10)
                    return { field: 'score', ...worded('nps-score') };
                a.n++;
                if (m.score >= 9)
                    a.promoters++;
                else if (m.score <= 6)
                    a.detractors++;
                break;
            }
            case 'error-rate': {
                if (m.errors === null || m.tasks === null)
                    return { field: 'errors', ...worded('error-rate-observation') };
                a.n++;
                a.errors += m.errors;
                a.tasks += m.tasks;
                break;
            }
            case 'kpi':
                return { field: 'value', ...worded('kpi-value') };
        }
        if (a.refs.length < MAX_REFS)
            a.refs.push(ref);
        return null;
    }
}
/** The unit an SLI of this target is written in. */
export function unitOf(t) {
    switch (t.kind) {
        case 'percentage':
            return '%';
        case 'score':
            return `out of ${t.outOf}`;
        case 'rate':
            return `per ${t.per} ${t.noun}`;
        case 'duration':
            return `${t.duration.clock === 'elapsed' ? '' : `${t.duration.clock} `}${t.duration.unit}s`;
        case 'money':
            return t.currency;
        default:
            return '';
    }
}
/** The target (or a threshold) as a plain number in the objective's unit. */
export function targetNumber(t, unitOfObjective) {
    switch (t.kind) {
        case 'percentage':
        case 'number':
            return exactOf(t.value);
        case 'score':
            return unitOfObjective.kind === 'score' && unitOfObjective.outOf !== t.outOf
                ? div(mul(exactOf(t.value), exactOf(unitOfObjective.outOf)), exactOf(t.outOf))
                : exactOf(t.value);
        case 'rate': {
            const per = unitOfObjective.kind === 'rate' ? unitOfObjective.per : unitOfObjective.kind === 'percentage' ? 100 : t.per;
            return div(mul(exactOf(t.count), exactOf(per)), exactOf(t.per));
        }
        case 'money':
            return ratio(t.minor, 100);
        case 'duration':
            // In the target's own unit: a kpi of `at most 6 hours` is measured in hours.
            return exactOf(t.duration.value);
    }
}
export function qualityResult(_ctx, counter, p, first) {
    const o = counter.objective;
    const measure = o.measure;
    const accs = [];
    for (let i = first; i <= p.ref.index; i++) {
        const a = counter.byIndex.get(i);
        if (a)
            accs.push(a);
    }
    const refs = accs.flatMap((a) => a.refs).slice(0, MAX_REFS);
    const detail = (basis, observations) => ({
        kind: 'quality',
        metric: measure.metric,
        kpi: measure.kpi,
        basis,
        observations,
        records: refs,
    });
    const values = accs.flatMap((a) => a.values.map((v) => v.value));
    if (values.length > 0) {
        const sum = values.reduce((s, v) => add(s, v), ratio(0, 1));
        return { sli: div(sum, ratio(values.length, 1)), detail: detail('value', 0) };
    }
    const n = accs.reduce((s, a) => s + a.n, 0);
    if (n === 0)
        return { sli: null, detail: detail('none', 0) };
    const hits = accs.reduce((s, a) => s + a.hits, 0);
    switch (measure.metric) {
        case 'first-time-right':
        case 'reopen-ratio':
            return { sli: ratio(BigInt(hits) * 100n, n), detail: detail('observations', n) };
        case 'csat':
            return {
                sli: div(accs.reduce((s, a) => add(s, a.sum), ratio(0, 1)), ratio(n, 1)),
                detail: detail('observations', n),
            };
        case 'nps': {
            const pro = accs.reduce((s, a) => s + a.promoters, 0);
            const det = accs.reduce((s, a) => s + a.detractors, 0);
            return { sli: ratio(BigInt(pro - det) * 100n, n), detail: detail('observations', n) };
        }
        case 'error-rate': {
            const errors = accs.reduce((s, a) => s + a.errors, 0);
            const tasks = accs.reduce((s, a) => s + a.tasks, 0);
            const t = measure.target;
            const per = t.kind === 'rate' ? t.per : 100;
            return { sli: tasks > 0 ? ratio(BigInt(errors) * BigInt(Math.round(per)), tasks) : null, detail: detail('observations', n) };
        }
        case 'kpi':
            return { sli: null, detail: detail('none', 0) };
    }
}
