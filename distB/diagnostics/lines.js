/**
 * The one line-break rule of slac: LF, CRLF and a lone CR each end a line (as in the language
 * server protocol). The lexer, the parser, the AST, the CLI's rendering and the editor all count
 * lines this way; positions are found by binary search, so any number of them costs linear time.
 */
import { lastAtOrBefore } from '../runtime/search.js';
/** Matches one line break; used to split text into lines. */
export const lineBreak = /\r\n|\r|\n/;
export class LineIndex {
    text;
    /** Offset of the first character of every line. */
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 13 && text.charCodeAt(i + 1) === 10)
                i++;
            if (c === 10 || c === 13)
                this.starts.push(i + 1);
        }
    }
    /** The 1-based line and column of an offset (clamped to the text). */
    position(offset) {
        const at = Math.max(0, Math.min(offset, this.text.length));
        const line = lastAtOrBefore(this.starts, at);
        return { line: line + 1, column: at - this.starts[line] + 1, offset: at };
    }
}
/** The text split into lines, without their line breaks. */
export function splitLines(text) {
    return text.split(lineBreak);
}
