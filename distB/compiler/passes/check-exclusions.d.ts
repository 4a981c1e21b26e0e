import type { CheckContext } from './context.js';
export declare function checkExclusions(ctx: CheckContext): void;
