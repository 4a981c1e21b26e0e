import { splitLines } from '../diagnostics/lines.js';
import { visible } from '../runtime/escape.js';
const TAB_WIDTH = 4;
/** Source lines wider than this are cut around the caret (`...`), so output stays bounded. */
const MAX_LINE_WIDTH = 120;
/** How much of a cut line is kept before the caret. */
const CONTEXT_BEFORE = 40;
const ansi = {
    error: '\u001b[1;31m',
    warning: '\u001b[1;33m',
    note: '\u001b[1;32m',
    help: '\u001b[1;36m',
    gutter: '\u001b[1;34m',
    bold: '\u001b[1m',
};
function painter(color) {
    return color ? (style, s) => (s === '' ? s : `${ansi[style]}${s}\u001b[0m`) : (_style, s) => s;
}
/** A source line as shown: tabs expanded, control and bidi characters made visible (`\x1b`, `\u202e`). */
function displayLine(s) {
    let out = '';
    for (const ch of s)
        out += ch === '\t' ? ' '.repeat(TAB_WIDTH) : visible(ch);
    return out;
}
/** Display width of a prefix of a line, as displayLine shows it; a surrogate pair counts once. */
function displayWidth(s) {
    let w = 0;
    for (const ch of s)
        w += ch === '\t' ? TAB_WIDTH : ch.length === 2 ? 1 : visible(ch).length;
    return w;
}
export function location(file, range) {
    return `${file}:${range.start.line}:${range.start.column}`;
}
/** Gutter width for a set of ranges: the width of the largest line number shown. */
function gutterWidth(ranges) {
    return Math.max(1, ...ranges.map((r) => String(r.start.line).length));
}
/**
 * The source line of a range with carets under it. A range that spans lines is underlined to the
 * end of its first line; an empty range (a missing token) gets a single caret.
 */
function snippet(lines, range, width, caretStyle, paint) {
    const lineNo = Math.min(Math.max(range.start.line, 1), Math.max(lines.length, 1));
    const raw = lines[lineNo - 1] ?? '';
    const startCol = Math.max(1, Math.min(range.start.column, raw.length + 1));
    const endCol = range.end.line > range.start.line ? raw.length + 1 : Math.min(Math.max(range.end.column, startCol), raw.length + 1);
    const bar = paint('gutter', `${' '.repeat(width)} |`);
    const { shown, before, under } = cut([...displayLine(raw)], displayWidth(raw.slice(0, startCol - 1)), Math.max(1, displayWidth(raw.slice(startCol - 1, endCol - 1))));
    return [
        bar,
        `${paint('gutter', `${String(lineNo).padStart(width)} |`)}${shown === '' ? '' : ` ${shown}`}`,
        `${bar} ${' '.repeat(before)}${paint(caretStyle, '^'.repeat(under))}`,
    ];
}
/**
 * A line wider than MAX_LINE_WIDTH as a window around the caret, `...` marking what is cut (as
 * rustc does); the caret position and length are moved into the window.
 */
function cut(chars, before, under) {
    if (chars.length <= MAX_LINE_WIDTH)
        return { shown: chars.join(''), before, under };
    const from = Math.max(0, Math.min(before - CONTEXT_BEFORE, chars.length - MAX_LINE_WIDTH));
    const to = Math.min(chars.length, from + MAX_LINE_WIDTH);
    const lead = from > 0 ? '...' : '';
    const shown = `${lead}${chars.slice(from, to).join('')}${to < chars.length ? '...' : ''}`;
    const start = before - from;
    return { shown, before: start + lead.length, under: Math.max(1, Math.min(under, to - from - start)) };
}
/** One diagnostic, rustc-style, as lines of text (no trailing newline). */
export function renderDiagnostic(d, file, text, options = {}) {
    return renderOne(d, file, splitLines(text), options);
}
function renderOne(d, file, lines, options) {
    const paint = painter(options.color);
    const width = gutterWidth([d.range, ...d.related.map((r) => r.range)]);
    const indent = ' '.repeat(width);
    const out = [];
    out.push(`${paint(d.severity, `${d.severity}[${d.code}]`)}${paint('bold', `: ${visible(d.message)}`)}`);
    out.push(`${indent}${paint('gutter', '-->')} ${location(visible(file), d.range)}`);
    out.push(...snippet(lines, d.range, width, d.severity, paint));
    if (d.fix) {
        out.push(paint('gutter', `${indent} |`));
        out.push(`${indent} ${paint('bold', '= help')}: ${visible(d.fix.title)}`);
    }
    for (const r of d.related) {
        const other = r.file === undefined ? undefined : options.otherFile?.(r.file);
        const name = other?.name ?? (r.file === undefined ? file : r.file);
        out.push(`${paint('note', 'note')}: ${visible(r.message)} ${paint('gutter', '-->')} ${location(visible(name), r.range)}`);
        if (r.file === undefined || other)
            out.push(...snippet(other ? splitLines(other.text) : lines, r.range, width, 'note', paint));
    }
    return out.join('\n');
}
/** All diagnostics of one file, separated by blank lines, ending in a newline (or empty). */
export function renderDiagnostics(diagnostics, file, text, options = {}) {
    const lines = splitLines(text);
    return diagnostics.map((d) => `${renderOne(d, file, lines, options)}\n\n`).join('');
}
/** A problem without a source location (a file that cannot be read): one line. */
export function renderFileError(code, message, options = {}) {
    const paint = painter(options.color);
    return `${paint('error', `error[${code}]`)}${paint('bold', `: ${visible(message)}`)}`;
}
/** `nameOf`: how a related location in another file (an import) names that file. */
export function toJsonDiagnostic(d, file, nameOf = (p) => p) {
    return {
        file,
        code: d.code,
        severity: d.severity,
        message: d.message,
        range: d.range,
        related: d.related.map((r) => r.file === undefined ? { message: r.message, range: r.range } : { message: r.message, range: r.range, file: nameOf(r.file) }),
        fix: d.fix ? { title: d.fix.title, edits: d.fix.edits.map((e) => ({ range: e.range, newText: e.newText })) } : null,
    };
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** `2 errors, 1 warning in 3 files` or `no problems in 1 file`. */
export function summaryLine(errors, warnings, files) {
    const parts = [];
    if (errors > 0)
        parts.push(plural(errors, 'error'));
    if (warnings > 0)
        parts.push(plural(warnings, 'warning'));
    return `${parts.length > 0 ? parts.join(', ') : 'no problems'} in ${plural(files, 'file')}`;
}
