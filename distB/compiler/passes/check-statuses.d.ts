import { type CheckContext } from './context.js';
export declare function checkStatuses(ctx: CheckContext): void;
