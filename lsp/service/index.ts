/**
 * The slac language service: every editor feature as a plain function of a document and a
 * position, with no connection, no process and no clock (the vscode-css-languageservice model).
 * The server (lsp/server) only wires these to the protocol; tests call them directly.
 */
import type {
  CodeAction,
  CodeActionContext,
  CompletionList,
  Diagnostic,
  DocumentHighlight,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Location,
  Position,
  Range,
  SemanticTokens,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { complete } from './completion.js';
import { codeActions, validate } from './diagnostics.js';
import { DocumentStore, type SlacDocument } from './document.js';
import { foldingRanges } from './folding.js';
import { format } from './formatting.js';
import { hover } from './hover.js';
import { inlayHints } from './inlay-hints.js';
import { definition, documentHighlights, prepareRename, references, rename } from './navigation.js';
import { semanticTokens, semanticTokensLegend } from './semantic-tokens.js';
import { documentSymbols } from './symbols.js';

export { UserError } from './navigation.js';
export { semanticTokensLegend } from './semantic-tokens.js';
export type { SlacDocument } from './document.js';

export interface LanguageService {
  /** The analysed document (cached per version). */
  analyse(document: TextDocument): SlacDocument;
  validate(document: TextDocument): Diagnostic[];
  complete(document: TextDocument, position: Position): CompletionList;
  hover(document: TextDocument, position: Position): Hover | null;
  definition(document: TextDocument, position: Position): Location[];
  references(document: TextDocument, position: Position, options?: { includeDeclaration?: boolean }): Location[];
  documentHighlights(document: TextDocument, position: Position): DocumentHighlight[];
  prepareRename(document: TextDocument, position: Position): { range: Range; placeholder: string } | null;
  /** Throws UserError for a name that is not valid or already taken. */
  rename(document: TextDocument, position: Position, newName: string): WorkspaceEdit | null;
  documentSymbols(document: TextDocument): DocumentSymbol[];
  format(document: TextDocument): TextEdit[];
  semanticTokens(document: TextDocument, range?: Range): SemanticTokens;
  codeActions(document: TextDocument, range: Range, context?: CodeActionContext): CodeAction[];
  foldingRanges(document: TextDocument): FoldingRange[];
  inlayHints(document: TextDocument, range?: Range): InlayHint[];
  /** Forget a closed document. */
  close(uri: string): void;
}

export interface ServiceOptions {
  /** Re-parse only what an edit touched (default true); false runs `analyze` on every version. */
  incremental?: boolean;
}

export function createLanguageService(options: ServiceOptions = {}): LanguageService {
  const store = new DocumentStore(options);
  const get = (d: TextDocument) => store.get(d);
  return {
    analyse: get,
    validate: (d) => validate(get(d)),
    complete: (d, p) => complete(get(d), p),
    hover: (d, p) => hover(get(d), p),
    definition: (d, p) => definition(get(d), p),
    references: (d, p, o) => references(get(d), p, o?.includeDeclaration ?? true),
    documentHighlights: (d, p) => documentHighlights(get(d), p),
    prepareRename: (d, p) => prepareRename(get(d), p),
    rename: (d, p, n) => rename(get(d), p, n),
    documentSymbols: (d) => documentSymbols(get(d)),
    format: (d) => format(get(d)),
    semanticTokens: (d, r) => semanticTokens(get(d), r),
    codeActions: (d, r, c) => codeActions(get(d), r, c),
    foldingRanges: (d) => foldingRanges(get(d)),
    inlayHints: (d, r) => inlayHints(get(d), r),
    close: (uri) => store.delete(uri),
  };
}

export const legend = semanticTokensLegend;
