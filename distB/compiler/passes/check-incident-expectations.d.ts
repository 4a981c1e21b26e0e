import type { CheckContext } from './context.js';
export declare function checkIncidentExpectations(ctx: CheckContext): void;
