import type { CheckContext } from './context.js';
export declare function reportUnknownReferences(ctx: CheckContext): void;
