/**
 * Whether a chain of clocks fits inside another clock, for every start instant of a range: the
 * exact worst case, found by a sweep from one change point to the next instead of a scan.
 *
 * A clock maps a start instant t to the instant its time is used up. Every clock slac has (plain
 * time, open time of a calendar, working or calendar days) is nondecreasing and piecewise linear
 * in t with slope 0 (the start lies in closed time: the clock waits for the opening) or 1, and
 * changes its piece only where its input or its output meets a change point of its calendar: an
 * opening, a closing, a local midnight or a change of UTC offset. A chain of clocks, one starting
 * where the previous one ends, is piecewise linear too, and so is the difference between the
 * chain's end and the other clock's. The sweep walks those pieces: on each the difference is
 * linear, so its largest value on the whole minutes of the piece is at the first or the last one.
 */
import type { BusinessCalendar } from '../../runtime/calendar.js';

const MINUTE = 60_000;

/** One clock: an instant in, the instant its time is used up out. */
export interface Stage {
  /** The instant at which the clock's time is used up when it starts at t. */
  at(t: number): number;
  /**
   * How `at` goes on from t (whose result is `out`): with slope 0 or 1, for `length` ms (the
   * integers t … t + length - 1 lie on one line; length >= 1).
   */
  piece(t: number, out: number): { slope: 0 | 1; length: number };
}

/** Plain elapsed time: a stopwatch. */
export function plainStage(ms: number): Stage {
  return { at: (t) => t + ms, piece: () => ({ slope: 1, length: Infinity }) };
}

/** Open time of a calendar (business hours, or hours counted on a calendar); ms > 0. */
export function openTimeStage(cal: BusinessCalendar, ms: number): Stage {
  return {
    at: (t) => cal.add(t, ms),
    piece(t, out) {
      // Closed: the clock starts at the next opening, whatever t is until then.
      if (!cal.isOpen(t)) return { slope: 0, length: cal.nextOpening(t) - t };
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
export function wallStage(cal: BusinessCalendar, at: (t: number) => number): Stage {
  return {
    at,
    piece(t, out) {
      const length = Math.min(cal.nextWallBreak(t) - t, cal.nextWallBreak(out) - out);
      if (length <= 1 || at(t + length - 1) === out + length - 1) return { slope: 1, length };
      const flat = at(t + 1) === out;
      const onLine = (e: number) => at(t + e) === (flat ? out : out + e);
      let lo = 0;
      let hi = length - 1;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (onLine(mid)) lo = mid;
        else hi = mid;
      }
      return { slope: flat ? 0 : 1, length: lo + 1 };
    },
  };
}

/** The instants a chain passes through, from its start to its end (stages.length + 1 values). */
export function run(stages: readonly Stage[], start: number): number[] {
  const xs = [start];
  for (const s of stages) xs.push(s.at(xs[xs.length - 1]!));
  return xs;
}

export interface WorstCase {
  /** The start instant (a whole minute) at which the chain overruns the most, the earliest of several. */
  start: number;
  /** The instants the chain passes through from `start`, ending with its end. */
  chain: number[];
  /** The end of the other clock from `start`. */
  due: number;
  /** chain end - due: > 0 when the chain does not fit. */
  overrun: number;
}

/** How far a chain's start can move from `xs[0]` on one piece, and the chain's slope there. */
function pieceOf(stages: readonly Stage[], xs: readonly number[]): { slope: 0 | 1; length: number } {
  let length = Infinity;
  let slope: 0 | 1 = 1;
  for (let j = 0; j < stages.length && slope === 1; j++) {
    const p = stages[j]!.piece(xs[j]!, xs[j + 1]!);
    length = Math.min(length, p.length);
    slope = p.slope;
  }
  return { slope, length };
}

/**
 * The start instant on a whole minute in [from, to) at which `chain` ends furthest after `bound`
 * (or, when it always ends in time, closest to it), with `pieces` counting the sweep's steps.
 */
export function worstCase(chain: readonly Stage[], bound: readonly Stage[], from: number, to: number): WorstCase & { pieces: number } {
  let best: WorstCase | null = null;
  let pieces = 0;
  const consider = (start: number) => {
    const xs = run(chain, start);
    const due = run(bound, start)[bound.length]!;
    const overrun = xs[xs.length - 1]! - due;
    if (best === null || overrun > best.overrun) best = { start, chain: xs, due, overrun };
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
    if (c.slope > b.slope && last > s) consider(last);
    s = Math.max(s + MINUTE, Math.ceil(end / MINUTE) * MINUTE);
  }
  if (best === null) throw new RangeError('worstCase() needs a range of at least one minute');
  return { ...(best as WorstCase), pieces };
}
