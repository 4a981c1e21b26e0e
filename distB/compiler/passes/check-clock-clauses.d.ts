import { type CheckContext } from './context.js';
export declare function checkClockClauses(ctx: CheckContext): void;
