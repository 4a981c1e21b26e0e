import { parse } from '../grammar/index.js';
import { diagnostic, sortDiagnostics } from '../diagnostics/index.js';
import { lastAtOrBefore } from '../runtime/search.js';
import { runChecks } from './passes/index.js';
import { lower } from './lower.js';
/** Diagnostics shown per file; the rest are summed up in one `too-many-problems` diagnostic. */
export const MAX_DIAGNOSTICS = 100;
/** The SHA-256 of a source text (hex): the documents print it, so a signed PDF names its source. */
export function sourceHash(text) {
    // Loaded on first use: node:crypto costs `slac check`, which builds no model, 4 ms of start-up.
    return process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex');
}
export function analyze(text, options = {}) {
    return checkParsed(parse(text), text, options);
}
/** Everything after parsing; the language service's incremental analysis ends here too. */
export function checkParsed(parsed, text, { model: wanted = true, imports } = {}) {
    const document = imports
        ? { ...parsed.document, declarations: [...parsed.document.declarations, ...imports.declarations] }
        : parsed.document;
    const diagnostics = [...parsed.diagnostics, ...checks(parsed, document, imports)];
    const counts = countProblems(diagnostics);
    // A file of shared definitions has no agreement, and no contract of its own.
    const contract = document.declarations.some((d) => d.kind === 'Agreement');
    const model = counts.errors > 0 || !wanted || !contract ? null : lower(document, sourceHash(hashed(text, imports)));
    const analysis = { ...parsed, diagnostics: capped(sortDiagnostics(diagnostics)), counts, model };
    if (imports)
        analysis.imports = imports;
    return analysis;
}
/** The text a contract's hash covers: its own, then each imported file's (named by its file name). */
function hashed(text, imports) {
    if (!imports || imports.sources.length === 0)
        return text;
    return [text, ...imports.sources.map((s) => `\0${s.path.split(/[\\/]/).pop()}\0${s.text}`)].join('');
}
export function countProblems(diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    return { errors, warnings: diagnostics.length - errors };
}
/** The checker's diagnostics, without those inside declarations that have syntax errors. */
function checks(parsed, document, imports) {
    const found = [];
    if (parsed.diagnostics.length === 0 && !imports) {
        runChecks(document, found);
        return found;
    }
    try {
        runChecks(document, found, 
        // An import with errors leaves the contract incomplete too: it is not judged complete.
        [...parsed.diagnostics, ...(imports?.diagnostics ?? [])].some((d) => d.severity === 'error'));
    }
    catch {
        // A pass that cannot make sense of a recovered tree says nothing; the syntax errors stand.
        return imports?.diagnostics ?? [];
    }
    const rehomed = [...(imports?.diagnostics ?? [])];
    const own = imports
        ? found.filter((d) => {
            const instead = imports.rehome(d);
            if (instead)
                rehomed.push(instead);
            return instead === undefined;
        })
        : found;
    if (parsed.diagnostics.length === 0)
        return [...own, ...rehomed];
    const broken = brokenSpans(parsed.document.declarations, parsed.diagnostics);
    const hidden = hiddenNames(parsed);
    return [
        ...rehomed,
        ...own.filter((d) => !broken.some(([from, to]) => d.range.start.offset >= from && d.range.start.offset < to) &&
            !(d.code === 'unknown-reference' && hidden.has(d.range.start.offset))),
    ];
}
/**
 * References to names that appear in text the parser skipped (`calender office { … }` hides the
 * calendar `office`): by their start offsets. The skipped text is reported already.
 */
function hiddenNames(parsed) {
    // Tokens and declarations are both in source order: one sweep tells inside from outside.
    const declarations = parsed.document.declarations;
    let k = 0;
    const inside = parsed.tokens.map((t) => {
        while (k < declarations.length && declarations[k].range.end.offset <= t.startOffset)
            k++;
        return k < declarations.length && declarations[k].range.start.offset <= t.startOffset;
    });
    const skipped = new Set(parsed.tokens.filter((t, i) => !inside[i] && t.tokenType.name === 'Identifier').map((t) => t.image));
    const at = new Set();
    if (skipped.size > 0)
        parsed.tokens.forEach((t, i) => inside[i] && skipped.has(t.image) && at.add(t.startOffset));
    return at;
}
/**
 * The text of each declaration that has a syntax problem, from its start to the next declaration's:
 * a problem belongs to the declaration it stands in or after, and one reported at the first word
 * of a declaration (a missing `}`) to the declaration before it as well. A problem before every
 * declaration may hide one (`agreemnt "…" {`): then what is reported missing at the start of the
 * first declaration is left out too.
 */
function brokenSpans(declarations, syntax) {
    const starts = declarations.map((d) => d.range.start.offset);
    const broken = new Set();
    for (const d of syntax) {
        const at = d.range.start.offset;
        // The last declaration that starts at or before the problem; -1 when none does.
        const k = starts.length > 0 && starts[0] <= at ? lastAtOrBefore(starts, at) : -1;
        broken.add(k);
        if (k > 0 && starts[k] === at)
            broken.add(k - 1);
    }
    return [...broken].map((k) => (k < 0 ? [0, (starts[0] ?? Infinity) + 1] : [starts[k], starts[k + 1] ?? Infinity]));
}
/** The first MAX_DIAGNOSTICS, then one diagnostic that says how many more there are. */
export function capped(sorted) {
    if (sorted.length <= MAX_DIAGNOSTICS + 1)
        return sorted;
    const hidden = sorted.slice(MAX_DIAGNOSTICS);
    const errors = hidden.filter((d) => d.severity === 'error').length;
    const kinds = [errors > 0 ? plural(errors, 'error') : '', hidden.length > errors ? plural(hidden.length - errors, 'warning') : ''];
    const more = diagnostic('too-many-problems', hidden[0].range, `${hidden.length} more problems in this file are not shown (${kinds.filter(Boolean).join(', ')}); fix the ones above first`, { severity: errors > 0 ? 'error' : 'warning' });
    return [...sorted.slice(0, MAX_DIAGNOSTICS), more];
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
