import { ratio } from './exact.js';
/** Records listed per period in a report; the rest are counted. */
const MAX_RECORDS = 1000;
export class TicketQualityCounter {
    objective;
    byIndex = new Map();
    metric;
    constructor(objective) {
        this.objective = objective;
        this.metric =
            objective.measure.kind === 'quality' && objective.measure.metric === 'first-time-right' ? 'first-time-right' : 'reopen-ratio';
    }
    /** One ticket of the objective, created in period `index`. */
    add(ctx, index, t, reopened, resolvedAt, ref) {
        let a = this.byIndex.get(index);
        if (!a)
            this.byIndex.set(index, (a = { resolved: 0, hits: 0, traced: [], untraced: 0, pending: 0 }));
        if (resolvedAt === null) {
            a.pending++;
            return;
        }
        a.resolved++;
        const hit = this.metric === 'reopen-ratio' ? reopened > 0 : reopened === 0 && firstTimeRight(t, ctx.vocabulary, resolvedAt);
        if (hit)
            a.hits++;
        // The trace shows what went wrong: reopened tickets, or tickets not first time right.
        if (hit === (this.metric === 'reopen-ratio')) {
            if (a.traced.length < MAX_RECORDS)
                a.traced.push(ref);
            else
                a.untraced++;
        }
    }
    /** What another engine (the SQL engine) counted in unit `index`: the tickets resolved, the hits, those pending, the trace. */
    addCounts(index, counts, traced, untraced) {
        let a = this.byIndex.get(index);
        if (!a)
            this.byIndex.set(index, (a = { resolved: 0, hits: 0, traced: [], untraced: 0, pending: 0 }));
        a.resolved += counts.resolved;
        a.hits += counts.hits;
        a.pending += counts.pending;
        a.traced.push(...traced);
        a.untraced += untraced;
    }
    result(ctx, p) {
        const first = ctx.zone.periodOf(p.ref.unit, p.from).index;
        let resolved = 0;
        let hits = 0;
        let pending = 0;
        let untraced = 0;
        const traced = [];
        for (let i = first; i <= p.ref.index; i++) {
            const a = this.byIndex.get(i);
            if (!a)
                continue;
            resolved += a.resolved;
            hits += a.hits;
            pending += a.pending;
            untraced += a.untraced;
            traced.push(...a.traced);
        }
        const records = traced.slice(0, MAX_RECORDS);
        untraced += traced.length - records.length;
        return {
            sli: resolved > 0 ? ratio(BigInt(hits) * 100n, resolved) : null,
            detail: {
                kind: 'quality',
                metric: this.metric,
                kpi: null,
                basis: resolved > 0 ? 'tickets' : 'none',
                observations: resolved,
                records,
                ...(untraced > 0 ? { recordsOmitted: untraced } : {}),
            },
            resolved,
            hits,
            pending,
        };
    }
}
/**
 * A ticket resolved at `resolvedAt` and never reopened: first time right unless the provider
 * replied more than once before the resolution or it waited for the customer or a third party (a
 * status the contract gives that reason). Statuses the contract does not know change nothing here
 * either; they are reported with the ticket.
 */
export function firstTimeRight(t, vocabulary, resolvedAt) {
    let replies = 0;
    for (const e of t.events) {
        if (e.at > resolvedAt)
            break;
        if (e.message === 'provider' && ++replies > 1)
            return false;
        if (e.status === null)
            continue;
        const s = vocabulary.status(e.status);
        if (s?.meaning === 'pauses' && s.reason !== null)
            return false;
    }
    return true;
}
