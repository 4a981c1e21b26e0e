import type { CheckContext } from './context.js';
export declare const MAX_TERM_YEARS = 10;
export declare function checkHorizon(ctx: CheckContext): void;
