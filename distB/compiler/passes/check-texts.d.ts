import type { CheckContext } from './context.js';
export declare function checkTexts(ctx: CheckContext): void;
