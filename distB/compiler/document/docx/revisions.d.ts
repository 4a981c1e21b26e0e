/**
 * Word tracked changes (`w:ins`, `w:del`) for a redline: the author, the date and the running id
 * every change mark carries. The tracker is set while a redline's docx objects are built (a
 * synchronous pass), so the block and inline converters mark what the redline tree marks
 * without every converter passing it on; a contract document has no tracker and no marks.
 */
import { type IRunOptions, type ParagraphChild } from 'docx';
export type Change = 'ins' | 'del';
export interface Revisions {
    author: string;
    /** ISO 8601 date-time, fixed (the new version's date) so the same redline has the same bytes; none when the contract has no date. */
    date: string | null;
}
/** Runs `build` with change marks enabled; ids start at 1 for every document. */
export declare function withRevisions<T>(revisions: Revisions | null, build: () => T): T;
/** The attributes of the next change mark. */
export declare function revision(): {
    id: number;
    author: string;
    date: string;
};
/** A run of inserted or deleted text. */
export declare function changedRun(change: Change, options: IRunOptions): ParagraphChild;
/** The change a redline block carries (`data-change`), if any. */
export declare function changeOf(attribs: Record<string, string>): Change | undefined;
