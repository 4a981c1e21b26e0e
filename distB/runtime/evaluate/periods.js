import { periodKey } from '../time.js';
const unitNames = { day: 'days', week: 'weeks', month: 'months', quarter: 'quarters', year: 'years' };
/** The periods of `period` whose named unit overlaps [from, to), within the term. */
export function objectivePeriods(ctx, period, from, to) {
    const lo = Math.max(from, ctx.termFrom);
    const hi = Math.min(to, ctx.termTo);
    if (!(lo < hi))
        return [];
    const first = ctx.zone.periodOf(period.unit, lo).index;
    const last = ctx.zone.periodOf(period.unit, hi - 1).index;
    const out = [];
    const count = period.rolling ? Math.max(1, period.count) : 1;
    for (let i = first; i <= last; i++) {
        const ref = { unit: period.unit, index: i };
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
