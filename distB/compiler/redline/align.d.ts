import { type ChildNode } from 'domhandler';
import type { DocLang } from '../document/format/locale.js';
export type Change = 'del' | 'ins';
export interface Aligned {
    nodes: ChildNode[];
    /** Whether anything differs. */
    changed: boolean;
}
/** The new version's blocks with the changes from the old version's marked. */
export declare function alignBlocks(before: readonly ChildNode[], after: readonly ChildNode[], lang: DocLang): Aligned;
