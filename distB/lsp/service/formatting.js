/**
 * Formatting is `slac fmt`, delivered as the smallest line edits that turn the document into the
 * formatted text (a line diff), so that the client keeps the cursor, marks and folds everywhere the
 * text did not change. Range formatting formats the whole file (the layout of a block depends on
 * its neighbours) and returns the edits that touch the range.
 */
import { diffLines } from 'diff';
import { format as formatText } from '../../compiler/format.js';
import { UserError } from './navigation.js';
export function format(doc, range) {
    const result = formatText(doc.text);
    const error = result.diagnostics.find((d) => d.severity === 'error');
    if (error) {
        // The formatter never guesses around a syntax error: say so instead of answering nothing.
        throw new UserError(`slac cannot format this file until its syntax errors are fixed (line ${error.range.start.line}: ${error.message})`);
    }
    const edits = lineEdits(doc.text, result.text);
    return range ? edits.filter((e) => e.range.start.line <= range.end.line && e.range.end.line >= range.start.line) : edits;
}
/** The hunks of a line diff from `before` to `after` as edits on whole lines of `before`. */
export function lineEdits(before, after) {
    if (before === after)
        return [];
    const edits = [];
    const lines = before.split('\n');
    // The start of a line; past the last line (a text without a final newline), the end of the text.
    const at = (line) => line < lines.length ? { line, character: 0 } : { line: lines.length - 1, character: lines[lines.length - 1].length };
    let line = 0;
    let pending = null;
    const flush = () => {
        if (pending)
            edits.push({ range: { start: at(pending.start), end: at(pending.end) }, newText: pending.newText });
        pending = null;
    };
    for (const change of diffLines(before, after)) {
        const count = change.count;
        if (!change.added && !change.removed) {
            flush();
            line += count;
            continue;
        }
        pending ??= { start: line, end: line, newText: '' };
        if (change.removed) {
            pending.end += count;
            line += count;
        }
        else {
            pending.newText += change.value;
        }
    }
    flush();
    return edits;
}
