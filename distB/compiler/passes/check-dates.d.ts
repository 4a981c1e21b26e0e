import type { CheckContext } from './context.js';
/** A proleptic Gregorian date that exists; plain arithmetic, as the checker runs on every keystroke. */
export declare function isRealDate(value: string): boolean;
/** `24:00` is the end of a day; any other time must be 00:00–23:59. */
/** `08:00`; with `withSeconds` (scenario times) also `08:00:30`. Opening hours are whole minutes. */
export declare function isRealTime(value: string, allowEndOfDay: boolean, withSeconds?: boolean): boolean;
export declare function checkDates(ctx: CheckContext): void;
