/** Folding: every `{ … }` block, and runs of line comments. */
import { type FoldingRange } from 'vscode-languageserver';
import type { SlacDocument } from './document.js';
export declare function foldingRanges(doc: SlacDocument): FoldingRange[];
