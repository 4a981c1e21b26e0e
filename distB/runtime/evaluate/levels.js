/**
 * Evaluation across levels: one ticket set evaluated against an SLA and against each agreement
 * under it (OLAs, underpinning contracts). For every breach of the SLA, what each level's own
 * clock for the same ticket came to, so the breach shows which level caused it or where the
 * time went. Works on ticket results only; the CLI runs the evaluations (cli/commands/evaluate.ts).
 */
import { msText } from './context.js';
import { table } from './text.js';
function levelClock(level, clock, slaStop) {
    if (!clock || clock.started === null || clock.status === 'not-started')
        return { level, status: 'not involved', started: null, stopped: null, due: null, spentMs: null };
    const end = clock.stopped ?? slaStop;
    return {
        level,
        status: clock.status,
        started: clock.started,
        stopped: clock.stopped,
        due: clock.due,
        spentMs: end === null ? null : Date.parse(end) - Date.parse(clock.started),
    };
}
/** The breaches of one SLA ticket, with the same ticket's clocks at each level (undefined: not in that level's results). */
export function levelBreaches(sla, levels) {
    const out = [];
    for (const kind of ['response', 'resolution']) {
        const own = sla[kind];
        if (own?.status !== 'breached')
            continue;
        const clocks = levels.map((l) => levelClock(l.name, l.ticket?.[kind], own.stopped));
        out.push({
            ticket: sla.id,
            clock: kind,
            priority: sla.priority,
            tier: sla.tier,
            due: own.due,
            stopped: own.stopped,
            levels: clocks,
            causedBy: clocks.filter((c) => c.status === 'breached').map((c) => c.level),
        });
    }
    return out;
}
/** The text form: each level's totals, then one row per SLA breach with each level's clock. */
export function renderLevels(levels, across) {
    const totals = table(['level', 'agreement', 'tickets', 'response met', 'response breached', 'resolution met', 'resolution breached'], levels.map((l) => [
        l.name,
        l.file,
        String(l.summary.total),
        String(l.summary.responseMet),
        String(l.summary.responseBreached),
        String(l.summary.resolutionMet),
        String(l.summary.resolutionBreached),
    ]), new Set([2, 3, 4, 5, 6]));
    const at = (c) => c.status === 'not involved'
        ? 'not involved'
        : `${c.status} (${c.spentMs === null ? 'running' : msText(c.spentMs)}${c.due ? `, due ${c.due}` : ''})`;
    const rows = across.breaches.map((b) => [
        b.ticket,
        b.priority,
        b.clock,
        ...levels.map((l) => at(b.levels.find((c) => c.level === l.name))),
        b.causedBy.length > 0 ? b.causedBy.join(', ') : 'no level: each met its own target; the time went before or between them',
    ]);
    const breaches = rows.length === 0 ? 'No breach of the SLA.' : table(['breached', 'priority', 'clock', ...levels.map((l) => l.name), 'caused by'], rows);
    return `\nAcross levels\n${totals}\n\n${breaches}\n`;
}
