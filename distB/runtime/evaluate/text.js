/** The human form of a report: plain-text tables, the same on every machine (no locale). */
import { fmtMinor } from './credits.js';
import { fmtNumber, msText } from './context.js';
import { visible } from '../escape.js';
/** Cells hold ids and names from the data and the contract: made visible before they are measured. */
export function table(headers, cells, right = new Set()) {
    const rows = cells.map((r) => r.map(visible));
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => (right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
function money(m) {
    if (m.minor !== null)
        return (`${m.currency ?? ''} ${fmtMinor(m.minor)}`.trim() +
            (m.percentOfFee !== null && m.percentOfFee !== 0 ? ` (${fmtNumber(m.percentOfFee)}%)` : ''));
    return m.percentOfFee !== null ? `${fmtNumber(m.percentOfFee)}% of fee` : '-';
}
/** Who the warnings reached so far tell: ` (75%: Servicemanager)`. */
const warned = (ws) => {
    const reached = ws.filter((w) => w.reached);
    return reached.length === 0 ? '' : ` (${reached.map((w) => `${fmtNumber(w.at)}%${w.to ? `: ${w.to}` : ''}`).join(', ')})`;
};
/** Unknown values of these fields are statuses, priorities, tiers; others are custom fields. */
const vocabularyFields = new Set(['status', 'priority', 'tier']);
const value = (v, unit) => (v === null ? '-' : `${fmtNumber(v)}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`);
/** Per input: records read = accepted + rejected + skipped. */
export function inputLines(r) {
    return r.data.files.map((f) => `${f.file ?? `(${f.kind}s)`}: ${f.read} read = ${f.accepted} accepted + ${f.rejected} rejected + ${f.skipped} skipped`);
}
export function renderText(r) {
    const out = [];
    const title = r.contract.title ?? r.contract.source ?? 'contract';
    out.push(visible(`${title} — ${r.contract.provider} for ${r.contract.customer}`));
    const opts = [
        r.options.period ? `period ${r.options.period}` : 'all periods in the data',
        r.options.now ? `now ${r.options.now}` : null,
        r.options.asOf ? `as of ${r.options.asOf}` : null,
    ].filter(Boolean);
    out.push(opts.join(', '));
    out.push('');
    if (r.objectives.length > 0) {
        const escalated = r.objectives.some((o) => o.escalation.length > 0);
        out.push('Objectives');
        out.push(table(['objective', 'period', 'measured', 'target', 'margin', 'result', ...(escalated ? ['escalation'] : [])], r.objectives.map((o) => [
            o.objective,
            o.rolling ? `${o.period} (${o.rolling})` : o.period,
            value(o.sli, o.unit),
            `${o.direction} ${value(o.target, o.unit)}`,
            o.margin === null ? '-' : (o.margin >= 0 ? '+' : '') + fmtNumber(o.margin),
            o.met === null ? 'no data' : o.met ? 'met' : 'BREACHED',
            ...(escalated
                ? [o.escalation.map((e) => `${e.escalation} step ${e.step}${e.next ? `, step ${e.next.step} at ${e.next.at}` : ''}`).join('; ')]
                : []),
        ]), new Set([2, 4])));
        const down = r.objectives.filter((o) => o.detail.kind === 'availability' && (o.detail.downtimeMs > 0 || o.detail.excluded.length > 0));
        if (down.length > 0) {
            out.push('');
            out.push('Downtime');
            out.push(table(['objective', 'period', 'counted', 'excluded', 'outside window'], down.map((o) => {
                const d = o.detail;
                return [
                    o.objective,
                    o.period,
                    msText(d.downtimeMs) + (d.counted.overCapMs > 0 ? ` (${msText(d.counted.overCapMs)} over the maintenance cap)` : ''),
                    d.excluded.map((e) => `${msText(e.ms)} ${e.reason}`).join(', ') || '-',
                    msText(d.outsideWindowMs),
                ];
            })));
        }
        out.push('');
    }
    const ladders = [...r.credits, ...r.bonuses].filter((c) => c.band !== null || c.granted.minor || c.granted.percentOfFee);
    if (ladders.length > 0) {
        out.push('Credits and bonuses');
        out.push(table(['kind', 'objective', 'period', 'band', 'amount', 'granted', 'note'], ladders.map((c) => [
            c.kind,
            c.objective,
            c.period,
            c.band ? `${c.band.comparison} ${fmtNumber(c.band.threshold)}` : '-',
            money(c.amount),
            money(c.granted),
            [
                c.inAcceptancePeriod ? 'acceptance period' : '',
                ...c.caps.filter((x) => x.scope !== 'acceptance').map((x) => `capped (line ${x.line})`),
            ]
                .filter(Boolean)
                .join(', '),
        ])));
        out.push('');
    }
    const incident = (r.incidentCredits ?? []).filter((i) => i.granted.minor || i.granted.percentOfFee || i.caps.length > 0);
    if (incident.length > 0) {
        out.push('Credits per incident');
        out.push(table(['incident', 'band', 'booked in', 'amount', 'granted'], incident.map((i) => [
            i.kind === 'ticket' ? `ticket ${i.subject} ${i.target}` : `outage ${i.from} (${msText(i.lengthMs ?? 0)})`,
            i.band.text,
            i.bookedIn,
            money(i.amount),
            money(i.granted),
        ])));
        out.push('');
    }
    if (r.totals.length > 0) {
        out.push('Totals');
        out.push(table(['booked in', 'credits', 'bonuses', 'net'], r.totals.map((t) => [t.period, money(t.credits), money(t.bonuses), money(t.net)])));
        out.push('');
    }
    const rules = (r.breachRules ?? []).filter((b) => b.breached.length > 0);
    if (rules.length > 0) {
        out.push('Repeated breaches');
        out.push(table(['consequence', 'objective', 'breached', 'triggered'], rules.map((b) => [b.consequence, b.objective, b.breached.join(', '), b.triggered ? `in ${b.triggeredIn} (${b.reason})` : 'no'])));
        out.push('');
    }
    const s = r.ticketSummary;
    if (s.total > 0) {
        out.push('Tickets');
        out.push(table(['tickets', 'resolved', 'open', 'response met', 'response breached', 'resolution met', 'resolution breached', 'uncertain'], [[s.total, s.resolved, s.open, s.responseMet, s.responseBreached, s.resolutionMet, s.resolutionBreached, s.uncertain].map(String)], new Set([0, 1, 2, 3, 4, 5, 6, 7])));
        if (s.nextReplyMet + s.nextReplyBreached + s.updateMet + s.updateBreached > 0) {
            out.push('');
            out.push(table(['next reply met', 'next reply breached', 'update met', 'update breached'], [[s.nextReplyMet, s.nextReplyBreached, s.updateMet, s.updateBreached].map(String)], new Set([0, 1, 2, 3])));
        }
        const clocksOf = (t) => [t.response, t.resolution, t.nextReply, t.update];
        const late = r.tickets.filter((t) => clocksOf(t).some((c) => c?.status === 'breached'));
        if (late.length > 0) {
            out.push('');
            out.push(table(['breached', 'priority', 'clock', 'due', 'stopped', 'escalation'], late.slice(0, 50).flatMap((t) => clocksOf(t)
                .filter((c) => c?.status === 'breached')
                .map((c) => [
                t.id,
                c.priority,
                `${c.kind} (${c.target})${c.cycles ? ` ${c.cycles.late} of ${c.cycles.count} late` : ''}`,
                c.due ?? '-',
                c.stopped ?? 'open',
                t.escalation.map((e) => `${e.escalation} step ${e.step}`).join(', ') || '-',
            ]))));
            if (late.length > 50)
                out.push(`… and ${late.length - 50} more breached tickets (see the JSON report)`);
            if (r.ticketsListed.omitted > 0)
                out.push(`… and ${r.ticketsListed.omitted} more tickets beyond the first ${r.ticketsListed.max} (all of them: --tickets-out)`);
        }
        out.push('');
    }
    if (r.open.length > 0) {
        out.push(`Open tickets at ${r.options.now}`);
        out.push(table(['ticket', 'priority', 'clock', 'due', 'remaining', 'used', 'at risk', 'escalation'], r.open.flatMap((t) => t.clocks.map((c) => [
            t.id,
            t.priority,
            c.kind,
            c.due ?? '(paused)',
            c.remainingMs === null ? '-' : msText(c.remainingMs),
            c.used === null ? '-' : `${fmtNumber(c.used)}%`,
            c.status === 'breached' ? 'breached' : c.status === 'uncertain' ? 'uncertain' : c.atRisk ? `AT RISK${warned(c.warnings)}` : '',
            t.escalation.map((e) => `${e.escalation} step ${e.step}${e.next ? `, step ${e.next.step} at ${e.next.at}` : ''}`).join('; ') ||
                '-',
        ]))));
        out.push('');
    }
    if (r.notifications.length > 0) {
        out.push('Notifications (warnings and escalation steps reached, in time order)');
        out.push(table(['at', 'ticket', 'notification', 'to'], r.notifications
            .slice(0, 50)
            .map((n) => [
            n.at,
            n.ticket,
            n.kind === 'warning' ? `${fmtNumber(n.threshold)}% of ${n.clock} time` : `${n.escalation} step ${n.step}`,
            `${n.to ?? '-'}${n.contact ? ` (${n.contact})` : ''}`,
        ])));
        const more = r.notifications.length - 50 + r.notificationsListed.omitted;
        if (more > 0)
            out.push(`… and ${more} more notifications (the JSON report lists the first ${r.notificationsListed.max})`);
        out.push('');
    }
    const d = r.data;
    const kinds = d.supplied.map((k) => `${d.accepted[k]} ${k}s${d.rejected[k] ? `, ${d.rejected[k]} rejected` : ''}${d.skipped[k] ? `, ${d.skipped[k]} skipped` : ''}`);
    out.push(`Data: ${kinds.join('; ') || 'none'}`);
    for (const line of inputLines(r))
        out.push(`  ${line}`);
    const listed = [...d.problems.filter((p) => p.severity === 'error'), ...d.problems.filter((p) => p.severity === 'warning')].slice(0, 20);
    for (const p of listed)
        out.push(`  ${p.severity}: ${visible(`${p.file ?? '(data)'}${p.line !== null ? `:${p.line}` : p.index !== null ? ` record ${p.index + 1}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.message}`)}`);
    if (d.problems.length > 20 || d.problemsOmitted > 0)
        out.push(`  … ${d.problems.length - 20 + d.problemsOmitted} more problems (see the JSON report)`);
    if (d.unknownValues.length > 0) {
        out.push('');
        out.push("Values the contract does not know (declare statuses in `statuses` or `aliases`, field values in the field's `values`; tickets with an unknown status are uncertain, not breached)");
        out.push(table(['field', 'value', 'records', 'first seen', 'why'], d.unknownValues.map((u) => [
            vocabularyFields.has(u.field) ? u.field : `fields/${u.field}`,
            u.value ?? '(field not declared)',
            String(u.count),
            `${u.file ?? '(data)'}${u.line !== null ? `:${u.line}` : ` record ${u.index + 1}`}${u.id ? ` (${u.kind} ${u.id})` : ''}`,
            u.message,
        ]), new Set([2])));
    }
    return `${out.join('\n')}\n`;
}
