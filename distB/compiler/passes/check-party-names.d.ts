import type { CheckContext } from './context.js';
export declare function checkPartyNames(ctx: CheckContext): void;
