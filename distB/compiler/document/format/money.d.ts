/** Amounts of money with the currency as the locale writes it: `€ 12.500,00` (nl), `€12,500.00` (en). */
import { type DocLang } from './locale.js';
/** `minor` is in cents (hundredths of the currency unit); fractions of a cent are rounded. */
export declare function formatMoney(minor: number, currency: string, lang: DocLang): string;
/** `share`% of an amount in cents, rounded to the cent (half away from zero). */
export declare function percentOf(minor: number, share: number): number;
