import { diagnostic } from '../diagnostics/index.js';
import { buildAst, tokenRange } from './build-ast.js';
import { parser } from './parser.js';
import { LineIndex } from '../diagnostics/lines.js';
import { syntaxDiagnostics } from './syntax-errors.js';
import { InvalidRun, slacLexer, StringLiteral, UnterminatedString } from './tokens.js';
/** Shown text of an invalid run: long runs are cut, so a message stays one short line. */
function quoteRun(run) {
    const chars = [...run];
    return chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : run;
}
/**
 * One diagnostic per run of invalid characters: runs that only spaces or tabs separate merge, so a
 * pasted block of junk is one problem, not one per character.
 */
function invalidCharacters(text, errors, lines) {
    const runs = [];
    for (const e of errors) {
        const last = runs[runs.length - 1];
        if (last && /^[ \t]*$/.test(text.slice(last.end, e.offset)))
            last.end = e.offset + e.length;
        else
            runs.push({ start: e.offset, end: e.offset + e.length });
    }
    return runs.map(({ start, end }) => {
        const run = text.slice(start, end);
        const many = end - start > 1;
        return diagnostic('invalid-character', { start: lines.position(start), end: lines.position(end) }, `unexpected character${many ? 's' : ''} '${quoteRun(run)}'`, {
            fix: {
                title: `Remove ${many ? 'them' : 'it'}`,
                edits: [{ range: { start: lines.position(start), end: lines.position(end) }, newText: '' }],
            },
        });
    });
}
export function parse(text) {
    // Chevrotain recovers from errors by throwing and catching exceptions; their stack traces are
    // never looked at, and capturing them is most of the cost of parsing broken text.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return parseText(text);
    }
    catch (e) {
        // Last resort, so that no input ever crashes the compiler or the editor.
        const start = { line: 1, column: 1, offset: 0 };
        const range = { start, end: start };
        const reason = e instanceof RangeError ? 'it is nested too deeply' : 'of an internal error in the parser; please report it';
        return {
            document: { kind: 'Document', declarations: [], range },
            comments: [],
            diagnostics: [diagnostic('syntax-error', range, `this file cannot be parsed because ${reason}`)],
            tokens: [],
        };
    }
    finally {
        Error.stackTraceLimit = limit;
    }
}
function parseText(text) {
    const lines = new LineIndex(text);
    const lexed = slacLexer.tokenize(text);
    const invalid = lexed.errors.map((e) => ({ offset: e.offset, length: e.length }));
    const tokens = [];
    const unterminated = [];
    for (const t of lexed.tokens) {
        if (t.tokenType === InvalidRun)
            invalid.push({ offset: t.startOffset, length: t.image.length });
        else if (t.tokenType === UnterminatedString) {
            unterminated.push(diagnostic('unterminated-string', tokenRange(t), 'this string has no closing quote on its line', {
                fix: { title: 'Close the string', edits: [{ range: { start: tokenRange(t).end, end: tokenRange(t).end }, newText: '"' }] },
            }));
            // Parse on as if the quote were at the end of the line.
            tokens.push({ ...t, image: `${t.image}"`, tokenType: StringLiteral, tokenTypeIdx: StringLiteral.tokenTypeIdx });
        }
        else
            tokens.push(t);
    }
    invalid.sort((a, b) => a.offset - b.offset);
    const diagnostics = [...invalidCharacters(text, invalid, lines), ...unterminated];
    const comments = (lexed.groups['comments'] ?? []).map((t) => ({
        kind: 'Comment',
        text: t.image,
        range: tokenRange(t),
    }));
    parser.input = tokens;
    // A missing token at the end of the input is reported at the last real token.
    const end = lines.position(text.length);
    const lastToken = tokens.length > 0 ? tokenRange(tokens[tokens.length - 1]) : { start: end, end };
    const cst = parser.document();
    diagnostics.push(...syntaxDiagnostics(parser.errors, tokens, lastToken));
    return { document: buildAst(cst, tokens), comments, diagnostics, tokens };
}
