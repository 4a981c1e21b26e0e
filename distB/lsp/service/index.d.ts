/**
 * The slac language service: every editor feature as a plain function of a document and a
 * position, with no connection, no process and no clock (the vscode-css-languageservice model).
 * The server (lsp/server) only wires these to the protocol; tests call them directly.
 */
import type { CodeAction, CodeActionContext, CodeLens, CompletionItem, CompletionList, Diagnostic, DocumentHighlight, DocumentLink, DocumentSymbol, FoldingRange, Hover, InlayHint, Location, Position, Range, SemanticTokens, TextEdit, WorkspaceEdit, WorkspaceSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ScenarioResult } from '../../compiler/scenarios.js';
import { type RenderedContract } from './contract-html.js';
import { type SlacDocument } from './document.js';
import { WorkspaceIndex } from './workspace-symbols.js';
export { UserError } from './navigation.js';
export { RENDER_CONTRACT_COMMAND, type RenderedContract } from './contract-html.js';
export { RUN_SCENARIOS_COMMAND } from './scenarios.js';
export { Abandoned, inSteps } from './steps.js';
export type { ScenarioResult } from '../../compiler/scenarios.js';
export { semanticTokensLegend } from './semantic-tokens.js';
export type { SlacDocument } from './document.js';
export interface LanguageService {
    /** The analysed document (cached per version). */
    analyse(document: TextDocument): SlacDocument;
    /** The syntax and semantic diagnostics of the text (the diagnostics of an edit). */
    validate(document: TextDocument): Diagnostic[];
    /** Runs the scenarios (once per version) and returns their failures as diagnostics. */
    scenarioDiagnostics(document: TextDocument): Diagnostic[];
    /** The scenario failures if this version's scenarios have run; never runs them. */
    knownScenarioDiagnostics(document: TextDocument): Diagnostic[];
    /** Runs the scenarios (once per version); null while the contract has errors. */
    runScenarios(document: TextDocument): ScenarioResult[] | null;
    complete(document: TextDocument, position: Position): CompletionList;
    resolveCompletion(item: CompletionItem): CompletionItem;
    hover(document: TextDocument, position: Position): Hover | null;
    definition(document: TextDocument, position: Position): Location[];
    references(document: TextDocument, position: Position, options?: {
        includeDeclaration?: boolean;
    }): Location[];
    documentHighlights(document: TextDocument, position: Position): DocumentHighlight[];
    prepareRename(document: TextDocument, position: Position): {
        range: Range;
        placeholder: string;
    } | null;
    /** Throws UserError for a name that is not valid or already taken. */
    rename(document: TextDocument, position: Position, newName: string): WorkspaceEdit | null;
    documentSymbols(document: TextDocument): DocumentSymbol[];
    /** Minimal edits; only those touching `range` when given. Throws UserError on syntax errors. */
    format(document: TextDocument, range?: Range): TextEdit[];
    semanticTokens(document: TextDocument, range?: Range): SemanticTokens;
    codeActions(document: TextDocument, range: Range, context?: CodeActionContext): CodeAction[];
    foldingRanges(document: TextDocument): FoldingRange[];
    inlayHints(document: TextDocument, range?: Range): InlayHint[];
    /** Computes, for later requests, the facts a first hover or inlay hint would need (run it in steps). */
    warm(document: TextDocument): void;
    /** Runs the service once on a small contract of its own, so that first requests find the code and libraries warm (run it in steps). */
    warmUp(): void;
    codeLenses(document: TextDocument): CodeLens[];
    documentLinks(document: TextDocument): DocumentLink[];
    /** Throws UserError while the contract has errors. */
    renderContract(document: TextDocument, lang?: string): RenderedContract;
    /** The `.sla` files of the workspace, for workspace symbols (the server reads them). */
    workspace: WorkspaceIndex;
    workspaceSymbols(query: string): WorkspaceSymbol[];
    /** Forget a closed document. */
    close(uri: string): void;
    /** The open documents that import the file at `uri` (directly or not): validate them again when it changes. */
    dependents(uri: string): string[];
}
export interface ServiceOptions {
    /** Re-parse only what an edit touched (default true); false runs `analyze` on every version. */
    incremental?: boolean;
}
export declare function createLanguageService(options?: ServiceOptions): LanguageService;
export declare const legend: import("vscode-languageserver-types").SemanticTokensLegend;
