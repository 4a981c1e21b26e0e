/** Percentages as the locale writes them: `99,9%` (nl), `99.9%` (en). */
import { numberFormat } from './locale.js';
export function formatPercentage(value, lang) {
    // Percent style multiplies by 100; dividing first keeps 99.95 exact enough for 4 decimals.
    return numberFormat(lang, { style: 'percent', maximumFractionDigits: 4 }).format(value / 100);
}
