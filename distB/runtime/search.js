/** Binary searches over sorted numeric tables (interval starts, offset changes, working days). */
/** Index of the last element in [lo, hi] that is ≤ t; `lo` when none is. */
export function lastAtOrBefore(sorted, t, lo = 0, hi = sorted.length - 1) {
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (sorted[mid] <= t)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** Index of the first element that is > t; `sorted.length` when none is. */
export function firstAfter(sorted, t) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] > t)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}
