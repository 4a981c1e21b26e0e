/** Sets of instants as sorted, disjoint, non-touching [start, end) pairs in flat arrays. */
/** Union of arbitrary pairs (any order, may overlap). */
export function union(pairs) {
    const n = pairs.length / 2;
    const idx = Array.from({ length: n }, (_, i) => i).sort((x, y) => pairs[2 * x] - pairs[2 * y] || pairs[2 * x + 1] - pairs[2 * y + 1]);
    const out = [];
    for (const i of idx) {
        const a = pairs[2 * i];
        const b = pairs[2 * i + 1];
        if (!(b > a))
            continue;
        if (out.length > 0 && a <= out[out.length - 1]) {
            if (b > out[out.length - 1])
                out[out.length - 1] = b;
        }
        else
            out.push(a, b);
    }
    return out;
}
export function intersect(x, y) {
    const out = [];
    let i = 0;
    let j = 0;
    while (i < x.length && j < y.length) {
        const a = Math.max(x[i], y[j]);
        const b = Math.min(x[i + 1], y[j + 1]);
        if (a < b)
            out.push(a, b);
        if (x[i + 1] < y[j + 1])
            i += 2;
        else
            j += 2;
    }
    return out;
}
export function subtract(x, y) {
    const out = [];
    let j = 0;
    for (let i = 0; i < x.length; i += 2) {
        let a = x[i];
        const b = x[i + 1];
        while (j < y.length && y[j + 1] <= a)
            j += 2;
        let k = j;
        while (k < y.length && y[k] < b) {
            if (y[k] > a)
                out.push(a, y[k]);
            a = Math.max(a, y[k + 1]);
            if (a >= b)
                break;
            k += 2;
        }
        if (a < b)
            out.push(a, b);
    }
    return out;
}
export function measure(x) {
    let s = 0;
    for (let i = 0; i < x.length; i += 2)
        s += x[i + 1] - x[i];
    return s;
}
export function clip(x, from, to) {
    return intersect(x, [from, to]);
}
export function overlaps(x, a, b) {
    for (let i = 0; i < x.length; i += 2)
        if (x[i] < b && x[i + 1] > a)
            return true;
    return false;
}
