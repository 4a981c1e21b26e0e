/**
 * Exact comparisons of measured values with contract thresholds. "below 99.9%" means strictly
 * less, and 2800 of 4000 is exactly 70%: floating point would get both wrong at the boundary
 * (0.7 * 100 = 70.00000000000001), so values are compared as fractions of big integers.
 */
export interface Exact {
    n: bigint;
    d: bigint;
}
/** The decimal a number is written as (its shortest round-trip form), as an exact fraction. */
export declare function exactOf(x: number): Exact;
export declare function ratio(n: number | bigint, d: number | bigint): Exact;
export declare const add: (a: Exact, b: Exact) => Exact;
export declare const sub: (a: Exact, b: Exact) => Exact;
export declare const mul: (a: Exact, b: Exact) => Exact;
export declare const div: (a: Exact, b: Exact) => Exact;
/** -1, 0 or 1. */
export declare function cmp(a: Exact, b: Exact): number;
/** A float for reports, rounded to 6 decimals. */
export declare function toNumber(x: Exact): number;
