import { conditionsText, firstMatching } from './conditions.js';
import { parsePeriodKey, periodKey } from '../time.js';
import { Money$ } from './credits.js';
/**
 * The credit a breach of this clock earns per ticket, if any (only those breaches are kept for the
 * end): of the bands for the clock and priority, the first whose conditions the ticket matches, in
 * the order written, else the one without conditions.
 */
export function ticketCreditBand(contract, target, priority, subject) {
    return firstMatching(contract.ticketCredits?.bands ?? [], target, priority, subject);
}
const periodName = (c) => c.period.rolling && c.period.count > 1 ? `per ${c.period.count} ${c.period.unit}s` : `per ${c.period.unit}`;
export function evaluateIncidentCredits(ctx, clocks, objectives, ladderCredits) {
    const c = ctx.contract;
    const money = new Money$(ctx);
    const pending = [];
    const tickets = c.ticketCredits ?? null;
    if (tickets) {
        for (const clock of clocks) {
            const band = clock.band;
            pending.push({
                at: clock.created,
                order: 0,
                caps: tickets.caps,
                capScope: `ticket:${tickets.line}`,
                amount: band.amount,
                base: {
                    kind: 'ticket',
                    subject: clock.ticket,
                    target: clock.target,
                    priority: clock.priority,
                    from: null,
                    to: null,
                    lengthMs: null,
                    band: {
                        text: `${clock.target} ${clock.priority}${conditionsText(band.conditions)}`,
                        amount: money.text(band.amount),
                        line: band.line,
                    },
                },
                explain: [
                    {
                        rule: 'incident-credit.ticket',
                        text: `ticket ${clock.ticket}: ${clock.target} of ${clock.priority} breached, credit ${money.text(band.amount)}`,
                        line: band.line,
                    },
                ],
            });
        }
    }
    for (const oc of c.outageCredits ?? []) {
        for (const r of objectives) {
            if (r.objective !== oc.objective || r.detail.kind !== 'availability')
                continue;
            for (const w of stretches(r.detail.counted.windows)) {
                const reached = oc.bands.filter((b) => w.ms >= b.lengthMs);
                const band = reached[reached.length - 1];
                if (!band)
                    continue;
                pending.push({
                    at: w.start,
                    order: 1,
                    caps: oc.caps,
                    capScope: `outage:${oc.line}`,
                    amount: band.amount,
                    base: {
                        kind: 'outage',
                        subject: oc.objective,
                        target: null,
                        priority: null,
                        from: w.from,
                        to: w.to,
                        lengthMs: w.ms,
                        band: { text: `at least ${band.length}`, amount: money.text(band.amount), line: band.line },
                    },
                    explain: [
                        {
                            rule: 'incident-credit.outage',
                            text: `${oc.objective}: counted downtime ${w.from} … ${w.to} (${Math.round(w.ms / 60000)} min) reaches at least ${band.length}: credit ${money.text(band.amount)}`,
                            line: band.line,
                        },
                    ],
                });
            }
        }
    }
    pending.sort((a, b) => ctx.zone.periodOf('month', a.at).index - ctx.zone.periodOf('month', b.at).index || a.order - b.order || a.at - b.at);
    // Ledgers per cap, the amount credited per period index (so that a cap's room costs the length
    // of its period, not the number of credits before it): the credit terms' caps start with what
    // the objective ladders credited.
    const ledger = new Map();
    const book = (id, index, value) => {
        let periods = ledger.get(id);
        if (!periods)
            ledger.set(id, (periods = new Map()));
        periods.set(index, (periods.get(index) ?? 0) + value);
    };
    const credited = (id, last, count) => {
        const periods = ledger.get(id);
        let sum = 0;
        if (periods)
            for (let i = last - count + 1; i <= last; i++)
                sum += periods.get(i) ?? 0;
        return sum;
    };
    for (const credit of ladderCredits) {
        const month = parsePeriodKey(credit.bookedIn);
        if (!month || credit.granted.minor === null)
            continue;
        const at = ctx.zone.periodRange(month).from;
        for (const cap of c.creditTerms?.caps ?? [])
            book(`terms:${cap.line}`, ctx.zone.periodOf(cap.period.unit, at).index, credit.granted.minor);
    }
    return pending.map((p) => {
        const month = ctx.zone.periodOf('month', p.at);
        const explain = [...p.explain];
        const units = money.units(p.amount);
        let granted = units;
        const caps = [];
        const inAcceptance = ctx.zone.periodRange(month).from < ctx.acceptanceEnd;
        if (inAcceptance && granted.value > 0) {
            caps.push({
                scope: 'acceptance',
                line: c.agreement.line,
                period: periodKey(month),
                limit: money.money({ unit: granted.unit, value: 0 }),
                reducedBy: money.money(granted),
            });
            explain.push({
                rule: 'incident-credit.acceptance',
                text: `${periodKey(month)} begins before the acceptance period ends (${ctx.fmt(ctx.acceptanceEnd)}): no credit`,
                line: c.agreement.line,
            });
            granted = { ...granted, value: 0 };
        }
        const list = [
            ...p.caps.map((cap) => ({ cap, scope: 'ladder', id: `${p.capScope}:${cap.line}` })),
            ...(c.creditTerms?.caps ?? []).map((cap) => ({ cap, scope: 'credit terms', id: `terms:${cap.line}` })),
        ];
        const bookings = [];
        for (const { cap, scope, id } of list) {
            const group = ctx.zone.periodOf(cap.period.unit, p.at);
            const count = cap.period.rolling ? Math.max(1, cap.period.count) : 1;
            bookings.push({ id, index: group.index });
            const limit = money.units(cap.amount);
            if (limit.unit !== granted.unit)
                continue;
            const used = credited(id, group.index, count);
            const room = Math.max(0, limit.value - used);
            if (granted.value > room) {
                const reduced = { unit: granted.unit, value: granted.value - room };
                caps.push({ scope, line: cap.line, period: periodKey(group), limit: money.money(limit), reducedBy: money.money(reduced) });
                explain.push({
                    rule: 'incident-credit.cap',
                    text: `${scope === 'ladder' ? 'cap' : 'overall cap'} at most ${money.text(cap.amount)} ${periodName(cap)} (${periodKey(group)}): ${money.unitsText({ unit: limit.unit, value: used })} already credited, reduced by ${money.unitsText(reduced)}`,
                    line: cap.line,
                });
                granted = { unit: granted.unit, value: room };
            }
        }
        for (const b of bookings)
            book(b.id, b.index, granted.value);
        return {
            ...p.base,
            bookedIn: periodKey(month),
            amount: money.money(units),
            granted: money.money(granted),
            caps,
            inAcceptancePeriod: inAcceptance,
            explain,
        };
    });
}
/** Counted windows joined where one ends exactly where the next begins: one stretch is one outage. */
function stretches(windows) {
    const out = [];
    for (const w of windows) {
        const start = Date.parse(w.from);
        const end = Date.parse(w.to);
        const last = out[out.length - 1];
        if (last && last.end === start) {
            last.end = end;
            last.to = w.to;
        }
        else
            out.push({ from: w.from, to: w.to, start, end });
    }
    return out.map((s) => ({ from: s.from, to: s.to, start: s.start, ms: s.end - s.start }));
}
/** The month totals with the credits per incident added, and the net settlement (credits − bonuses). */
export function settle(totals, incident, currency) {
    const byMonth = new Map(totals.map((t) => [t.period, { ...t, credits: { ...t.credits } }]));
    for (const i of incident) {
        let t = byMonth.get(i.bookedIn);
        if (!t) {
            const zero = {
                minor: i.granted.minor === null ? null : 0,
                percentOfFee: i.granted.percentOfFee === null ? null : 0,
                currency: i.granted.currency,
            };
            t = { period: i.bookedIn, credits: { ...zero }, bonuses: { ...zero } };
            byMonth.set(i.bookedIn, t);
        }
        t.credits = add(t.credits, i.granted);
    }
    return [...byMonth.values()]
        .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
        .map((t) => ({
        ...t,
        net: {
            minor: t.credits.minor === null || t.bonuses.minor === null ? null : t.credits.minor - t.bonuses.minor,
            percentOfFee: t.credits.percentOfFee === null || t.bonuses.percentOfFee === null
                ? null
                : round6(t.credits.percentOfFee - t.bonuses.percentOfFee),
            currency: t.credits.currency ?? t.bonuses.currency ?? currency,
        },
    }));
}
const round6 = (n) => Math.round(n * 1_000_000) / 1_000_000;
function add(a, b) {
    return {
        minor: a.minor === null || b.minor === null ? null : a.minor + b.minor,
        percentOfFee: a.percentOfFee === null || b.percentOfFee === null ? null : round6(a.percentOfFee + b.percentOfFee),
        currency: a.currency ?? b.currency,
    };
}
