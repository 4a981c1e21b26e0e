/** Diagnostics and quick fixes: the compiler's diagnostics as LSP diagnostics, fixes as code actions. */
import { type CodeAction, type CodeActionContext, type Diagnostic as LspDiagnostic, type Range as LspRange, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { Diagnostic } from '../../diagnostics/index.js';
import type { SlacDocument } from './document.js';
/** What a published diagnostic carries in `data`, so a quick fix needs no re-analysis. */
export interface DiagnosticData {
    version: number;
    fix?: {
        title: string;
        edits: LspTextEdit[];
    };
}
export declare function toLspDiagnostic(doc: SlacDocument, d: Diagnostic): LspDiagnostic;
export declare function validate(doc: SlacDocument): LspDiagnostic[];
/**
 * Quick fixes for the diagnostics that carry a fix, in the requested range. The fixes come from
 * the current analysis of the document (never from a stale published diagnostic), and each code
 * action names the diagnostic it resolves.
 */
export declare function codeActions(doc: SlacDocument, range: LspRange, context?: CodeActionContext): CodeAction[];
