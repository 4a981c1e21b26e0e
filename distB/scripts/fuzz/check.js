/**
 * One mutant through the whole pipeline, with the invariants the fuzzer checks:
 *
 *   parse, analyze, format, the evaluator module, documents (nl/en × md/html when the contract
 *   checks clean), scenarios, and the language service (validate, hover and completion at a few
 *   positions, an incremental edit from the original file to the mutant).
 *
 * - nothing throws;
 * - every diagnostic range lies inside the text, and its line and column match its offset under
 *   the one line-break rule (LF, CRLF or CR);
 * - `fmt` output parses without errors to the same AST (ranges aside) and formats to itself;
 * - the incremental analysis equals the full analysis, and leaves no state behind;
 * - documents never show ∞, NaN or Infinity.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../compiler/analyze.js';
import { renderDocument } from '../../compiler/document/index.js';
import { emitEvaluator } from '../../compiler/emit/evaluator.js';
import { format } from '../../compiler/format.js';
import { runScenarios } from '../../compiler/scenarios.js';
import { parse } from '../../grammar/index.js';
import { IncrementalAnalyzer } from '../../lsp/service/incremental.js';
import { createLanguageService } from '../../lsp/service/index.js';
/** A JSON form of a tree without its positions, for comparing ASTs. */
export function withoutRanges(value) {
    return JSON.stringify(value, (key, v) => (key === 'range' ? undefined : v));
}
/** Offset → 1-based line and column, counting LF, CRLF and a lone CR each as one line break. */
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10))
            starts.push(i + 1);
    }
    return starts;
}
function expectedPosition(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
}
function rangeProblem(text, starts, range) {
    const { start, end } = range;
    if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length))
        return `offsets ${start.offset}…${end.offset} outside 0…${text.length}`;
    for (const p of [start, end]) {
        const want = expectedPosition(starts, p.offset);
        if (p.line !== want.line || p.column !== want.column)
            return `offset ${p.offset} is at ${want.line}:${want.column}, the range says ${p.line}:${p.column}`;
    }
    return null;
}
function checkRanges(text, diagnostics, stage, out) {
    const starts = lineStarts(text);
    for (const d of diagnostics) {
        for (const r of [d.range, ...d.related.map((x) => x.range)]) {
            const problem = rangeProblem(text, starts, r);
            if (problem) {
                out.push({ kind: 'range', stage, message: `${d.code}: ${problem}` });
                return;
            }
        }
    }
}
const messageOf = (e) => (e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 300) : String(e));
/** Runs `f`; a throw becomes a failure of `stage`. */
function attempt(stage, out, f) {
    try {
        return f();
    }
    catch (e) {
        out.push({ kind: 'throw', stage, message: messageOf(e) });
        return undefined;
    }
}
const syntaxCodes = new Set(['syntax-error', 'invalid-character', 'unterminated-string']);
const emptyParse = withoutRanges(parse('').document) + JSON.stringify(parse('').document.range);
const service = createLanguageService();
let uriCounter = 0;
function checkFormat(text, out) {
    const first = attempt('format', out, () => format(text));
    if (!first || first.diagnostics.some((d) => d.severity === 'error'))
        return;
    const reparsed = attempt('format', out, () => parse(first.text));
    if (!reparsed)
        return;
    const errors = reparsed.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) {
        out.push({
            kind: 'fmt-reparse',
            stage: 'format',
            message: `the formatted text does not parse: ${errors[0].code} at ${errors[0].range.start.line}:${errors[0].range.start.column}: ${errors[0].message}`,
        });
        return;
    }
    if (withoutRanges(reparsed.document) !== withoutRanges(parse(text).document)) {
        out.push({ kind: 'fmt-ast', stage: 'format', message: 'the formatted text parses to a different AST' });
        return;
    }
    const second = attempt('format', out, () => format(first.text));
    if (second && second.text !== first.text)
        out.push({ kind: 'fmt-idempotent', stage: 'format', message: 'formatting the formatted text changes it' });
}
function checkIncremental(base, text, full, out) {
    const analyzer = new IncrementalAnalyzer();
    const result = attempt('incremental', out, () => {
        analyzer.analyze(base);
        return analyzer.analyze(text);
    });
    if (!result)
        return;
    const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
    const syntax = full.diagnostics.some((d) => syntaxCodes.has(d.code));
    if (!same(result.diagnostics, full.diagnostics))
        out.push({ kind: 'incremental', stage: 'incremental', message: 'incremental and full analysis give different diagnostics' });
    else if (syntax ? withoutRanges(result.document) !== withoutRanges(full.document) : !same(result.document, full.document)) {
        out.push({ kind: 'incremental', stage: 'incremental', message: 'incremental and full analysis give different ASTs' });
    }
    else if (!syntax && !same(result.model, full.model))
        out.push({ kind: 'incremental', stage: 'incremental', message: 'incremental and full analysis give different models' });
    const after = parse('').document;
    if (withoutRanges(after) + JSON.stringify(after.range) !== emptyParse)
        out.push({
            kind: 'state',
            stage: 'incremental',
            message: `parse('') after an incremental analysis gives a document range at ${after.range.start.line}:${after.range.start.column}`,
        });
}
function checkDocuments(full, out) {
    const model = full.model;
    if (!model)
        return;
    attempt('emit', out, () => emitEvaluator(model, 'mutant.sla'));
    for (const lang of ['nl', 'en']) {
        for (const fmt of ['md', 'html']) {
            const doc = attempt(`render ${lang} ${fmt}`, out, () => renderDocument(model, { lang, format: fmt }));
            const bad = doc?.match(/∞|NaN|Infinity/);
            if (bad)
                out.push({ kind: 'infinity', stage: `render ${lang} ${fmt}`, message: `the document shows ${bad[0]}` });
        }
    }
    attempt('scenarios', out, () => runScenarios(model, { file: 'mutant.sla' }));
}
function checkService(base, text, positions, out) {
    const uri = `file:///fuzz/m${++uriCounter}.sla`;
    const before = TextDocument.create(uri, 'slac', 1, base);
    attempt('lsp validate', out, () => service.validate(before));
    const doc = TextDocument.create(uri, 'slac', 2, text);
    attempt('lsp validate', out, () => service.validate(doc));
    for (const offset of positions) {
        const p = doc.positionAt(offset);
        attempt('lsp hover', out, () => service.hover(doc, p));
        attempt('lsp completion', out, () => service.complete(doc, p));
    }
    service.close(uri);
}
export function partOf(stage) {
    if (stage === 'parse' || stage === 'analyze' || stage === 'incremental' || stage === 'format')
        return stage;
    return stage.startsWith('lsp') ? 'lsp' : 'documents';
}
/** Every check on one mutant of `base` (or only `part`); `positions` are offsets for hover and completion. */
export function checkMutant(base, text, positions, part = null) {
    const out = [];
    const wants = (p) => part === null || part === p;
    if (wants('parse')) {
        const parsed = attempt('parse', out, () => parse(text));
        if (parsed)
            checkRanges(text, parsed.diagnostics, 'parse', out);
    }
    if (wants('analyze') || wants('incremental') || wants('documents')) {
        const full = attempt('analyze', out, () => analyze(text));
        if (full) {
            if (wants('analyze'))
                checkRanges(text, full.diagnostics, 'analyze', out);
            if (wants('incremental'))
                checkIncremental(base, text, full, out);
            if (wants('documents'))
                checkDocuments(full, out);
        }
    }
    if (wants('format'))
        checkFormat(text, out);
    if (wants('lsp'))
        checkService(base, text, positions, out);
    return out;
}
