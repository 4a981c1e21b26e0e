import type { CheckContext } from './context.js';
export declare function checkLegal(ctx: CheckContext): void;
