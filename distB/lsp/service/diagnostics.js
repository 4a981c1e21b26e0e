/** Diagnostics and quick fixes: the compiler's diagnostics as LSP diagnostics, fixes as code actions. */
import { CodeActionKind, DiagnosticSeverity, } from 'vscode-languageserver';
export function toLspDiagnostic(doc, d) {
    const out = {
        range: doc.range(d.range),
        severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        code: d.code,
        source: 'slac',
        message: d.message,
    };
    if (d.related.length > 0) {
        out.relatedInformation = d.related.map((r) => ({
            location: r.file === undefined ? { uri: doc.uri, range: doc.range(r.range) } : doc.locationIn(r.file, r.range),
            message: r.message,
        }));
    }
    const data = { version: doc.version };
    if (d.fix)
        data.fix = toLspFix(doc, d.fix);
    out.data = data;
    return out;
}
function toLspFix(doc, fix) {
    return { title: fix.title, edits: fix.edits.map((e) => ({ range: doc.range(e.range), newText: e.newText })) };
}
export function validate(doc) {
    return doc.analysis.diagnostics.map((d) => toLspDiagnostic(doc, d));
}
function overlaps(a, b) {
    const before = (p, q) => p.line < q.line || (p.line === q.line && p.character < q.character);
    return !before(a.end, b.start) && !before(b.end, a.start);
}
/**
 * Quick fixes for the diagnostics that carry a fix, in the requested range. The fixes come from
 * the current analysis of the document (never from a stale published diagnostic), and each code
 * action names the diagnostic it resolves.
 */
export function codeActions(doc, range, context) {
    if (context?.only &&
        !context.only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${k}.`) || k === CodeActionKind.Empty)) {
        return [];
    }
    const actions = [];
    for (const d of doc.analysis.diagnostics) {
        if (!d.fix)
            continue;
        const lsp = toLspDiagnostic(doc, d);
        if (!overlaps(lsp.range, range))
            continue;
        const fix = lsp.data.fix;
        actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [lsp],
            isPreferred: true,
            edit: { changes: { [doc.uri]: fix.edits } },
        });
    }
    return actions;
}
