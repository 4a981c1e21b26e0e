const measures = {
    availability: 'an availability objective',
    share: 'a percentage objective',
    time: 'an average or percentile of times',
    quality: 'a quality objective',
};
/** A percentile the views rank in integers (1–100), or null; ' at that percentile' otherwise. */
const percentileGap = (m) => m.percentile !== null && !(Number.isInteger(m.percentile) && m.percentile >= 1 && m.percentile <= 100) ? ' at that percentile' : null;
/** What the views do not evaluate in a time objective on tickets (as objectiveGap: ticket-times.ts), or null. */
function timeGap(m) {
    if (m.clock !== 'response' && m.clock !== 'resolution')
        return ` of ${m.clock} time`;
    return percentileGap(m);
}
/** What the views do not evaluate in a quality objective (as objectiveGap: ticket-quality.ts), or null. */
function qualityGap(m) {
    if (!m.noun)
        return null; // from measurements (records.ts)
    if (m.metric !== 'reopen-ratio' && m.metric !== 'first-time-right')
        return ` (${m.metric})`;
    return null;
}
/** Measured on tickets (objectives.ts), not on outages, contacts or measurements (records.ts). */
export function onTickets(o) {
    const m = o.measure;
    if (m.kind === 'availability')
        return false;
    if (m.kind === 'quality')
        return !!m.noun;
    return m.source === 'tickets';
}
/**
 * What the SQL engine does not evaluate in an objective (words after its kind; '' the kind itself),
 * or null when it evaluates it (objectives.ts, records.ts). Here, not there: the command line's gate
 * loads no calendars or evaluation code.
 */
export function objectiveGap(o) {
    const m = o.measure;
    if (m.kind === 'availability')
        return null;
    if (m.kind === 'share' && m.source === 'contacts')
        return null;
    if (m.kind === 'time' && m.source === 'contacts')
        return percentileGap(m);
    // The volume rule needs the tickets one by one in order of creation (ShareCounter.addCounts refuses counts).
    if (o.exclusions.some((e) => e.exclusion === 'volume'))
        return ' excluding volume above the forecast';
    if (m.kind === 'time')
        return timeGap(m);
    if (m.kind === 'quality')
        return qualityGap(m);
    if (m.onTime)
        return null;
    // `replied`/`updated` within a limit of their own: not evaluated (the next-reply and update clocks are cycles).
    if (m.event !== 'responded' && m.event !== 'resolved')
        return ` of tickets ${m.event}`;
    if (m.within === null)
        return ' without a time limit';
    return null;
}
export function uncoveredFeatures(c) {
    const out = [];
    const refused = new Set();
    for (const o of c.objectives) {
        const gap = objectiveGap(o);
        if (gap === null)
            continue;
        refused.add(o.name);
        out.push({ feature: `objective '${o.name}' (${measures[o.measure.kind]}${gap})`, line: o.line });
    }
    // The ladders of refused objectives are not evaluated either.
    for (const l of c.credits)
        if (refused.has(l.objective))
            out.push({ feature: `credits for '${l.objective}'`, line: l.line });
    for (const l of c.bonuses)
        if (refused.has(l.objective))
            out.push({ feature: `bonus for '${l.objective}'`, line: l.line });
    return out.sort((a, b) => a.line - b.line);
}
/** The message of `sql-unsupported` for one feature. */
export function uncoveredMessage(u) {
    return `the SQL engine does not evaluate ${u.feature} yet: evaluate this contract with --engine js (the default), or compile it with --target js`;
}
