import { type CheckContext } from './context.js';
export declare function checkEscalations(ctx: CheckContext): void;
