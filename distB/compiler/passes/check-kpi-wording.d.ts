import type { CheckContext } from './context.js';
export declare function checkKpiWording(ctx: CheckContext): void;
