const TEN = 10n;
/** The decimal a number is written as (its shortest round-trip form), as an exact fraction. */
export function exactOf(x) {
    if (!Number.isFinite(x))
        throw new RangeError(`not a finite number: ${x}`);
    const s = String(x);
    const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(s);
    if (!m)
        throw new RangeError(`cannot read ${s} as a decimal`);
    const frac = m[3] ?? '';
    let n = BigInt(m[2] + frac);
    let d = TEN ** BigInt(frac.length);
    const e = m[4] ? Number(m[4]) : 0;
    if (e > 0)
        n *= TEN ** BigInt(e);
    else if (e < 0)
        d *= TEN ** BigInt(-e);
    if (m[1] === '-')
        n = -n;
    return norm({ n, d });
}
export function ratio(n, d) {
    return norm({ n: BigInt(n), d: BigInt(d) });
}
function gcd(a, b) {
    a = a < 0n ? -a : a;
    while (b !== 0n)
        [a, b] = [b, a % b];
    return a;
}
function norm(x) {
    if (x.d === 0n)
        throw new RangeError('division by zero');
    let { n, d } = x;
    if (d < 0n) {
        n = -n;
        d = -d;
    }
    const g = gcd(n, d) || 1n;
    return { n: n / g, d: d / g };
}
export const add = (a, b) => norm({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
export const sub = (a, b) => norm({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
export const mul = (a, b) => norm({ n: a.n * b.n, d: a.d * b.d });
export const div = (a, b) => norm({ n: a.n * b.d, d: a.d * b.n });
/** -1, 0 or 1. */
export function cmp(a, b) {
    const l = a.n * b.d;
    const r = b.n * a.d;
    return l < r ? -1 : l > r ? 1 : 0;
}
/** A float for reports, rounded to 6 decimals. */
export function toNumber(x) {
    const scaled = (x.n * 1000000n * 2n + (x.n >= 0n ? x.d : -x.d)) / (2n * x.d);
    return Number(scaled) / 1_000_000;
}
