/** `slac diff`: the semantic change list of two contract versions (compare.ts), worded per language (describe.ts). */
export type { Change, ChangeSide, LangText, Place, Subject, WordPart } from './change.js';
export { diffContracts, wordDiff } from './compare.js';
export { describeChange, inlineWords, placeKey } from './describe.js';
export { affected, costOf, describeCost, type Cost } from './cost.js';
