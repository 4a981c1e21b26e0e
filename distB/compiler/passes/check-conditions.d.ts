import type { CheckContext } from './context.js';
export declare function checkConditionsPass(ctx: CheckContext): void;
