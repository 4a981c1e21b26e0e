import type { CheckContext } from './context.js';
export declare function checkSpecialHours(ctx: CheckContext): void;
