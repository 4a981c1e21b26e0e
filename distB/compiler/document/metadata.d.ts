/**
 * The document's version metadata (status, version, date) as the command line sets it: each
 * given value replaces the source's (`version` in the agreement, `status` and `date` in
 * `revisions`) for the documents of this run, title page and running footer alike.
 */
import type { ContractModel } from '../model.js';
export type DocumentStatus = 'draft' | 'final';
export declare const documentStatuses: readonly DocumentStatus[];
export interface DocumentMetadata {
    status?: DocumentStatus;
    version?: string;
    /** ISO 8601 calendar date, `2026-12-01`. */
    date?: string;
}
/** The model with the given metadata in place of the source's; the model itself when none is given. */
export declare function withMetadata(model: ContractModel, meta: DocumentMetadata): ContractModel;
/** Why `text` is not a document date (`YYYY-MM-DD`, a day that exists), or null when it is one. */
export declare function invalidDate(text: string): string | null;
