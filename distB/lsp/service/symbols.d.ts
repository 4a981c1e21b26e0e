/** The outline: one symbol per declaration, with its statements that have a name or a target as children. */
import { type DocumentSymbol } from 'vscode-languageserver';
import type { SlacDocument } from './document.js';
export declare function documentSymbols(doc: SlacDocument): DocumentSymbol[];
