/**
 * Timestamps without an offset in a named zone (`--data-timezone Europe/Amsterdam`), for exports
 * that write local wall times. Daylight saving time is never guessed: a wall time that does not
 * exist (the hour the clocks skip) or that happens twice (the hour they repeat) is an error that
 * asks for the offset. The zone is an input; the machine's zone is never read.
 */
import { type TimestampResult, type WallTimes } from './time.js';
export declare class LocalTimes implements WallTimes {
    readonly zone: string;
    private readonly zoneTime;
    /** Offsets are learnt for instants from `from` to `to` (the evaluation's range), with a margin. */
    constructor(zone: string, from: number, to: number);
    instant(wall: number, text: string): TimestampResult;
}
