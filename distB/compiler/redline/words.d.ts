import { type ChildNode } from 'domhandler';
import type { DocLang } from '../document/format/locale.js';
export type Mark = 'eq' | 'del' | 'ins';
export interface Op {
    mark: Mark;
    text: string;
}
/**
 * The changes from `before` to `after`, word by word. A run of only spaces or punctuation between
 * two changes joins them (`<del>4 uur</del><ins>2 werkdagen</ins>`, not four marks); within a
 * change, what was deleted comes before what was inserted.
 */
export declare function wordOps(before: string, after: string, lang: DocLang): Op[];
/** The inline content of the new block with the word changes from the old one marked. */
export declare function diffInline(before: readonly ChildNode[], after: readonly ChildNode[], lang: DocLang): ChildNode[];
/** Every text of a subtree in one mark (a block deleted or inserted whole). */
export declare function markInline(nodes: readonly ChildNode[], mark: 'del' | 'ins'): ChildNode[];
