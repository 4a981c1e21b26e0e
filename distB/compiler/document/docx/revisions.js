/**
 * Word tracked changes (`w:ins`, `w:del`) for a redline: the author, the date and the running id
 * every change mark carries. The tracker is set while a redline's docx objects are built (a
 * synchronous pass), so the block and inline converters mark what the redline tree marks
 * without every converter passing it on; a contract document has no tracker and no marks.
 */
import { DeletedTextRun, InsertedTextRun } from 'docx';
let active = null;
/** Runs `build` with change marks enabled; ids start at 1 for every document. */
export function withRevisions(revisions, build) {
    const before = active;
    active = revisions ? { ...revisions, next: 1 } : null;
    try {
        return build();
    }
    finally {
        active = before;
    }
}
/** The attributes of the next change mark. */
export function revision() {
    // The redline tree is the only source of change marks: a contract's own text is escaped and never becomes one.
    if (!active)
        throw new Error('change mark outside a redline');
    const { author, date } = active;
    // w:date is optional in OOXML; docx leaves out an undefined attribute.
    return { id: active.next++, author, date: date ?? undefined };
}
/** A run of inserted or deleted text. */
export function changedRun(change, options) {
    return change === 'ins' ? new InsertedTextRun({ ...options, ...revision() }) : new DeletedTextRun({ ...options, ...revision() });
}
/** The change a redline block carries (`data-change`), if any. */
export function changeOf(attribs) {
    const c = attribs['data-change'];
    return c === 'ins' || c === 'del' ? c : undefined;
}
