import { lowerDuration } from '../lower.js';
import { formatDuration } from './format/duration.js';
export function statusesView(model) {
    if (!model.statuses)
        return null;
    // One row per status line of the contract (the names of one line share a line number).
    const byLine = new Map();
    for (const s of model.statuses.statuses) {
        const row = byLine.get(s.line);
        if (row)
            row.names.push(s.name);
        else
            byLine.set(s.line, { names: [s.name], meaning: s.meaning, reason: s.reason });
    }
    const rows = [...byLine.values()];
    return { rows, aliases: model.aliases.filter((a) => a.field === 'status').map((a) => ({ value: a.value, target: a.target })) };
}
/** Priority aliases per priority name: how the tool's export names it. */
export function priorityAliases(model) {
    const out = new Map();
    for (const a of model.aliases)
        if (a.field === 'priority')
            out.set(a.target, [...(out.get(a.target) ?? []), a.value]);
    return out;
}
export function pauseView(p, lang) {
    return { condition: p.condition, status: p.status, cap: p.cap ? formatDuration(p.cap, lang) : null };
}
export function startView(t) {
    return t.start && t.start.at !== 'creation' ? { at: t.start.at, status: t.start.status } : null;
}
/** What a clock expectation states, in the document's words: a date-time or a duration. */
export function clockExpectation(stmt, dateTime, lang) {
    if (stmt.measure === 'due')
        return { measure: 'due', value: dateTime(stmt.at) };
    return {
        measure: stmt.measure,
        value: stmt.value.kind === 'Duration' ? formatDuration(lowerDuration(stmt.value), lang) : stmt.value.raw,
    };
}
