/**
 * The text of a data file: bytes decoded as UTF-8 in blocks that end at a line break, so that a
 * reader never sees half a line break or half a character, and bytes that are not UTF-8 are noted
 * with their line instead of silently becoming U+FFFD. A line break is LF, CRLF or a lone CR, the
 * same rule in every format (and in the line numbers of every problem).
 */
import { isUtf8 } from 'node:buffer';
/** Without a line break, a block is handed on once it is this long (so one huge line is never held whole here). */
const MAX_BLOCK = 1 << 20;
const LF = 10;
const CR = 13;
export class DataText {
    input;
    /** Invalid bytes not yet asked about, in line order. */
    invalid = [];
    constructor(input) {
        this.input = input;
    }
    async *[Symbol.asyncIterator]() {
        let carry = Buffer.alloc(0);
        let line = 1;
        let first = true;
        const block = (bytes) => {
            if (!isUtf8(bytes))
                this.note(bytes, line);
            line += breaks(bytes);
            return bytes.toString('utf8');
        };
        for await (const chunk of this.input) {
            let buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
            if (carry.length > 0)
                buf = Buffer.concat([carry, buf]);
            if (first && buf.length >= 3) {
                first = false;
                if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                    buf = buf.subarray(3);
            }
            else if (first) {
                carry = buf;
                continue;
            }
            const end = splitPoint(buf);
            carry = buf.subarray(end);
            if (end > 0)
                yield block(buf.subarray(0, end));
        }
        if (carry.length > 0)
            yield block(carry);
    }
    /** The first invalid bytes on lines `from` … `to`; notes about earlier lines are dropped (records come in line order). */
    invalidIn(from, to) {
        while (this.invalid.length > 0 && this.invalid[0].line < from)
            this.invalid.shift();
        const first = this.invalid[0];
        return first !== undefined && first.line <= to ? first : null;
    }
    /** Notes the first invalid byte of every line of `bytes` (a block that failed the fast check), the first line being `line`. */
    note(bytes, line) {
        let start = 0;
        while (start <= bytes.length) {
            let end = start;
            while (end < bytes.length && bytes[end] !== LF && bytes[end] !== CR)
                end++;
            const bad = firstInvalid(bytes, start, end);
            if (bad >= 0)
                this.invalid.push({ line, column: bad - start + 1, byte: bytes[bad] });
            if (end >= bytes.length)
                break;
            start = end + (bytes[end] === CR && bytes[end + 1] === LF ? 2 : 1);
            line++;
        }
    }
}
/** Message for a record with invalid bytes. */
export function invalidMessage(bad) {
    return `line ${bad.line} is not UTF-8 (byte 0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')} at byte ${bad.column} of the line): save the file as UTF-8`;
}
/** Line breaks in `bytes`: LF, CRLF and lone CR each count once. */
function breaks(bytes) {
    let n = 0;
    for (let i = bytes.indexOf(LF); i >= 0; i = bytes.indexOf(LF, i + 1))
        n++;
    for (let i = bytes.indexOf(CR); i >= 0; i = bytes.indexOf(CR, i + 1))
        if (bytes[i + 1] !== LF)
            n++;
    return n;
}
/**
 * Where to cut `buf` so that the part before ends at a line break that is complete (a CR at the
 * very end may be the first half of a CRLF), or, for a long run without one, at a character
 * boundary. The rest waits for the next chunk.
 */
function splitPoint(buf) {
    const lf = buf.lastIndexOf(LF);
    let cr = buf.lastIndexOf(CR);
    if (cr === buf.length - 1)
        cr = cr === 0 ? -1 : buf.lastIndexOf(CR, cr - 1); // (a negative offset would count from the end)
    const end = Math.max(lf, cr) + 1;
    if (end > 0 || buf.length < MAX_BLOCK)
        return end;
    let cut = buf.length - (buf[buf.length - 1] === CR ? 1 : 0);
    for (let back = 0; back < 3 && cut > 0 && (buf[cut] & 0xc0) === 0x80; back++)
        cut--;
    return cut;
}
/** Index of the first byte in [from, to) that does not belong to a well-formed UTF-8 sequence, or -1. */
function firstInvalid(b, from, to) {
    let i = from;
    while (i < to) {
        const c = b[i];
        let n;
        let min;
        if (c < 0x80) {
            i++;
            continue;
        }
        else if (c >= 0xc2 && c <= 0xdf)
            [n, min] = [1, 0x80];
        else if (c >= 0xe0 && c <= 0xef)
            [n, min] = [2, 0x800];
        else if (c >= 0xf0 && c <= 0xf4)
            [n, min] = [3, 0x10000];
        else
            return i;
        if (i + n >= to)
            return i;
        let cp = c & (0x3f >> n);
        for (let k = 1; k <= n; k++) {
            const cc = b[i + k];
            if ((cc & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += n + 1;
    }
    return -1;
}
