/**
 * What a problem message may repeat of the data: at most 200 characters of a value, then an
 * ellipsis and the value's length, so a hostile or broken record (a 200 MB id) cannot make the
 * report as large as itself.
 */
export declare const MAX_ECHO = 200;
export declare function clip(value: string, max?: number): string;
/** `1,000,000`: a count in messages, the same on every machine (no locale). */
export declare const thousands: (n: number) => string;
/** A value in quotes, clipped: `'P7'`. */
export declare const quoted: (value: string) => string;
