import type { Dialect } from './dialect.js';
/** The tables the day-clock views read and create: the ticket clocks', or another set of clocks of the same shape (escalations.ts). */
export interface DayClockTables {
    base: string;
    /** The clocks of `base` in days. */
    clocks: string;
    spans: string;
    gaps: string;
    due: string;
}
export declare function dayClockViewsSql(d: Dialect, create: string, inf: string, t?: DayClockTables): string;
