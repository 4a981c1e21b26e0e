/**
 * Inlay hints for derived values: allowed downtime after an availability target, the amount of
 * money a percentage of the fee stands for, the weekly open hours of a calendar, the monthly fee.
 */
import { InlayHintKind } from 'vscode-languageserver';
import { availabilityDowntime, formatHours, formatMoney, monthlyFee, weeklyOpenMinutes } from './facts.js';
export function inlayHints(doc, range) {
    const from = range ? doc.offsetAt(range.start) : 0;
    const to = range ? doc.offsetAt(range.end) : Infinity;
    const hints = [];
    const hint = (offset, label, tooltip) => {
        if (offset < from || offset > to)
            return;
        hints.push({ position: doc.positionAt(offset), label, kind: InlayHintKind.Type, paddingLeft: true, tooltip });
    };
    const fee = monthlyFee(doc.document);
    const money = (a) => {
        if (!fee || a.value.kind !== 'Percentage' || !a.value.raw)
            return;
        hint(a.range.end.offset, `= ${formatMoney((fee.minor * a.value.value) / 100, fee.currency)}`, `${a.value.raw} of the monthly fee of ${formatMoney(fee.minor, fee.currency)}`);
    };
    for (const d of doc.document.declarations) {
        if (d.range.end.offset < from || d.range.start.offset > to)
            continue;
        switch (d.kind) {
            case 'Agreement':
                for (const s of d.body) {
                    if (s.kind === 'Fee' && s.period !== 'month' && fee)
                        hint(s.range.end.offset, `= ${formatMoney(fee.minor, fee.currency)} per month`, 'the fee per month, which percentages of the monthly fee refer to');
                }
                break;
            case 'Calendar': {
                const week = weeklyOpenMinutes(d).reduce((a, b) => a + b, 0);
                const anchor = d.title ?? d.name;
                if (d.name.name && anchor.range.end.offset > anchor.range.start.offset)
                    hint(anchor.range.end.offset, `${formatHours(week)}/week`, 'open hours per week');
                break;
            }
            case 'Objective':
                for (const s of d.body) {
                    if (s.kind !== 'Availability' || s.target.kind !== 'Percentage' || s.direction !== 'at least' || !s.target.raw)
                        continue;
                    const calNode = s.calendar?.name ? doc.symbols.get('calendar', s.calendar.name)?.node : undefined;
                    const cal = calNode && calNode.kind === 'Calendar' ? calNode : null;
                    const fact = availabilityDowntime(doc.document, doc.analysis.model, s, cal);
                    if (!fact)
                        continue;
                    const end = (s.period ?? s.target).range.end.offset;
                    hint(end, `≈ ${fact.short} downtime`, fact.lines.join('\n').replace(/\*\*/g, ''));
                }
                break;
            case 'Credits':
            case 'Bonus':
            case 'CreditTerms':
                for (const s of d.body)
                    if (s.kind === 'Band' || s.kind === 'Cap')
                        money(s.amount);
                break;
            default:
                break;
        }
    }
    return hints;
}
