import { durationText } from './context.js';
import { ratio } from './exact.js';
const emptyCounts = () => ({
    counted: 0,
    hits: 0,
    pending: 0,
    outsideHours: 0,
    excluded: 0,
    aboveForecast: 0,
    unmatched: 0,
    notOwed: 0,
});
function apply(k, outcome) {
    if (outcome === 'hit') {
        k.counted++;
        k.hits++;
    }
    else if (outcome === 'miss')
        k.counted++;
    else if (outcome === 'pending')
        k.pending++;
    else if (outcome === 'outside')
        k.outsideHours++;
    else if (outcome === 'unmatched')
        k.unmatched++;
    else if (outcome === 'not-owed')
        k.notOwed++;
    else
        k.excluded++;
}
const m = (o) => o.measure;
/** Channels compare without case, hyphens, underscores or spaces: `e-mail` is `email`. */
export const normaliseChannel = (c) => c.toLowerCase().replace(/[\s_-]+/g, '');
export function matchesChannel(m, channel) {
    return m.channel === null || (channel !== null && normaliseChannel(channel) === normaliseChannel(m.channel));
}
/**
 * Per objective: counts per period index of the objective's unit. With a volume exclusion the
 * items are kept in arrival order until the forecast is known (runtime/evaluate/forecast.ts).
 */
export class ShareCounter {
    objective;
    byIndex = new Map();
    /** `excluding volume above 115% of forecast` → 115; null without. */
    volumeAbove;
    /** Forecast volume per period index. */
    forecast = new Map();
    /** Per period index: items as [arrival, outcome] in the order they were added. */
    ordered = new Map();
    constructor(objective) {
        this.objective = objective;
        this.volumeAbove = objective.exclusions.find((e) => e.exclusion === 'volume')?.volumeAbove ?? null;
    }
    at(index) {
        let c = this.byIndex.get(index);
        if (!c) {
            c = emptyCounts();
            this.byIndex.set(index, c);
        }
        return c;
    }
    tally(index, arrived, outcome) {
        if (this.volumeAbove === null || outcome === 'outside' || outcome === 'excluded' || outcome === 'unmatched' || outcome === 'not-owed') {
            apply(this.at(index), outcome);
            return;
        }
        let list = this.ordered.get(index);
        if (!list)
            this.ordered.set(index, (list = []));
        list.push([arrived, outcome]);
    }
    /** Counts another engine computed for period `index` (the SQL engine; no volume rule, which needs the items in order). */
    addCounts(index, counts) {
        if (this.volumeAbove !== null)
            throw new Error(`objective '${this.objective.name}' excludes volume: its items must be tallied one by one`);
        const k = this.at(index);
        for (const [key, n] of Object.entries(counts))
            k[key] += n;
    }
    /**
     * The counts of one period index. Volume rule: the items count in arrival order up to
     * ⌊forecast × share⌋; later items are above the forecast and do not count. Without a forecast
     * for the period every item counts.
     */
    /** The forecast of a (rolling) period: the sum of its units' forecasts, or null when one is missing. */
    forecastFor(p, ctx) {
        const first = ctx.zone.periodOf(p.ref.unit, p.from).index;
        let sum = 0;
        for (let i = first; i <= p.ref.index; i++) {
            const f = this.forecast.get(i);
            if (f === undefined)
                return null;
            sum += f;
        }
        return sum;
    }
    countsAt(index) {
        const list = this.ordered.get(index);
        if (!list)
            return this.byIndex.get(index);
        const k = { ...(this.byIndex.get(index) ?? emptyCounts()) };
        const forecast = this.forecast.get(index);
        const allowed = forecast === undefined ? Infinity : Math.floor((forecast * this.volumeAbove) / 100);
        const sorted = list.map((x, i) => [x[0], i, x[1]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        sorted.forEach(([, , outcome], n) => {
            if (n < allowed)
                apply(k, outcome);
            else
                k.aboveForecast++;
        });
        return k;
    }
}
/**
 * One contact for one objective. Returns false when the contact is undecided at `asOf` and the
 * caller should keep it for later (it was not counted).
 */
export function countContact(ctx, counter, c, asOf) {
    const m = counter.objective.measure;
    const cal = m.calendar === null ? null : ctx.calendar(m.calendar);
    const index = ctx.zone.periodOf(counter.objective.period.unit, c.arrived).index;
    const tally = (outcome) => counter.tally(index, c.arrived, outcome);
    if (cal !== null && !cal.isOpen(c.arrived)) {
        tally('outside');
        return true;
    }
    if (m.event === 'abandoned') {
        if (c.abandoned === null && c.answered === null) {
            if (asOf === null)
                return false;
            tally('pending');
            return true;
        }
        tally(c.abandoned !== null ? 'hit' : 'miss');
        return true;
    }
    // answered within the limit
    const deadline = m.within === null ? Infinity : ctx.addDuration(c.arrived, m.within, m.calendar);
    if (c.answered !== null)
        tally(c.answered <= deadline ? 'hit' : 'miss');
    else if (c.abandoned !== null)
        tally('miss');
    else {
        if (asOf === null)
            return false;
        tally(asOf > deadline ? 'miss' : 'pending');
    }
    return true;
}
/** Whether a tally's items meet the objective; null when the tally says nothing about it. */
export function tallyHit(m, t) {
    if (t.source !== m.source)
        return null;
    if (m.source === 'tickets') {
        if (t.event !== m.event)
            return null;
        return m.within === null || t.after === null || withinLimit(t.after, m.within);
    }
    if (m.event === 'abandoned')
        return t.event === 'abandoned';
    if (t.event === 'abandoned')
        return false;
    return m.within === null || t.after === null || withinLimit(t.after, m.within);
}
function withinLimit(after, within) {
    const days = (d) => d.clock === 'working' || d.clock === 'calendar';
    if (days(after) === days(within))
        return after.amount <= within.amount;
    // Mixed: compare a day count as 24-hour days.
    const ms = (d) => (days(d) ? d.amount * 86_400_000 : d.amount);
    return ms(after) <= ms(within);
}
export function shareResult(_ctx, o, counts) {
    const m = o.measure;
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
export function exclusionTrace(o, k, forecast) {
    const out = [];
    const conditions = o.conditions ?? [];
    if (conditions.length > 0)
        out.push({
            rule: 'share.conditions',
            text: `${k.unmatched} other items do not meet the conditions (${conditions.map((c) => `${c.field} ${c.values.join(' or ')}`).join(' and ')})`,
            line: conditions[0].line,
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
            text: forecast === null
                ? 'no forecast for the period: every item counts'
                : `forecast ${forecast}, ${volume.volumeAbove}% of it is ${Math.floor((forecast * volume.volumeAbove) / 100)} items; ${k.aboveForecast} later items are above it and left out`,
            line: volume.line,
        });
    }
    return out;
}
/** Sums the counts of the units a (rolling) period covers. */
export function countsFor(ctx, counter, p) {
    const first = ctx.zone.periodOf(p.ref.unit, p.from).index;
    const sum = emptyCounts();
    for (let i = first; i <= p.ref.index; i++) {
        const c = counter.countsAt(i);
        if (!c)
            continue;
        for (const key of Object.keys(sum))
            sum[key] += c[key];
    }
    return sum;
}
