import { type CheckContext } from './context.js';
export declare function checkTargets(ctx: CheckContext): void;
