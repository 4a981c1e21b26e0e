/**
 * Exact business-time arithmetic on epoch milliseconds.
 *
 * A `BusinessCalendar` is built once per calendar and time range. The build turns the weekly
 * opening hours, public holidays and closed dates into a sorted list of open intervals of real
 * (UTC) time plus a prefix sum of open time; every query afterwards is a bucket lookup plus a
 * short binary search over typed arrays. luxon is used only while building (for the zone's UTC
 * offsets); queries never touch luxon, the clock, the machine zone or the locale.
 *
 * Semantics, in one rule: an instant is open iff its local wall-clock time (in `spec.zone`) falls
 * inside one of the opening ranges of its local date, and that date is not closed. Consequences:
 *  - Spring forward: a wall time inside the skipped hour does not exist; a range starting there
 *    opens at the first instant after the gap (the local time "maps forward").
 *  - Fall back: every real instant whose wall time is in a range counts, so the repeated hour
 *    counts twice. Elapsed time is always real elapsed time: a ticket clock is a stopwatch.
 *  - Ranges that touch (23:00–24:00 and next day 00:00–…) merge into one interval; 24/7 is a
 *    single interval for the whole range.
 */
import { IANAZone } from 'luxon';
import { publicHolidays } from './holidays.js';
import { firstAfter, lastAtOrBefore } from './search.js';
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Default margin precomputed on both sides of the requested range. */
export const DEFAULT_MARGIN_MS = 400 * DAY;
/** Offsets never exceed ±26 h, so this bounds the instants that can carry a given wall time. */
const MAX_OFFSET = 26 * HOUR;
/** Offset sampling step when searching for zone transitions (zones never change twice in 6 h). */
const SCAN_STEP = 6 * HOUR;
const transitionCache = new Map();
function offsetMs(zone, t) {
    return Math.round(zone.offset(t) * MINUTE);
}
/** Transitions T in (Jan 1 of year, Jan 1 of year+1], i.e. offset(T - 1) !== offset(T). */
function transitionsOfYear(zone, year) {
    const key = `${zone.name}|${year}`;
    const cached = transitionCache.get(key);
    if (cached !== undefined)
        return cached;
    const result = scanTransitions(zone, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1));
    transitionCache.set(key, result);
    return result;
}
/**
 * The transitions of `year` in (from, to]: the whole year's (memoised) when the range covers it,
 * else a scan of just the overlap. A calendar's range rarely starts on January 1: scanning the
 * whole first and last year cost a hover on a two-year contract four years of offsets.
 */
function transitionsWithin(zone, year, from, to) {
    const start = Date.UTC(year, 0, 1);
    const end = Date.UTC(year + 1, 0, 1);
    if (from <= start && to >= end)
        return transitionsOfYear(zone, year);
    return scanTransitions(zone, Math.max(start, from), Math.min(end, to));
}
/** Transitions T in (start, end]. */
function scanTransitions(zone, start, end) {
    const result = { at: [], offset: [] };
    let p = start;
    let op = offsetMs(zone, p);
    while (p < end) {
        const q = Math.min(p + SCAN_STEP, end);
        const oq = offsetMs(zone, q);
        if (oq !== op) {
            // Bisect to the millisecond: offset(lo) === op, offset(hi) === oq.
            let lo = p;
            let hi = q;
            while (hi - lo > 1) {
                const mid = Math.floor((lo + hi) / 2);
                if (offsetMs(zone, mid) === op)
                    lo = mid;
                else
                    hi = mid;
            }
            result.at.push(hi);
            result.offset.push(oq);
        }
        p = q;
        op = oq;
    }
    return result;
}
function offsetSegments(zone, from, to) {
    const starts = [-Infinity];
    const offsets = [offsetMs(zone, from)];
    // Transitions of (from, to] only: each year's scan covers (Jan 1, Jan 1 of the next year].
    const y0 = new Date(from).getUTCFullYear();
    const y1 = new Date(to).getUTCFullYear();
    for (let y = y0; y <= y1; y++) {
        const tr = transitionsWithin(zone, y, from, to);
        for (let i = 0; i < tr.at.length; i++) {
            const at = tr.at[i];
            if (at > from && at <= to) {
                starts.push(at);
                offsets.push(tr.offset[i]);
            }
        }
    }
    const n = starts.length;
    const wallEnd = new Float64Array(n);
    for (let k = 0; k < n; k++) {
        wallEnd[k] = k + 1 < n ? starts[k + 1] + offsets[k] : Infinity;
        // wallToInstant relies on this; real zones change offset at most every few weeks.
        if (k > 0 && !(wallEnd[k] > wallEnd[k - 1])) {
            throw new RangeError(`zone ${zone.name}: offset transitions too close together near ${new Date(starts[k]).toISOString()}`);
        }
    }
    return { start: Float64Array.from(starts), offset: Float64Array.from(offsets), wallEnd };
}
// ---------------------------------------------------------------------------------------------
// Spec validation and date helpers (build time only)
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Days since 1970-01-01 of an ISO date, or NaN when it is not a real date. */
function dayNumber(iso) {
    const m = ISO_DATE_RE.exec(iso);
    if (m === null)
        return NaN;
    const ms = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    return new Date(ms).toISOString().slice(0, 10) === iso ? ms / DAY : NaN;
}
/** ISO weekday index, Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
function weekdayIndex(day) {
    return (((day + 3) % 7) + 7) % 7;
}
function iso(t) {
    return Number.isFinite(t) && Math.abs(t) <= 8.64e15 ? new Date(t).toISOString() : String(t);
}
function validateSpec(spec) {
    const where = `calendar "${spec.name}"`;
    if (!IANAZone.isValidZone(spec.zone))
        throw new RangeError(`${where}: unknown time zone "${spec.zone}"`);
    if (spec.weekly.length !== 7)
        throw new RangeError(`${where}: weekly hours need 7 days, got ${spec.weekly.length}`);
    spec.weekly.forEach((ranges, day) => {
        let prevEnd = -1;
        for (const [s, e] of ranges) {
            if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e > 1440 || s >= e || s < prevEnd) {
                throw new RangeError(`${where}: bad opening range [${s}, ${e}) on weekday ${day + 1}; ranges must be sorted, disjoint minutes in 0…1440`);
            }
            prevEnd = e;
        }
    });
    for (const d of spec.closed) {
        if (Number.isNaN(dayNumber(d)))
            throw new RangeError(`${where}: closed date "${d}" is not a valid YYYY-MM-DD date`);
    }
    const ranges = (label, list) => {
        let prevEnd = -1;
        for (const [s, e] of list) {
            if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e > 1440 || s >= e || s < prevEnd)
                throw new RangeError(`${where}: bad opening range [${s}, ${e}) ${label}`);
            prevEnd = e;
        }
    };
    for (const s of spec.special ?? []) {
        if (Number.isNaN(dayNumber(s.date)))
            throw new RangeError(`${where}: special date "${s.date}" is not a valid YYYY-MM-DD date`);
        ranges(`on ${s.date}`, s.ranges);
    }
    ranges('on public holidays', spec.holidayHours ?? []);
}
// ---------------------------------------------------------------------------------------------
export class BusinessCalendar {
    spec;
    /** First and last instant (epoch ms) the calendar can answer for. */
    lo;
    hi;
    n;
    starts;
    ends;
    /** cum[i] = open time of intervals 0 … i-1 (length n + 1). */
    cum;
    /**
     * bucket[b] = index of the last interval starting at or before lo + b·DAY (-1 if none), so
     * the interval holding t lies between bucket[b] and bucket[b + 1]: a guess, then a tiny search.
     */
    bucket;
    /** Local dates (days since epoch) with any open time, ascending. */
    workDays;
    seg;
    constructor(spec, lo, hi, starts, ends, workDays, seg) {
        this.spec = spec;
        this.lo = lo;
        this.hi = hi;
        this.n = starts.length;
        this.starts = starts;
        this.ends = ends;
        this.workDays = workDays;
        this.seg = seg;
        const cum = new Float64Array(this.n + 1);
        for (let i = 0; i < this.n; i++)
            cum[i + 1] = cum[i] + (ends[i] - starts[i]);
        this.cum = cum;
        const buckets = Math.floor((hi - lo) / DAY) + 2;
        const bucket = new Int32Array(buckets + 1);
        let i = -1;
        for (let b = 0; b <= buckets; b++) {
            const t = lo + b * DAY;
            while (i + 1 < this.n && starts[i + 1] <= t)
                i++;
            bucket[b] = i;
        }
        this.bucket = bucket;
    }
    /**
     * Precomputes open intervals for [range.from - margin, range.to + margin]. Queries outside that
     * span throw RangeError, so pick the range from the contract term.
     */
    static build(spec, range, options = {}) {
        validateSpec(spec);
        const margin = options.marginMs ?? DEFAULT_MARGIN_MS;
        if (!Number.isFinite(range.from) || !Number.isFinite(range.to) || range.from > range.to || !(margin >= 0)) {
            throw new RangeError(`calendar "${spec.name}": invalid range ${iso(range.from)} … ${iso(range.to)}`);
        }
        const lo = range.from - margin;
        const hi = range.to + margin;
        const zone = IANAZone.create(spec.zone);
        const seg = offsetSegments(zone, lo - 2 * MAX_OFFSET, hi + 2 * MAX_OFFSET);
        // Local dates whose wall times can fall in [lo, hi].
        const firstDay = Math.floor((lo - MAX_OFFSET) / DAY);
        const lastDay = Math.floor((hi + MAX_OFFSET) / DAY);
        // A special date's hours win over a closed date and a holiday; a holiday has the holiday hours.
        const closed = new Set();
        for (const d of spec.closed)
            closed.add(dayNumber(d));
        const special = new Map();
        for (const s of spec.special ?? [])
            special.set(dayNumber(s.date), s.ranges);
        const holidays = new Set();
        if (spec.holidays.length > 0) {
            const y0 = new Date(firstDay * DAY).getUTCFullYear();
            const y1 = new Date(lastDay * DAY).getUTCFullYear();
            let dates;
            try {
                dates = publicHolidays(spec.holidays, y0, y1);
            }
            catch (e) {
                throw new RangeError(`calendar "${spec.name}": ${e instanceof Error ? e.message : String(e)}`);
            }
            for (const d of dates)
                holidays.add(dayNumber(d));
        }
        const holidayHours = spec.holidayHours ?? [];
        const pieceStart = [];
        const pieceEnd = [];
        const workDays = [];
        const segStart = seg.start;
        const segOffset = seg.offset;
        const nSeg = segStart.length;
        let k0 = 0;
        for (let day = firstDay; day <= lastDay; day++) {
            const ranges = special.get(day) ?? (closed.has(day) ? [] : holidays.has(day) ? holidayHours : spec.weekly[weekdayIndex(day)]);
            let working = false;
            for (const [s, e] of ranges) {
                const wallFrom = day * DAY + s * MINUTE;
                const wallTo = day * DAY + e * MINUTE;
                // Instants in segment k whose wall time t + offset lies in [wallFrom, wallTo).
                while (k0 + 1 < nSeg && segStart[k0 + 1] <= wallFrom - MAX_OFFSET)
                    k0++;
                for (let k = k0; k < nSeg && segStart[k] < wallTo + MAX_OFFSET; k++) {
                    const segEnd = k + 1 < nSeg ? segStart[k + 1] : Infinity;
                    const a = Math.max(segStart[k], wallFrom - segOffset[k]);
                    const b = Math.min(segEnd, wallTo - segOffset[k]);
                    if (a >= b)
                        continue;
                    working = true;
                    const ca = Math.max(a, lo);
                    const cb = Math.min(b, hi);
                    if (ca < cb) {
                        pieceStart.push(ca);
                        pieceEnd.push(cb);
                    }
                }
            }
            if (working)
                workDays.push(day);
        }
        // Pieces are disjoint (an instant has one wall time) but a fall-back day can emit them out of
        // order; sort, then merge the ones that touch.
        const order = pieceStart.map((_, i) => i).sort((x, y) => pieceStart[x] - pieceStart[y]);
        const starts = [];
        const ends = [];
        for (const i of order) {
            const a = pieceStart[i];
            const b = pieceEnd[i];
            if (ends.length > 0 && a <= ends[ends.length - 1]) {
                ends[ends.length - 1] = Math.max(ends[ends.length - 1], b);
            }
            else {
                starts.push(a);
                ends.push(b);
            }
        }
        return new BusinessCalendar(spec, lo, hi, Float64Array.from(starts), Float64Array.from(ends), Int32Array.from(workDays), seg);
    }
    // -------------------------------------------------------------------------------------------
    // Queries. All take and return epoch ms; none allocates unless it throws.
    /** True when t lies in an open interval (intervals are half-open: closing time is closed). */
    isOpen(t) {
        this.check(t, 'isOpen');
        const i = this.indexAt(t);
        return i >= 0 && t < this.ends[i];
    }
    /** t itself when open, otherwise the start of the next open interval. */
    nextOpening(t) {
        this.check(t, 'nextOpening');
        const i = this.indexAt(t);
        if (i >= 0 && t < this.ends[i])
            return t;
        if (i + 1 < this.n)
            return this.starts[i + 1];
        throw this.exhausted('nextOpening', t);
    }
    /** Open time in [a, b); 0 when b <= a. */
    elapsed(a, b) {
        this.check(a, 'elapsed');
        this.check(b, 'elapsed');
        if (b <= a)
            return 0;
        return this.openBefore(b) - this.openBefore(a);
    }
    /**
     * The instant at which `durationMs` of open time has elapsed, counting from `start`. A clock
     * started outside business hours starts at the next opening, so add(x, 0) is nextOpening(x).
     * For durationMs > 0 the result is the earliest such instant: work that uses up a day exactly
     * ends at closing time, not at the next opening.
     */
    add(start, durationMs) {
        this.check(start, 'add');
        if (!(durationMs >= 0 && durationMs < Infinity)) {
            throw new RangeError(`calendar "${this.spec.name}": add() needs a finite duration >= 0, got ${durationMs}`);
        }
        const starts = this.starts;
        const cum = this.cum;
        const n = this.n;
        const i = this.indexAt(start);
        let j;
        let target;
        if (i >= 0 && start < this.ends[i]) {
            if (durationMs === 0)
                return start;
            j = i;
            target = cum[i] + (start - starts[i]) + durationMs;
        }
        else {
            j = i + 1;
            if (j >= n)
                throw this.exhausted('add', start);
            if (durationMs === 0)
                return starts[j];
            target = cum[j] + durationMs;
        }
        if (target > cum[n])
            throw this.exhausted('add', start);
        // Smallest m > j with cum[m] >= target; the answer lies in interval m - 1. Gallop, then bisect.
        let lo = j; // cum[lo] < target
        let hi = j + 1;
        if (cum[hi] < target) {
            let step = 1;
            do {
                lo = hi;
                step += step;
                hi = lo + step;
                if (hi > n)
                    hi = n;
            } while (cum[hi] < target);
            while (hi - lo > 1) {
                const mid = (lo + hi) >>> 1;
                if (cum[mid] < target)
                    lo = mid;
                else
                    hi = mid;
            }
        }
        const m = hi - 1;
        return starts[m] + (target - cum[m]);
    }
    /**
     * Working days. A working day is a local date with any open time. `addWorkingDays(start, n)` is
     * the same local wall-clock time as `start` on the n-th working day after start's local date
     * (start's own date never counts, whether or not it is a working day or start is in hours);
     * n = 0 gives start. If that wall time falls in a spring-forward gap it maps forward to the end
     * of the gap; if it occurs twice (fall back), the first occurrence is used. The result is
     * strictly increasing in n, which is what makes workingDaysBetween exact.
     */
    addWorkingDays(start, n) {
        this.check(start, 'addWorkingDays');
        if (!Number.isInteger(n) || n < 0) {
            throw new RangeError(`calendar "${this.spec.name}": addWorkingDays() needs an integer n >= 0, got ${n}`);
        }
        if (n === 0)
            return start;
        const wall = start + this.offsetAt(start);
        const day = Math.floor(wall / DAY);
        const k = this.firstWorkDayAfter(day) + n - 1;
        if (k >= this.workDays.length)
            throw this.exhausted('addWorkingDays', start);
        const t = this.wallToInstant(this.workDays[k] * DAY + (wall - day * DAY));
        if (t > this.hi)
            throw this.exhausted('addWorkingDays', start);
        return t;
    }
    /**
     * Complete working days elapsed from a to b: the largest n with addWorkingDays(a, n) <= b
     * (0 when b <= a). Hence for b >= a: addWorkingDays(a, n) <= b iff workingDaysBetween(a, b) >= n.
     */
    workingDaysBetween(a, b) {
        this.check(a, 'workingDaysBetween');
        this.check(b, 'workingDaysBetween');
        if (b <= a)
            return 0;
        const wallA = a + this.offsetAt(a);
        const dayA = Math.floor(wallA / DAY);
        const dayB = Math.floor((b + this.offsetAt(b)) / DAY);
        const first = this.firstWorkDayAfter(dayA);
        const last = this.firstWorkDayAfter(dayB) - 1;
        const count = last - first + 1;
        if (count <= 0)
            return 0;
        // Every earlier candidate lies on an earlier local date, hence before b; only the last can overshoot.
        const t = this.wallToInstant(this.workDays[last] * DAY + (wallA - dayA * DAY));
        return t <= b ? count : count - 1;
    }
    /** The end of the open interval that holds t; t itself when t is closed. */
    openUntil(t) {
        this.check(t, 'openUntil');
        const i = this.indexAt(t);
        return i >= 0 && t < this.ends[i] ? this.ends[i] : t;
    }
    /**
     * The first instant after t at which the local date or the zone's UTC offset changes: until then
     * the wall clock runs with real time (what a sweep over clocks in working days needs to know).
     */
    nextWallBreak(t) {
        this.check(t, 'nextWallBreak');
        const k = lastAtOrBefore(this.seg.start, t);
        const offset = this.seg.offset[k];
        const midnight = (Math.floor((t + offset) / DAY) + 1) * DAY - offset;
        return k + 1 < this.seg.start.length ? Math.min(midnight, this.seg.start[k + 1]) : midnight;
    }
    /** Open intervals clipped to [from, to], as [start, end) pairs (for traces and availability windows). */
    intervals(from, to) {
        this.check(from, 'intervals');
        this.check(to, 'intervals');
        const out = [];
        for (let i = Math.max(0, this.indexAt(from)); i < this.n && this.starts[i] < to; i++) {
            const a = Math.max(this.starts[i], from);
            const b = Math.min(this.ends[i], to);
            if (a < b)
                out.push([a, b]);
        }
        return out;
    }
    // -------------------------------------------------------------------------------------------
    /** Index of the last interval starting at or before t, or -1. t must be in [lo, hi]. */
    indexAt(t) {
        const b = Math.floor((t - this.lo) / DAY);
        return lastAtOrBefore(this.starts, t, this.bucket[b], this.bucket[b + 1]);
    }
    /** Open time from lo to t. */
    openBefore(t) {
        const i = this.indexAt(t);
        if (i < 0)
            return 0;
        const into = t - this.starts[i];
        const len = this.ends[i] - this.starts[i];
        return this.cum[i] + Math.min(into, len);
    }
    offsetAt(t) {
        return this.seg.offset[lastAtOrBefore(this.seg.start, t)];
    }
    /** Earliest instant whose wall time is >= wall (first occurrence if repeated, gap end if skipped). */
    wallToInstant(wall) {
        // The last segment takes every later wall time.
        const lo = Math.min(firstAfter(this.seg.wallEnd, wall), this.seg.wallEnd.length - 1);
        return Math.max(this.seg.start[lo], wall - this.seg.offset[lo]);
    }
    /** Index of the first working day after local day `day` (workDays.length if none). */
    firstWorkDayAfter(day) {
        return firstAfter(this.workDays, day);
    }
    check(t, op) {
        if (!(t >= this.lo && t <= this.hi)) {
            throw new RangeError(`calendar "${this.spec.name}" is precomputed for ${iso(this.lo)} … ${iso(this.hi)}; ${op}() got ${iso(t)}, outside that range`);
        }
    }
    exhausted(op, t) {
        return new RangeError(`calendar "${this.spec.name}" is precomputed for ${iso(this.lo)} … ${iso(this.hi)}; ${op}() from ${iso(t)} runs past the end of that range`);
    }
}
