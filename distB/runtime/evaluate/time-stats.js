import { ratio } from './exact.js';
import { excludedCause } from './conditions.js';
import { clipTimeline } from './clock-start.js';
import { runClock } from './tickets.js';
/** Records listed per number in a report; the rest are counted. */
const MAX_RECORDS = 1000;
const unitMs = { second: 1_000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000 };
/** Past this, a running sum of whole milliseconds moves into a bigint, so that averages stay exact. */
const SAFE_SUM = 2 ** 52;
/**
 * The times counted in one period. An average keeps its sum, its count and the first records only,
 * so memory stays flat in the number of records; a percentile needs every time (nearest rank).
 */
class Bucket {
    count = 0;
    sum = 0;
    big = 0n;
    refs = [];
    samples;
    constructor(percentile) {
        this.samples = percentile ? [] : null;
    }
    add(ms, ref) {
        this.count++;
        this.sum += Math.round(ms);
        if (this.sum > SAFE_SUM) {
            this.big += BigInt(this.sum);
            this.sum = 0;
        }
        if (this.samples)
            this.samples.push({ ms, ref });
        else if (this.refs.length < MAX_RECORDS)
            this.refs.push(ref);
    }
    total() {
        return this.big + BigInt(this.sum);
    }
    /** Times another engine counted: their number and sum, and the first records. */
    merge(count, total, refs) {
        this.count += count;
        this.big += total;
        for (const ref of refs)
            if (this.refs.length < MAX_RECORDS)
                this.refs.push(ref);
    }
}
/** Nearest rank: the 0-based position of the p-th percentile among n ascending values (n ≥ 1), ⌈p/100 × n⌉ − 1. */
export function nearestRankIndex(n, p) {
    return Math.min(n, Math.max(1, Math.ceil((p * n) / 100))) - 1;
}
export class TimeStatCounter {
    objective;
    buckets = new Map();
    pending = new Map();
    excluded = new Map();
    ranked = new Map();
    constructor(objective) {
        this.objective = objective;
    }
    get measure() {
        return this.objective.measure;
    }
    add(index, ms, ref) {
        let bucket = this.buckets.get(index);
        if (!bucket)
            this.buckets.set(index, (bucket = new Bucket(this.measure.statistic !== 'average')));
        bucket.add(ms, ref);
    }
    addPending(index) {
        this.pending.set(index, (this.pending.get(index) ?? 0) + 1);
    }
    addExcluded(index) {
        this.excluded.set(index, (this.excluded.get(index) ?? 0) + 1);
    }
    /**
     * What another engine (the SQL engine) counted in unit `index`: the times, their sum and first
     * records, the records pending, and (contacts) excluded or (tickets) of an excluded cause; for a
     * percentile, `setRanked` gives each period's time.
     */
    addCounts(index, counted, sumMs, pending, refs, excluded = 0) {
        let bucket = this.buckets.get(index);
        if (!bucket)
            this.buckets.set(index, (bucket = new Bucket(false)));
        bucket.merge(counted, sumMs, refs);
        this.pending.set(index, (this.pending.get(index) ?? 0) + pending);
        if (excluded > 0)
            this.excluded.set(index, (this.excluded.get(index) ?? 0) + excluded);
    }
    /** The nearest-rank time of period `key`, found by another engine (a percentile needs every time). */
    setRanked(key, sample) {
        this.ranked.set(key, sample);
    }
    result(ctx, p) {
        const m = this.measure;
        const first = ctx.zone.periodOf(p.ref.unit, p.from).index;
        const buckets = [];
        let pending = 0;
        let excluded = 0;
        for (let i = first; i <= p.ref.index; i++) {
            const b = this.buckets.get(i);
            if (b)
                buckets.push(b);
            pending += this.pending.get(i) ?? 0;
            excluded += this.excluded.get(i) ?? 0;
        }
        const counted = buckets.reduce((n, b) => n + b.count, 0);
        const unit = m.target.kind === 'duration' ? (unitMs[m.target.duration.unit] ?? 3_600_000) : 3_600_000;
        let valueMs = null;
        let sli = null;
        let records = buckets.flatMap((b) => b.refs);
        let listed = counted;
        if (counted > 0 && m.statistic === 'average') {
            const sum = buckets.reduce((s, b) => s + b.total(), 0n);
            sli = ratio(sum, BigInt(counted) * BigInt(unit));
            valueMs = Number(sum) / counted;
        }
        else if (counted > 0) {
            const at = this.ranked.get(p.key) ??
                buckets.flatMap((b) => b.samples).sort((a, b) => a.ms - b.ms || a.ref.index - b.ref.index)[nearestRankIndex(counted, m.percentile)];
            valueMs = at.ms;
            sli = ratio(Math.round(at.ms), unit);
            records = [at.ref];
            listed = 1;
        }
        return {
            sli,
            detail: {
                kind: 'time',
                statistic: m.statistic,
                percentile: m.percentile,
                clock: m.clock,
                source: m.source,
                channel: m.channel,
                calendar: m.calendar,
                counted,
                pending,
                excluded,
                valueMs,
                records: records.slice(0, MAX_RECORDS),
                recordsOmitted: Math.max(0, listed - MAX_RECORDS),
            },
        };
    }
}
/**
 * A ticket's response or resolution time: from where the tier's clocks start (`clocks start at …`;
 * creation by default) to `stop`. A ticket that stopped before its start condition took no time,
 * as on its own clock.
 */
export function ticketTime(ctx, tl, start, stop, asOf, calendar) {
    const from = start === null ? stop : Math.min(start, stop);
    return runClock(ctx, clipTimeline(tl, from), from, stop, asOf, HOUR, calendar);
}
/** Any duration does: only the time counted is used, not the due instant. */
const HOUR = { value: 1, unit: 'hour', clock: 'elapsed', amount: 3_600_000 };
/** One ticket's response or resolution time for a counter, or pending when its clock still runs. */
export function countTicketTime(counter, index, counted, ref) {
    if (counted === null || counted.status === 'pending' || counted.status === 'paused')
        counter.addPending(index);
    else
        counter.add(index, counted.elapsedMs, ref);
}
/** One contact's answer or handling time for a counter. Abandoned contacts have neither. */
export function countContactTime(ctx, counter, c, ref) {
    const m = counter.measure;
    const index = ctx.zone.periodOf(counter.objective.period.unit, c.arrived).index;
    if (excludedCause(counter.objective, c.cause)) {
        counter.addExcluded(index);
        return;
    }
    if (c.abandoned !== null)
        return;
    if (m.clock === 'answer') {
        if (c.answered === null)
            counter.addPending(index);
        else
            counter.add(index, m.calendar === null ? c.answered - c.arrived : ctx.calendar(m.calendar).elapsed(c.arrived, c.answered), ref);
        return;
    }
    if (c.answered === null || c.ended === null)
        counter.addPending(index);
    else
        counter.add(index, c.ended - c.answered, ref);
}
