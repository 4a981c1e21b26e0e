/**
 * Whether a local date (`2026-03-09`, the date part of an instant the report writes in the
 * contract's zone) lies in the period; null when the key is not a period.
 */
export declare function periodFilter(key: string): ((date: string) => boolean) | null;
/** The month after a `2026-03` key (`2026-04`): the invoice a credit for March goes on. */
export declare function nextMonth(key: string): string | null;
/**
 * The `count` periods of the same kind as `key` that end with it, oldest first: months
 * (`2026-03` → `2025-04` … `2026-03`), quarters, years or ISO weeks. An unknown key is alone.
 */
export declare function periodsEnding(key: string, count: number): string[];
