/** Share of the allowed time used: bins up to these bounds (percent, inclusive), and one above the last. */
export const USED_BOUNDS = [25, 50, 75, 100, 125, 150, 200];
/** At most this many breached tickets are listed; the rest are counted. */
export const MAX_BREACHES = 100;
export class TicketFacts {
    inPeriod;
    groups = new Map();
    /**
     * Per clock (`response`, `resolution`) and priority: stopped clocks per bin of USED_BOUNDS (the
     * last bin: above 200%), by the share of their target used. A share is unit-free, so targets in
     * hours, business hours and working or calendar days share one axis.
     */
    used = new Map([
        ['response', new Map()],
        ['resolution', new Map()],
    ]);
    breached = [];
    breachedOmitted = 0;
    dimensions;
    /**
     * Response and resolution targets by line and kind: the allowed time, in ms for elapsed and
     * business clocks, in days for working and calendar days (as the clock's `elapsedDays`).
     * Targets in months or years (amount 0) have no fixed length and are not charted.
     */
    allowed = new Map();
    constructor(model, 
    /** Whether a ticket's local creation date is in the report's period; null: every ticket. */
    inPeriod) {
        this.inPeriod = inPeriod;
        this.dimensions = ['priority', 'tier', 'channel', ...model.fields.map((f) => `field:${f.name}`)];
        for (const d of this.dimensions)
            this.groups.set(d, new Map());
        for (const tier of model.tiers) {
            for (const t of tier.targets)
                if ((t.target === 'response' || t.target === 'resolution') && t.within.amount > 0)
                    this.allowed.set(`${t.line}|${t.target}`, {
                        amount: t.within.amount,
                        days: t.within.clock === 'working' || t.within.clock === 'calendar',
                    });
        }
    }
    add(t, fields = {}) {
        if (this.inPeriod && !this.inPeriod(t.created.slice(0, 10)))
            return;
        for (const dim of this.dimensions) {
            const key = dim.startsWith('field:')
                ? Object.hasOwn(fields, dim.slice(6))
                    ? fields[dim.slice(6)]
                    : null
                : t[dim];
            if (key === null)
                continue;
            const groups = this.groups.get(dim);
            let g = groups.get(key);
            if (!g)
                groups.set(key, (g = { total: 0, resolved: 0, open: 0, responseMet: 0, responseBreached: 0, resolutionMet: 0, resolutionBreached: 0 }));
            g.total++;
            if (t.open)
                g.open++;
            else
                g.resolved++;
            if (t.response?.status === 'met')
                g.responseMet++;
            if (t.response?.status === 'breached')
                g.responseBreached++;
            if (t.resolution?.status === 'met')
                g.resolutionMet++;
            if (t.resolution?.status === 'breached')
                g.resolutionBreached++;
        }
        this.addUsed(t.priority, t.response);
        this.addUsed(t.priority, t.resolution);
        if ([t.response, t.resolution, t.nextReply, t.update].some((c) => c?.status === 'breached')) {
            if (this.breached.length < MAX_BREACHES)
                this.breached.push(t);
            else
                this.breachedOmitted++;
        }
    }
    addUsed(priority, clock) {
        if (!clock || clock.stopped === null || (clock.status !== 'met' && clock.status !== 'breached'))
            return;
        const allowed = this.allowed.get(`${clock.targetLine}|${clock.kind}`);
        if (!allowed)
            return;
        const elapsed = allowed.days ? clock.elapsedDays : clock.elapsedMs;
        if (elapsed === null)
            return;
        const share = (elapsed / allowed.amount) * 100;
        const perPriority = this.used.get(clock.kind);
        let bins = perPriority.get(priority);
        if (!bins)
            perPriority.set(priority, (bins = Array.from({ length: USED_BOUNDS.length + 1 }, () => 0)));
        const bin = USED_BOUNDS.findIndex((bound) => share <= bound);
        bins[bin === -1 ? USED_BOUNDS.length : bin]++;
    }
}
