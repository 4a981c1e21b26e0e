/**
 * What a problem message may repeat of the data: at most 200 characters of a value, then an
 * ellipsis and the value's length, so a hostile or broken record (a 200 MB id) cannot make the
 * report as large as itself.
 */
export const MAX_ECHO = 200;
export function clip(value, max = MAX_ECHO) {
    return value.length <= max ? value : `${value.slice(0, max)}… (${thousands(value.length)} characters)`;
}
/** `1,000,000`: a count in messages, the same on every machine (no locale). */
export const thousands = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** A value in quotes, clipped: `'P7'`. */
export const quoted = (value) => `'${clip(value)}'`;
