import type { Range as LspRange, SemanticTokens } from 'vscode-languageserver';
import type { SlacDocument } from './document.js';
export { semanticTokensLegend, tokenModifiers, tokenTypes } from './protocol.js';
export declare function semanticTokens(doc: SlacDocument, range?: LspRange): SemanticTokens;
