import type { CheckContext } from './context.js';
/** The monthly fee in minor units, if the agreement states one. */
export declare function monthlyFeeMinor(ctx: CheckContext): {
    minor: number;
    currency: string;
} | undefined;
export declare function checkLadders(ctx: CheckContext): void;
