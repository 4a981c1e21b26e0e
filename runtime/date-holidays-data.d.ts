/** date-holidays ships its data table (`date-holidays/data`) without types: the part slac reads. */
declare module 'date-holidays/data' {
  interface HolidaySetEntry {
    states?: Record<string, unknown>;
    regions?: Record<string, unknown>;
  }
  export const data: { holidays: Record<string, HolidaySetEntry> };
}
