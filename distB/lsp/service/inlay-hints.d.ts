/**
 * Inlay hints for derived values: allowed downtime after an availability target, the amount of
 * money a percentage of the fee stands for, the weekly open hours of a calendar, the monthly fee.
 */
import { type InlayHint, type Range as LspRange } from 'vscode-languageserver';
import type { SlacDocument } from './document.js';
export declare function inlayHints(doc: SlacDocument, range?: LspRange): InlayHint[];
