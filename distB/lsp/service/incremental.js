import { checkParsed } from '../../compiler/analyze.js';
import { documentRange } from '../../grammar/build-ast.js';
import { parse } from '../../grammar/index.js';
import * as T from '../../grammar/tokens.js';
import { installFollowsCache } from './parser-cache.js';
installFollowsCache();
function isPosition(o) {
    return typeof o['offset'] === 'number' && typeof o['line'] === 'number' && typeof o['column'] === 'number';
}
/** Moves every position in AST-like data once (ranges may be shared between nodes). */
function shiftData(root, s, done) {
    if (root === null || typeof root !== 'object')
        return;
    if (Array.isArray(root)) {
        for (const v of root)
            shiftData(v, s, done);
        return;
    }
    const o = root;
    if (isPosition(o)) {
        if (done.has(o))
            return;
        done.add(o);
        if (o['line'] === 1)
            o['column'] = o['column'] + s.firstLineColumns;
        o['line'] = o['line'] + s.lines;
        o['offset'] = o['offset'] + s.offset;
        return;
    }
    for (const k in o) {
        const v = o[k];
        if (v !== null && typeof v === 'object')
            shiftData(v, s, done);
    }
}
function shiftTokens(tokens, s) {
    for (const t of tokens) {
        const endLine = t.endLine ?? t.startLine ?? 1;
        if (t.startLine === 1)
            t.startColumn = (t.startColumn ?? 1) + s.firstLineColumns;
        if (endLine === 1)
            t.endColumn = (t.endColumn ?? 1) + s.firstLineColumns;
        t.startOffset += s.offset;
        t.endOffset = (t.endOffset ?? t.startOffset - s.offset) + s.offset;
        t.startLine = (t.startLine ?? 1) + s.lines;
        t.endLine = endLine + s.lines;
    }
}
/** Parses a piece of the text that starts at (offset, line, column) as if it stood there. */
function parseAt(text, start, end, line, column) {
    const result = parse(text.slice(start, end));
    if (start === 0 && line === 1 && column === 1)
        return result;
    const s = { offset: start, lines: line - 1, firstLineColumns: column - 1 };
    const done = new Set();
    shiftData(result.document, s, done);
    shiftData(result.comments, s, done);
    shiftData(result.diagnostics, s, done);
    shiftTokens(result.tokens, s);
    return result;
}
/** Moves a reused segment that starts a line (so its columns stay) by whole lines. */
function moveSegment(seg, offset, lines) {
    if (offset === 0 && lines === 0)
        return seg;
    const s = { offset, lines, firstLineColumns: 0 };
    const done = new Set();
    shiftTokens(seg.tokens, s);
    shiftData(seg.comments, s, done);
    shiftData(seg.declarations, s, done);
    seg.start += offset;
    seg.end += offset;
    seg.line += lines;
    return seg;
}
function slice(result, from, to) {
    return {
        tokens: result.tokens.filter((t) => t.startOffset >= from && t.startOffset < to),
        comments: result.comments.filter((c) => c.range.start.offset >= from && c.range.start.offset < to),
        declarations: result.document.declarations.filter((d) => d.range.start.offset >= from && d.range.start.offset < to),
    };
}
/** Splits a clean parse of [start, end) into one segment per declaration. */
function partition(result, start, end, line, column) {
    const decls = result.document.declarations;
    const segments = [];
    const count = Math.max(1, decls.length);
    for (let i = 0; i < count; i++) {
        const from = i === 0 ? { offset: start, line, column } : decls[i].range.start;
        const to = i + 1 < decls.length ? decls[i + 1].range.start.offset : end;
        segments.push({
            start: from.offset,
            end: to,
            line: from.line,
            column: from.column,
            ...slice(result, from.offset, to),
            diagnostics: [],
        });
    }
    return segments;
}
function isClean(result) {
    return result.diagnostics.length === 0;
}
function countLines(text, from, to) {
    let n = 0;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            n++;
        else if (c === 13) {
            n++;
            if (text.charCodeAt(i + 1) === 10)
                i++;
        }
    }
    return n;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
// ---------------------------------------------------------------------------------------------
function fromScratch(text) {
    const result = parse(text);
    if (isClean(result))
        return { text, segments: partition(result, 0, text.length, 1, 1), tail: null };
    return { text, segments: [], tail: { start: 0, line: 1, column: 1, result } };
}
function update(old, text) {
    const oldText = old.text;
    if (oldText === text)
        return old;
    const max = Math.min(oldText.length, text.length);
    let p = 0;
    // Typing at the end and deleting from the end are common: let the engine compare those.
    if (text.startsWith(oldText))
        p = oldText.length;
    else if (oldText.startsWith(text))
        p = text.length;
    else
        while (p < max && oldText.charCodeAt(p) === text.charCodeAt(p))
            p++;
    let s = 0;
    while (s < max - p && oldText.charCodeAt(oldText.length - 1 - s) === text.charCodeAt(text.length - 1 - s))
        s++;
    const delta = text.length - oldText.length;
    const segs = old.segments;
    // Clean segments before the change whose following declaration keyword is unchanged too.
    let a = 0;
    while (a < segs.length && segs[a].diagnostics.length === 0) {
        const keyword = a + 1 < segs.length ? segs[a + 1].tokens[0] : old.tail?.result.tokens[0];
        if (!keyword || !T.declarationStarters.has(keyword.tokenType))
            break;
        if ((keyword.endOffset ?? keyword.startOffset) + 2 > p)
            break;
        a++;
    }
    // Clean segments after the change that start a line: the same text, moved.
    const oldChangeEnd = oldText.length - s;
    let c = segs.length;
    while (c > a && old.tail === null) {
        const seg = segs[c - 1];
        if (seg.diagnostics.length > 0 || seg.start - 1 < oldChangeEnd || oldText.charCodeAt(seg.start - 1) !== 10)
            break;
        if (seg.tokens.length === 0 || !T.declarationStarters.has(seg.tokens[0].tokenType))
            break;
        c--;
    }
    const at = a < segs.length ? segs[a] : old.tail;
    const start = at && a > 0 ? at.start : 0;
    const line = at && a > 0 ? at.line : 1;
    const column = at && a > 0 ? at.column : 1;
    const regionEnd = c < segs.length ? segs[c].start + delta : text.length;
    if (regionEnd < start)
        return fromScratch(text);
    const suffixLines = () => (c < segs.length ? line + countLines(text, start, regionEnd) - segs[c].line : 0);
    const region = parseAt(text, start, regionEnd, line, column);
    if (isClean(region)) {
        const lines = suffixLines();
        const suffix = segs.slice(c).map((seg) => moveSegment(seg, delta, lines));
        return { text, segments: [...segs.slice(0, a), ...partition(region, start, regionEnd, line, column), ...suffix], tail: null };
    }
    // The region parsed alone has the same problems as in the whole text, with one exception: a
    // message about its first token may quote the token before it, which belongs to the previous
    // declaration. Then parse from one clean segment earlier.
    const back = a > 0 ? segs[a - 1] : null;
    const here = { start, line, column };
    const before = back ? { start: back.start, line: back.line, column: back.column } : here;
    const local = (r, from) => {
        const first = r.tokens.find((t) => t.startOffset >= from);
        return !!first && r.diagnostics.every((d) => d.range.start.offset > first.startOffset);
    };
    if (c < segs.length) {
        // Parse on into the next declaration: if it comes out exactly as before, with no problem in
        // it, the parser is back in step and everything after it is unchanged.
        const lines = suffixLines();
        const suffix = segs.slice(c).map((seg) => moveSegment(seg, delta, lines));
        const next = suffix[0];
        for (const from of back ? [here, before] : [here]) {
            const piece = parseAt(text, from.start, next.end, from.line, from.column);
            const tail = slice(piece, next.start, next.end);
            const inStep = piece.diagnostics.every((d) => d.range.end.offset <= next.start) &&
                tail.tokens.length === next.tokens.length &&
                same(tail.declarations, next.declarations);
            if (!inStep)
                break;
            if (from === here && back && !local(piece, start))
                continue;
            const out = segs.slice(0, from === here ? a : a - 1);
            let brokenFrom = from;
            if (from !== here && back) {
                // The previous declaration may still be clean on its own.
                const head = slice(piece, back.start, back.end);
                if (same(head.declarations, back.declarations) &&
                    head.tokens.length === back.tokens.length &&
                    piece.diagnostics.every((d) => d.range.start.offset >= back.end)) {
                    out.push(back);
                    brokenFrom = here;
                }
            }
            out.push({
                start: brokenFrom.start,
                end: next.start,
                line: brokenFrom.line,
                column: brokenFrom.column,
                ...slice(piece, brokenFrom.start, next.start),
                diagnostics: piece.diagnostics,
            });
            return { text, segments: [...out, ...suffix], tail: null };
        }
    }
    else if (!back || local(region, start)) {
        return { text, segments: segs.slice(0, a), tail: { ...here, result: region } };
    }
    const kept = segs.slice(0, back ? a - 1 : a);
    const tail = parseAt(text, before.start, text.length, before.line, before.column);
    if (isClean(tail))
        return { text, segments: [...kept, ...partition(tail, before.start, text.length, before.line, before.column)], tail: null };
    return { text, segments: kept, tail: { ...before, result: tail } };
}
function assemble(state) {
    const tokens = [];
    const comments = [];
    const declarations = [];
    const diagnostics = [];
    for (const seg of state.segments) {
        for (const t of seg.tokens)
            tokens.push(t);
        for (const cm of seg.comments)
            comments.push(cm);
        for (const d of seg.declarations)
            declarations.push(d);
        for (const d of seg.diagnostics)
            diagnostics.push(d);
    }
    const tail = state.tail;
    if (tail) {
        for (const t of tail.result.tokens)
            tokens.push(t);
        for (const cm of tail.result.comments)
            comments.push(cm);
        for (const d of tail.result.document.declarations)
            declarations.push(d);
        diagnostics.push(...tail.result.diagnostics);
    }
    const document = { kind: 'Document', declarations, range: documentRange(tokens) };
    return checkParsed({ document, comments, diagnostics, tokens }, state.text);
}
/** Analyses successive versions of one document, reusing what an edit did not touch. */
export class IncrementalAnalyzer {
    state = null;
    analyze(text) {
        try {
            this.state = this.state ? update(this.state, text) : fromScratch(text);
        }
        catch {
            this.state = fromScratch(text);
        }
        return assemble(this.state);
    }
}
