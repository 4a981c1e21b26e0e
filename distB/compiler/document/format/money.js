/** Amounts of money with the currency as the locale writes it: `€ 12.500,00` (nl), `€12,500.00` (en). */
import { numberFormat } from './locale.js';
/** `minor` is in cents (hundredths of the currency unit); fractions of a cent are rounded. */
export function formatMoney(minor, currency, lang) {
    const cents = Math.round(minor);
    // The symbol and the amount stay together on a line: any space between them becomes a no-break space.
    return numberFormat(lang, { style: 'currency', currency, currencyDisplay: 'symbol' })
        .format(cents / 100)
        .replace(/\s/g, '\u00a0');
}
/** `share`% of an amount in cents, rounded to the cent (half away from zero). */
export function percentOf(minor, share) {
    // Work in millionths of a percent so 5% of 12500.00 is exactly 62500 cents.
    const scaled = Math.round(share * 1_000_000);
    return Math.round((minor * scaled) / 100_000_000);
}
