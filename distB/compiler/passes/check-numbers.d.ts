import type { CheckContext } from './context.js';
/** A raw number for a message: long ones shortened, so a 400-digit literal does not fill the screen. */
export declare function shortRaw(raw: string): string;
export declare function checkNumbers(ctx: CheckContext): void;
