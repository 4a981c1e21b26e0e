import type { CheckContext } from './context.js';
export declare function checkRemedyText(ctx: CheckContext): void;
