import type { CheckContext } from './context.js';
export declare function reportNormsWithoutConsequence(ctx: CheckContext): void;
