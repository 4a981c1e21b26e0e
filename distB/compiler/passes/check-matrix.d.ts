import { type CheckContext } from './context.js';
export declare function checkMatrix(ctx: CheckContext): void;
