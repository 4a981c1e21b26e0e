/** Binary searches over sorted numeric tables (interval starts, offset changes, working days). */
/** Index of the last element in [lo, hi] that is ≤ t; `lo` when none is. */
export declare function lastAtOrBefore(sorted: ArrayLike<number>, t: number, lo?: number, hi?: number): number;
/** Index of the first element that is > t; `sorted.length` when none is. */
export declare function firstAfter(sorted: ArrayLike<number>, t: number): number;
