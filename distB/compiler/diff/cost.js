/**
 * What a change would have cost: both versions evaluated on the same data, compared per objective
 * (missed periods, credits, bonuses) and per ticket clock (breaches), and the changes whose
 * outcomes differ flagged.
 */
import { formatMoney } from '../document/format/money.js';
import { formatPeriodLiteral } from '../document/format/period.js';
import { word } from './words.js';
/** Collects breached clocks from the engine's ticket stream (EvaluateOptions.onTicket). */
export function breachCounter(into) {
    return (t) => {
        for (const c of [t.response, t.resolution, t.nextReply, t.update])
            if (c?.status === 'breached') {
                const key = `clock:${t.tier ?? ''}:${c.priority}:${c.kind}`;
                into.set(key, (into.get(key) ?? 0) + 1);
            }
    };
}
const minor = (m) => m.minor ?? 0;
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
/** Compares the outcomes and sets nothing on the changes: see `affected`. */
export function costOf(before, after) {
    const names = [...new Set([...before.report.objectives, ...after.report.objectives].map((o) => o.objective))];
    const side = (o, name) => ({
        missed: o.report.objectives.filter((r) => r.objective === name && r.met === false).length,
        credits: sum(o.report.credits.filter((c) => c.objective === name).map((c) => minor(c.granted))),
        bonuses: sum(o.report.bonuses.filter((c) => c.objective === name).map((c) => minor(c.granted))),
    });
    const objectives = names.map((name) => {
        const b = side(before, name);
        const a = side(after, name);
        return {
            objective: name,
            missed: { old: b.missed, new: a.missed },
            credits: { old: b.credits, new: a.credits },
            bonuses: { old: b.bonuses, new: a.bonuses },
        };
    });
    const tickets = (o) => sum([...o.breaches.values()]);
    const total = (o, k) => sum(o.report.totals.map((t) => minor(t[k])));
    const differing = objectives
        .filter((o) => o.missed.old !== o.missed.new || o.credits.old !== o.credits.new || o.bonuses.old !== o.bonuses.new)
        .map((o) => `objective:${o.objective}`);
    for (const key of new Set([...before.breaches.keys(), ...after.breaches.keys()]))
        if ((before.breaches.get(key) ?? 0) !== (after.breaches.get(key) ?? 0))
            differing.push(key);
    const missed = (o) => o.report.objectives.filter((r) => r.met === false).length;
    return {
        periods: periodsOf([...before.report.objectives, ...after.report.objectives].map((o) => o.period)),
        currency: after.report.contract.currency ?? before.report.contract.currency,
        objectives,
        ticketBreaches: { old: tickets(before), new: tickets(after) },
        breaches: { old: missed(before) + tickets(before), new: missed(after) + tickets(after) },
        credits: { old: total(before, 'credits'), new: total(after, 'credits') },
        bonuses: { old: total(before, 'bonuses'), new: total(after, 'bonuses') },
        differing,
    };
}
/** The measurement periods evaluated; the months alone when there are any (quarters and years span them). */
function periodsOf(all) {
    const unique = [...new Set(all)].sort();
    const months = unique.filter((p) => /^\d{4}-\d{2}$/.test(p));
    return months.length > 0 ? months : unique;
}
/** Whether the evaluated outcomes a change bears on differ on the data (`*`: any outcome). */
export function affected(change, cost) {
    return change.bears.some((key) => (key === '*' ? cost.differing.length > 0 : cost.differing.includes(key)));
}
/** The cost in words: the total line, then one line per objective whose outcome differs. */
export function describeCost(cost, lang, title) {
    const money = (n) => (cost.currency ? formatMoney(Math.abs(n), cost.currency, lang) : String(Math.abs(n) / 100));
    const delta = (d, asMoney = false) => {
        const by = d.new - d.old;
        return { more: by > 0, fewer: by < 0, by: asMoney ? money(by) : String(Math.abs(by)), one: Math.abs(by) === 1 };
    };
    const periods = cost.periods.length === 0
        ? null
        : cost.periods.length === 1
            ? formatPeriodLiteral(cost.periods[0], lang)
            : `${formatPeriodLiteral(cost.periods[0], lang)} – ${formatPeriodLiteral(cost.periods[cost.periods.length - 1], lang)}`;
    const lines = [
        word(lang, 'cost-total', {
            periods,
            breaches: delta(cost.breaches),
            credits: delta(cost.credits, true),
            bonuses: delta(cost.bonuses, true),
            same: cost.differing.length === 0,
        }),
    ];
    for (const o of cost.objectives) {
        if (!cost.differing.includes(`objective:${o.objective}`))
            continue;
        lines.push(`  ${word(lang, 'cost-objective', { objective: title(o.objective), missed: delta(o.missed), credits: delta(o.credits, true), bonuses: delta(o.bonuses, true) })}`);
    }
    if (cost.ticketBreaches.old !== cost.ticketBreaches.new)
        lines.push(`  ${word(lang, 'cost-tickets', { breaches: delta(cost.ticketBreaches) })}`);
    return lines;
}
