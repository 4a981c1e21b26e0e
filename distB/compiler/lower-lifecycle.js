import { lowerDuration, lowerText } from './lower.js';
const line = (node) => node.range.start.line;
export const statusMeanings = ['starts', 'pauses', 'resolves', 'closes', 'reopens', 'none'];
/** The meaning of a status line; the checker has rejected words that are not meanings. */
export function statusMeaning(s) {
    return s.meaning === null
        ? 'none'
        : statusMeanings.includes(s.meaning.name)
            ? s.meaning.name
            : 'none';
}
export function lowerStatuses(doc) {
    const blocks = doc.declarations.filter((d) => d.kind === 'Statuses');
    if (blocks.length === 0)
        return null;
    const statuses = blocks.flatMap((b) => b.body.flatMap((s) => s.kind === 'Status' ? s.names.map((n) => ({ line: line(s), name: n.value, meaning: statusMeaning(s), reason: s.reason })) : []));
    const texts = blocks.flatMap((b) => b.body.flatMap((s) => (s.kind === 'TextStmt' ? [lowerText(s.text)] : [])));
    return { line: line(blocks[0]), statuses, texts };
}
export function lowerAliases(doc) {
    return doc.declarations.flatMap((d) => d.kind === 'Aliases'
        ? d.body.flatMap((s) => s.values.map((v) => ({
            line: line(s),
            field: s.field,
            value: v.value,
            target: s.target.kind === 'Ident' ? s.target.name : s.target.value,
        })))
        : []);
}
export function lowerClockStart(body) {
    const s = body.find((x) => x.kind === 'ClockStart');
    return s ? { line: line(s), at: s.at, status: s.status?.value ?? null } : null;
}
export function lowerPauseCap(s) {
    return s.cap && s.cap.kind === 'Duration' ? lowerDuration(s.cap) : null;
}
/** The warning ladder of an escalation, in the contract's order (the evaluator orders it by threshold). */
export function lowerWarnings(body) {
    return body.flatMap((s) => s.kind === 'Warning' && s.at.kind === 'Percentage'
        ? [{ at: s.at.value, target: s.target, to: s.to ? lowerText(s.to) : null, line: line(s) }]
        : []);
}
