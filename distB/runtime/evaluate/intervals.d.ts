/** Sets of instants as sorted, disjoint, non-touching [start, end) pairs in flat arrays. */
/** Union of arbitrary pairs (any order, may overlap). */
export declare function union(pairs: number[]): number[];
export declare function intersect(x: readonly number[], y: readonly number[]): number[];
export declare function subtract(x: readonly number[], y: readonly number[]): number[];
export declare function measure(x: readonly number[]): number;
export declare function clip(x: readonly number[], from: number, to: number): number[];
export declare function overlaps(x: readonly number[], a: number, b: number): boolean;
