import type { ContractModel } from '../model.js';
import type { Change, WordPart } from './change.js';
/**
 * Word-level differences of two texts (jsdiff). A text rewritten for the most part reads better
 * as the old text replaced by the new than as a mosaic of single words: when less than half of the
 * words stay, the whole text is one removal and one addition.
 */
export declare function wordDiff(before: string, after: string): WordPart[];
/** The semantic changes from `before` to `after`, in document order (by article, then as declared). */
export declare function diffContracts(before: ContractModel, after: ContractModel): Change[];
