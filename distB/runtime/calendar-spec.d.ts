/**
 * The plain-data description of a business calendar, as the compiler bakes it into an evaluator.
 * Kept free of AST types so the runtime never depends on the parser.
 */
export interface CalendarSpec {
    /** Stable name from the .sla file (for traces). */
    name: string;
    /** IANA time zone, e.g. "Europe/Amsterdam". */
    zone: string;
    /**
     * Opening hours per ISO weekday (index 0 = Monday … 6 = Sunday), as sorted, non-overlapping
     * [startMinute, endMinute) pairs in local wall-clock minutes since midnight (0…1440).
     */
    weekly: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
    /** Public-holiday sets whose days are closed, e.g. { country: "NL" } or { country: "DE", region: "BY" }. */
    holidays: ReadonlyArray<{
        readonly country: string;
        readonly region?: string;
    }>;
    /** Extra closed local dates, ISO "YYYY-MM-DD". */
    closed: ReadonlyArray<string>;
    /**
     * `open on 2026-12-24 08:00 to 12:00`: hours that replace the week's on those local dates (a
     * special date wins over a holiday; the checker forbids closing and opening one date).
     */
    special?: ReadonlyArray<{
        readonly date: string;
        readonly ranges: ReadonlyArray<readonly [number, number]>;
    }>;
    /** `open on public holidays 10:00 to 14:00`: the hours of a public holiday instead of closed. */
    holidayHours?: ReadonlyArray<readonly [number, number]> | null;
}
