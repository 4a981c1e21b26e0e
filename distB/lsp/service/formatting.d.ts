import type { Range as LspRange, TextEdit } from 'vscode-languageserver';
import type { SlacDocument } from './document.js';
export declare function format(doc: SlacDocument, range?: LspRange): TextEdit[];
/** The hunks of a line diff from `before` to `after` as edits on whole lines of `before`. */
export declare function lineEdits(before: string, after: string): TextEdit[];
