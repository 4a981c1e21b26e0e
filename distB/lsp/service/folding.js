/** Folding: every `{ … }` block, and runs of line comments. */
import { FoldingRangeKind } from 'vscode-languageserver';
import { LCurly, RCurly } from '../../grammar/tokens.js';
export function foldingRanges(doc) {
    const ranges = [];
    const open = [];
    for (const t of doc.analysis.tokens) {
        if (t.tokenType === LCurly)
            open.push(t.startOffset);
        else if (t.tokenType === RCurly) {
            const start = open.pop();
            if (start === undefined)
                continue;
            const startLine = doc.positionAt(start).line;
            // Keep the closing brace visible.
            const endLine = doc.positionAt(t.startOffset).line - 1;
            if (endLine > startLine)
                ranges.push({ startLine, endLine });
        }
    }
    let run = null;
    const flush = () => {
        if (run && run.end > run.start)
            ranges.push({ startLine: run.start, endLine: run.end, kind: FoldingRangeKind.Comment });
        run = null;
    };
    for (const c of doc.analysis.comments) {
        const line = doc.positionAt(c.range.start.offset).line;
        // Only comments that stand on their own line form a foldable run.
        const lineStart = doc.text.lastIndexOf('\n', c.range.start.offset - 1) + 1;
        const own = doc.text.slice(lineStart, c.range.start.offset).trim() === '';
        if (own && run && line === run.end + 1)
            run.end = line;
        else {
            flush();
            if (own)
                run = { start: line, end: line };
        }
    }
    flush();
    return ranges.sort((a, b) => a.startLine - b.startLine);
}
