import { periodKey } from '../time.js';
import { fmtNumber } from './context.js';
import { cmp, toNumber } from './exact.js';
import { targetNumber, unitOf } from './quality.js';
export class Money$ {
    ctx;
    constructor(ctx) {
        this.ctx = ctx;
    }
    get monthly() {
        return this.ctx.contract.agreement.fee?.monthlyMinor ?? null;
    }
    get currency() {
        return this.ctx.contract.agreement.fee?.currency ?? null;
    }
    units(a) {
        const m = this.monthly;
        if (a.kind === 'money')
            return { unit: 'minor', value: a.minor };
        if (m === null)
            return { unit: 'percent', value: a.value };
        return { unit: 'minor', value: Math.round((a.value * m) / 100) };
    }
    money(u) {
        const m = this.monthly;
        if (u.unit === 'percent')
            return { minor: null, percentOfFee: round6(u.value), currency: null };
        return { minor: u.value, percentOfFee: m ? round6((u.value / m) * 100) : null, currency: this.currency };
    }
    text(a) {
        return a.kind === 'money' ? `${a.currency} ${fmtMinor(a.minor)}` : `${fmtNumber(a.value)}% of monthly fee`;
    }
    unitsText(u) {
        return u.unit === 'percent' ? `${fmtNumber(u.value)}% of monthly fee` : `${this.currency ?? ''} ${fmtMinor(u.value)}`.trim();
    }
}
const round6 = (n) => Math.round(n * 1_000_000) / 1_000_000;
export function fmtMinor(minor) {
    const neg = minor < 0;
    const abs = Math.abs(Math.round(minor));
    return `${neg ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
const periodName = (c) => c.period.rolling && c.period.count > 1 ? `per ${c.period.count} ${c.period.unit}s` : `per ${c.period.unit}`;
/** Evaluates every credit and bonus ladder over the scored periods (all of them: caps need the history). */
export function evaluateLadders(ctx, scored) {
    const money = new Money$(ctx);
    const items = [];
    const c = ctx.contract;
    c.credits.forEach((ladder, i) => {
        for (const s of scored)
            if (s.objective.name === ladder.objective)
                items.push({ kind: 'credit', ladder, ladderOrder: i, scored: s });
    });
    c.bonuses.forEach((ladder, i) => {
        for (const s of scored)
            if (s.objective.name === ladder.objective)
                items.push({ kind: 'bonus', ladder, ladderOrder: c.credits.length + i, scored: s });
    });
    items.sort((a, b) => a.scored.period.end - b.scored.period.end || a.scored.order - b.scored.order || a.ladderOrder - b.ladderOrder);
    const ledger = new Map();
    const credits = [];
    const bonuses = [];
    const totals = new Map();
    for (const item of items) {
        const { scored, ladder } = item;
        const o = scored.objective;
        const target = o.measure.target;
        const unit = unitOf(target);
        const explain = [];
        const sliText = (x) => `${fmtNumber(toNumber(x))}${unit === '%' ? '%' : ` ${unit}`}`;
        let band = null;
        if (scored.sli !== null) {
            for (const b of ladder.bands) {
                const thr = targetNumber(b.threshold, target);
                const k = cmp(scored.sli, thr);
                if (b.comparison === 'below' ? k < 0 : k > 0)
                    band = b;
            }
            explain.push({ rule: `${item.kind}.measured`, text: `${o.name} in ${scored.period.key}: ${sliText(scored.sli)}`, line: o.line });
            if (band !== null)
                explain.push(...scored.evidence);
        }
        else {
            explain.push({ rule: `${item.kind}.measured`, text: `${o.name} in ${scored.period.key}: no data, so no ${item.kind}`, line: o.line });
        }
        const bandRef = band
            ? {
                comparison: band.comparison,
                threshold: toNumber(targetNumber(band.threshold, target)),
                amount: money.text(band.amount),
                line: band.line,
            }
            : null;
        const zero = { unit: money.monthly === null ? 'percent' : 'minor', value: 0 };
        const amount = band ? money.units(band.amount) : zero;
        if (band && bandRef) {
            explain.push({
                rule: `${item.kind}.band`,
                text: `${band.comparison} ${fmtNumber(bandRef.threshold)}${unit === '%' ? '%' : ` ${unit}`} applies (${band.comparison === 'below' ? 'strictly less' : 'strictly more'}): ${item.kind} ${bandRef.amount}, the ${item.kind === 'credit' ? 'most severe' : 'highest'} band that applies`,
                line: band.line,
            });
        }
        else if (scored.sli !== null) {
            explain.push({ rule: `${item.kind}.band`, text: `no band applies`, line: ladder.line });
        }
        let granted = amount;
        const caps = [];
        const bookedRef = ctx.zone.periodOf('month', scored.period.end - 1);
        const namedStart = ctx.zone.periodRange(scored.period.ref).from;
        const inAcceptance = namedStart < ctx.acceptanceEnd;
        if (inAcceptance && granted.value > 0) {
            caps.push({
                scope: 'acceptance',
                line: c.agreement.line,
                period: scored.period.key,
                limit: money.money(zero),
                reducedBy: money.money(granted),
            });
            explain.push({
                rule: `${item.kind}.acceptance`,
                text: `the period begins before the acceptance period ends (${ctx.fmt(ctx.acceptanceEnd)}): no ${item.kind}`,
                line: c.agreement.line,
            });
            granted = { ...granted, value: 0 };
        }
        const capList = [
            ...ladder.caps.map((cap) => ({ cap, scope: 'ladder', id: `${item.kind}:${item.ladderOrder}:${cap.line}` })),
            ...(item.kind === 'credit'
                ? (c.creditTerms?.caps ?? []).map((cap) => ({ cap, scope: 'credit terms', id: `terms:${cap.line}` }))
                : []),
        ];
        const bookings = [];
        for (const { cap, scope, id } of capList) {
            const group = ctx.zone.periodOf(cap.period.unit, scored.period.end - 1);
            const count = cap.period.rolling ? Math.max(1, cap.period.count) : 1;
            bookings.push({ id, index: group.index });
            const limit = money.units(cap.amount);
            if (limit.unit !== granted.unit) {
                explain.push({
                    rule: `${item.kind}.cap`,
                    text: `cap ${money.text(cap.amount)} ${periodName(cap)} not applied: the contract has no fee to compare it with`,
                    line: cap.line,
                });
                continue;
            }
            const used = (ledger.get(id) ?? [])
                .filter((e) => e.index > group.index - count && e.index <= group.index)
                .reduce((s, e) => s + e.value, 0);
            const room = Math.max(0, limit.value - used);
            if (granted.value > room) {
                const reduced = { unit: granted.unit, value: granted.value - room };
                const key = count > 1 ? `${periodKey({ unit: group.unit, index: group.index - count + 1 })} … ${periodKey(group)}` : periodKey(group);
                caps.push({ scope, line: cap.line, period: key, limit: money.money(limit), reducedBy: money.money(reduced) });
                explain.push({
                    rule: `${item.kind}.cap`,
                    text: `${scope === 'ladder' ? 'cap' : 'overall cap'} at most ${money.text(cap.amount)} ${periodName(cap)} (${key}): ${money.unitsText({ unit: limit.unit, value: used })} already ${item.kind === 'credit' ? 'credited' : 'paid'}, reduced by ${money.unitsText(reduced)}`,
                    line: cap.line,
                });
                granted = { unit: granted.unit, value: room };
            }
        }
        for (const b of bookings) {
            const list = ledger.get(b.id) ?? [];
            list.push({ index: b.index, value: granted.value, unit: granted.unit });
            ledger.set(b.id, list);
        }
        const result = {
            kind: item.kind,
            objective: o.name,
            period: scored.period.key,
            bookedIn: periodKey(bookedRef),
            sli: scored.sli === null ? null : toNumber(scored.sli),
            band: bandRef,
            amount: money.money(amount),
            granted: money.money(granted),
            caps,
            inAcceptancePeriod: inAcceptance,
            explain,
        };
        (item.kind === 'credit' ? credits : bonuses).push(result);
        const key = result.bookedIn;
        let t = totals.get(key);
        if (!t) {
            t = { credits: { ...zero }, bonuses: { ...zero }, end: ctx.zone.periodRange(bookedRef).to };
            totals.set(key, t);
        }
        const slot = item.kind === 'credit' ? t.credits : t.bonuses;
        if (slot.unit === granted.unit)
            slot.value += granted.value;
    }
    const order = (a, b) => orderOf(c, a) - orderOf(c, b) || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0);
    return {
        credits: credits.sort(order),
        bonuses: bonuses.sort(order),
        totals: [...totals.entries()]
            .sort((a, b) => a[1].end - b[1].end)
            .map(([period, t]) => ({ period, credits: money.money(t.credits), bonuses: money.money(t.bonuses) })),
    };
}
function orderOf(c, r) {
    return c.objectives.findIndex((o) => o.name === r.objective);
}
