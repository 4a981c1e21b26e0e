export { diffContracts, wordDiff } from './compare.js';
export { describeChange, inlineWords, placeKey } from './describe.js';
export { affected, costOf, describeCost } from './cost.js';
