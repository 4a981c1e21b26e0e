/**
 * Hover: on a name, its declaration in brief; on a clause (a target, a measure, a band, a calendar
 * line), the clause in English and Dutch plus derived facts: allowed downtime, weekly open hours,
 * public holidays in the term, amounts of money.
 */
import { type Hover, type Position } from 'vscode-languageserver';
import type { SlacDocument } from './document.js';
export declare function hover(doc: SlacDocument, position: Position): Hover | null;
