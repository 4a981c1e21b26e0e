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
/** One clock: an instant in, the instant its time is used up out. */
export interface Stage {
    /** The instant at which the clock's time is used up when it starts at t. */
    at(t: number): number;
    /**
     * How `at` goes on from t (whose result is `out`): with slope 0 or 1, for `length` ms (the
     * integers t … t + length - 1 lie on one line; length >= 1).
     */
    piece(t: number, out: number): {
        slope: 0 | 1;
        length: number;
    };
}
/** Plain elapsed time: a stopwatch. */
export declare function plainStage(ms: number): Stage;
/** Open time of a calendar (business hours, or hours counted on a calendar); ms > 0. */
export declare function openTimeStage(cal: BusinessCalendar, ms: number): Stage;
/**
 * A clock that keeps the wall-clock time and moves the date (working days, calendar days): linear
 * until the input's or the output's local date or UTC offset changes. A wall time that falls in a
 * spring-forward gap maps to the gap's end, so the line is confirmed, and where it bends, the
 * piece ends there (found by bisection; the function is nondecreasing).
 */
export declare function wallStage(cal: BusinessCalendar, at: (t: number) => number): Stage;
/** The instants a chain passes through, from its start to its end (stages.length + 1 values). */
export declare function run(stages: readonly Stage[], start: number): number[];
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
/**
 * The start instant on a whole minute in [from, to) at which `chain` ends furthest after `bound`
 * (or, when it always ends in time, closest to it), with `pieces` counting the sweep's steps.
 */
export declare function worstCase(chain: readonly Stage[], bound: readonly Stage[], from: number, to: number): WorstCase & {
    pieces: number;
};
