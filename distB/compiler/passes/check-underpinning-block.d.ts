import { type CheckContext } from './context.js';
export declare function checkUnderpinningBlock(ctx: CheckContext): void;
