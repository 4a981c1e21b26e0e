/**
 * Incremental analysis: the same result as `analyze(text)`, without re-parsing the declarations
 * an edit did not touch.
 *
 * The text is kept as a list of segments, one per top-level declaration (a segment owns the text
 * from its declaration keyword up to the next one, comments and blank lines included). A segment
 * is kept only while it parses cleanly on its own: then the grammar guarantees that parsing it in
 * place gives the same tree, because every declaration starts with a keyword that nothing before
 * it can absorb, and what follows a clean declaration is again the start of a declaration.
 *
 * On an edit, the segments wholly before and after the changed text are reused (the ones after
 * shifted to their new positions); the changed region is parsed with the grammar's own `parse`.
 * If that region has any syntax problem, everything from its start to the end of the text is
 * parsed as one piece, as the full parse would (so recovery and its messages are the same). The
 * checker and the lowering then run on the whole tree, exactly as `analyze` runs them.
 *
 * `test/lsp/incremental.test.ts` compares the two on random edits of every example.
 */
import type { IToken } from 'chevrotain';
import type { Analysis } from '../../compiler/analyze.js';
import { sortDiagnostics, type Diagnostic } from '../../compiler/diagnostics.js';
import { lower } from '../../compiler/lower.js';
import { runChecks } from '../../compiler/passes/index.js';
import type * as A from '../../grammar/ast.js';
import { parse, type ParseResult } from '../../grammar/index.js';
import * as T from '../../grammar/tokens.js';

interface Segment {
  /** Owned text: [start, end) of the full text. */
  start: number;
  end: number;
  /** 1-based line and column of `start`. */
  line: number;
  column: number;
  tokens: IToken[];
  comments: A.Comment[];
  declarations: A.Declaration[];
}

/** Everything from `start` to the end of the text, parsed in one piece because it has problems. */
interface Tail {
  start: number;
  result: ParseResult;
}

interface State {
  text: string;
  segments: Segment[];
  tail: Tail | null;
}

const noPosition: A.Position = { line: 1, column: 1, offset: 0 };

const declarationStarters = new Set([
  T.Agreement, T.Service, T.Exclusions, T.Customer, T.Calendar, T.Priority, T.Targets, T.Tier, T.Objective,
  T.Credits, T.Credit, T.Bonus, T.Escalation, T.Reporting, T.Scenario,
]);

// ---------------------------------------------------------------------------------------------
// Moving parse results

interface Shift {
  offset: number;
  /** Added to every line. */
  lines: number;
  /** Added to the columns of positions on the first line (line 1 before the shift). */
  firstLineColumns: number;
}

/** A deep copy of AST-like data with every position moved; shared objects stay shared. */
function shiftData<T>(value: T, s: Shift, seen = new Map<object, unknown>()): T {
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value as object);
  if (known !== undefined) return known as T;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const v of value) out.push(shiftData(v, s, seen));
    return out as T;
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj['line'] === 'number' && typeof obj['column'] === 'number' && typeof obj['offset'] === 'number' && Object.keys(obj).length === 3) {
    const p = { line: obj['line'] + s.lines, column: obj['line'] === 1 ? obj['column'] + s.firstLineColumns : obj['column'], offset: obj['offset'] + s.offset };
    seen.set(value, p);
    return p as T;
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(obj)) out[k] = shiftData(v, s, seen);
  return out as T;
}

function shiftToken(t: IToken, s: Shift): IToken {
  const firstLine = t.startLine === 1;
  return {
    ...t,
    startOffset: t.startOffset + s.offset,
    endOffset: (t.endOffset ?? t.startOffset) + s.offset,
    startLine: (t.startLine ?? 1) + s.lines,
    endLine: (t.endLine ?? t.startLine ?? 1) + s.lines,
    startColumn: firstLine ? (t.startColumn ?? 1) + s.firstLineColumns : t.startColumn,
    endColumn: t.endLine === 1 ? (t.endColumn ?? 1) + s.firstLineColumns : t.endColumn,
  };
}

/** Parses a piece of the text that starts at (offset, line, column) as if it stood there. */
function parseAt(text: string, start: number, end: number, line: number, column: number): ParseResult {
  const result = parse(text.slice(start, end));
  if (start === 0 && line === 1 && column === 1) return result;
  const s: Shift = { offset: start, lines: line - 1, firstLineColumns: column - 1 };
  return {
    document: shiftData(result.document, s),
    comments: shiftData(result.comments, s),
    diagnostics: shiftData(result.diagnostics, s),
    tokens: result.tokens.map((t) => shiftToken(t, s)),
  };
}

/** Moves a reused segment that keeps its column (it starts a line) by whole lines. */
function moveSegment(seg: Segment, offset: number, lines: number): Segment {
  if (offset === 0 && lines === 0) return seg;
  const s: Shift = { offset, lines, firstLineColumns: 0 };
  return {
    start: seg.start + offset,
    end: seg.end + offset,
    line: seg.line + lines,
    column: seg.column,
    tokens: seg.tokens.map((t) => ({
      ...t,
      startOffset: t.startOffset + offset,
      endOffset: (t.endOffset ?? t.startOffset) + offset,
      startLine: (t.startLine ?? 1) + lines,
      endLine: (t.endLine ?? t.startLine ?? 1) + lines,
    })),
    comments: shiftData(seg.comments, s),
    declarations: shiftData(seg.declarations, s),
  };
}

/** Splits a clean parse of [start, end) into one segment per declaration. */
function partition(result: ParseResult, start: number, end: number, line: number, column: number): Segment[] {
  const decls = result.document.declarations;
  const bounds = decls.map((d) => d.range.start);
  const segments: Segment[] = [];
  const count = Math.max(1, decls.length);
  for (let i = 0; i < count; i++) {
    const from = i === 0 ? { offset: start, line, column } : bounds[i]!;
    const to = i + 1 < decls.length ? bounds[i + 1]!.offset : end;
    segments.push({
      start: from.offset,
      end: to,
      line: from.line,
      column: from.column,
      tokens: result.tokens.filter((t) => t.startOffset >= from.offset && t.startOffset < to),
      comments: result.comments.filter((c) => c.range.start.offset >= from.offset && c.range.start.offset < to),
      declarations: decls[i] ? [decls[i]!] : [],
    });
  }
  return segments;
}

function isClean(result: ParseResult): boolean {
  return result.diagnostics.length === 0;
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

// ---------------------------------------------------------------------------------------------

function fromScratch(text: string): State {
  const result = parse(text);
  if (isClean(result)) return { text, segments: partition(result, 0, text.length, 1, 1), tail: null };
  return { text, segments: [], tail: { start: 0, result } };
}

function update(old: State, text: string): State {
  const oldText = old.text;
  if (oldText === text) return old;
  const max = Math.min(oldText.length, text.length);
  let p = 0;
  while (p < max && oldText.charCodeAt(p) === text.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && oldText.charCodeAt(oldText.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  const delta = text.length - oldText.length;

  // Segments before the change, whose following declaration keyword is unchanged too.
  const segs = old.segments;
  let a = 0;
  while (a < segs.length) {
    const next = segs[a + 1];
    const keyword = next?.tokens[0];
    if (!next || !keyword) break;
    const keywordEnd = (keyword.endOffset ?? keyword.startOffset) + 1;
    if (keywordEnd + 1 > p) break;
    a++;
  }
  // Segments after the change that start a line: the same text, moved.
  const oldChangeEnd = oldText.length - s;
  let c = segs.length;
  while (c > a && old.tail === null) {
    const seg = segs[c - 1]!;
    if (seg.start - 1 < oldChangeEnd || oldText.charCodeAt(seg.start - 1) !== 10 || seg.tokens.length === 0 || !declarationStarters.has(seg.tokens[0]!.tokenType)) break;
    c--;
  }
  const prefix = segs.slice(0, a);
  const start = a > 0 ? segs[a - 1]!.end : 0;
  const line = a > 0 ? segs[a]!.line : 1;
  const column = a > 0 ? segs[a]!.column : 1;
  const regionEnd = c < segs.length ? segs[c]!.start + delta : text.length;
  if (regionEnd < start) return fromScratch(text);

  const region = parseAt(text, start, regionEnd, line, column);
  if (isClean(region)) {
    const suffixLine = c < segs.length ? line + countLines(text, start, regionEnd) : 0;
    const suffix = segs.slice(c).map((seg) => moveSegment(seg, delta, suffixLine - segs[c]!.line));
    return { text, segments: [...prefix, ...partition(region, start, regionEnd, line, column), ...suffix], tail: null };
  }
  // A syntax message may quote the token before the problem: parse from one clean segment earlier.
  const back = a > 0 ? segs[a - 1]! : null;
  const tailSegments = back ? segs.slice(0, a - 1) : prefix;
  const from = back ? { start: back.start, line: back.line, column: back.column } : { start, line, column };
  if (!back && regionEnd === text.length) return { text, segments: prefix, tail: { start, result: region } };
  const tail = parseAt(text, from.start, text.length, from.line, from.column);
  if (isClean(tail)) return { text, segments: [...tailSegments, ...partition(tail, from.start, text.length, from.line, from.column)], tail: null };
  return { text, segments: tailSegments, tail: { start: from.start, result: tail } };
}

function tokenEnd(t: IToken): A.Position {
  return { line: t.endLine ?? t.startLine ?? 1, column: (t.endColumn ?? t.startColumn ?? 0) + 1, offset: (t.endOffset ?? t.startOffset) + 1 };
}

function assemble(state: State): Analysis {
  const tokens: IToken[] = [];
  const comments: A.Comment[] = [];
  const declarations: A.Declaration[] = [];
  for (const seg of state.segments) {
    for (const t of seg.tokens) tokens.push(t);
    for (const cm of seg.comments) comments.push(cm);
    for (const d of seg.declarations) declarations.push(d);
  }
  const diagnostics: Diagnostic[] = [];
  const prefixTokens = tokens.length;
  const tail = state.tail;
  if (tail) {
    for (const t of tail.result.tokens) tokens.push(t);
    for (const cm of tail.result.comments) comments.push(cm);
    for (const d of tail.result.document.declarations) declarations.push(d);
    diagnostics.push(...tail.result.diagnostics);
  }
  let range: A.Range = { start: noPosition, end: noPosition };
  if (tokens.length > 0) {
    const first = tokens[0]!;
    const start = prefixTokens > 0 || !tail ? { line: first.startLine ?? 1, column: first.startColumn ?? 1, offset: first.startOffset } : tail.result.document.range.start;
    const end = tail && tail.result.tokens.length > 0 ? tail.result.document.range.end : tokenEnd(tokens[tokens.length - 1]!);
    range = { start, end };
  }
  const document: A.Document = { kind: 'Document', declarations, range };
  // From here on exactly as compiler/analyze.ts: check only a tree without syntax errors.
  if (diagnostics.length === 0) runChecks(document, diagnostics);
  const model = diagnostics.some((d) => d.severity === 'error') ? null : lower(document);
  return { document, comments, diagnostics: sortDiagnostics(diagnostics), tokens, model };
}

/** Analyses successive versions of one document, reusing what an edit did not touch. */
export class IncrementalAnalyzer {
  private state: State | null = null;

  analyze(text: string): Analysis {
    try {
      this.state = this.state ? update(this.state, text) : fromScratch(text);
    } catch {
      this.state = fromScratch(text);
    }
    return assemble(this.state);
  }
}
