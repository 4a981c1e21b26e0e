const MINUTE = 60_000;
/** Plain elapsed time: a stopwatch. */
export function plainStage(ms) {
    return { at: (t) => t + ms, piece: () => ({ slope: 1, length: Infinity }) };
}
/** Open time of a calendar (business hours, or hours counted on a calendar); ms > 0. */
export function openTimeStage(cal, ms) {
    return {
        at: (t) => cal.add(t, ms),
        piece(t, out) {
            // Closed: the clock starts at the next opening, whatever t is until then.
            if (!cal.isOpen(t))
                return { slope: 0, length: cal.nextOpening(t) - t };
            // Open: in and out move together until the input's interval closes or the output reaches
            // the end of its own (the output may be exactly a closing time: then the next ms jumps).
            return { slope: 1, length: Math.min(cal.openUntil(t) - t, cal.openUntil(out) - out + 1) };
        },
    };
}
/**
 * A clock that keeps the wall-clock time and moves the date (working days, calendar days): linear
 * until the input's or the output's local date or UTC offset changes. A wall time that falls in a
 * spring-forward gap maps to the gap's end, so the line is confirmed, and where it bends, the
 * piece ends there (found by bisection; the function is nondecreasing).
 */
export function wallStage(cal, at) {
    return {
        at,
        piece(t, out) {
            const length = Math.min(cal.nextWallBreak(t) - t, cal.nextWallBreak(out) - out);
            if (length <= 1 || at(t + length - 1) === out + length - 1)
                return { slope: 1, length };
            const flat = at(t + 1) === out;
            const onLine = (e) => at(t + e) === (flat ? out : out + e);
            let lo = 0;
            let hi = length - 1;
            while (hi - lo > 1) {
                const mid = Math.floor((lo + hi) / 2);
                if (onLine(mid))
                    lo = mid;
                else
                    hi = mid;
            }
            return { slope: flat ? 0 : 1, length: lo + 1 };
        },
    };
}
/** The instants a chain passes through, from its start to its end (stages.length + 1 values). */
export function run(stages, start) {
    const xs = [start];
    for (const s of stages)
        xs.push(s.at(xs[xs.length - 1]));
    return xs;
}
/** How far a chain's start can move from `xs[0]` on one piece, and the chain's slope there. */
function pieceOf(stages, xs) {
    let length = Infinity;
    let slope = 1;
    for (let j = 0; j < stages.length && slope === 1; j++) {
        const p = stages[j].piece(xs[j], xs[j + 1]);
        length = Math.min(length, p.length);
        slope = p.slope;
    }
    return { slope, length };
}
/**
 * The start instant on a whole minute in [from, to) at which `chain` ends furthest after `bound`
 * (or, when it always ends in time, closest to it), with `pieces` counting the sweep's steps.
 */
export function worstCase(chain, bound, from, to) {
    let best = null;
    let pieces = 0;
    const consider = (start) => {
        const xs = run(chain, start);
        const due = run(bound, start)[bound.length];
        const overrun = xs[xs.length - 1] - due;
        if (best === null || overrun > best.overrun)
            best = { start, chain: xs, due, overrun };
    };
    let s = Math.ceil(from / MINUTE) * MINUTE;
    while (s < to) {
        pieces++;
        const xs = run(chain, s);
        const ys = run(bound, s);
        const c = pieceOf(chain, xs);
        const b = pieceOf(bound, ys);
        const end = Math.min(to, s + Math.min(c.length, b.length));
        // On [s, end) the overrun is linear: its maximum on whole minutes is at the first or the last.
        consider(s);
        const last = Math.floor((end - 1) / MINUTE) * MINUTE;
        if (c.slope > b.slope && last > s)
            consider(last);
        s = Math.max(s + MINUTE, Math.ceil(end / MINUTE) * MINUTE);
    }
    if (best === null)
        throw new RangeError('worstCase() needs a range of at least one minute');
    return { ...best, pieces };
}
