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
  holidays: ReadonlyArray<{ readonly country: string; readonly region?: string }>;
  /** Extra closed local dates, ISO "YYYY-MM-DD". */
  closed: ReadonlyArray<string>;
}
