import type { CheckContext } from './context.js';
export declare function checkTimeStats(ctx: CheckContext): void;
