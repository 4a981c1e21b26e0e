/** Measurement periods named in scenarios and tables: `2026-03` → `maart 2026`, `2026-Q1` → `eerste kwartaal van 2026`. */
import { formatMonth } from './date.js';
const ordinals = {
    nl: ['eerste', 'tweede', 'derde', 'vierde'],
    en: ['first', 'second', 'third', 'fourth'],
};
const quarterPattern = {
    nl: (ordinal, year) => `het ${ordinal} kwartaal van ${year}`,
    en: (ordinal, year) => `the ${ordinal} quarter of ${year}`,
};
export function formatQuarter(year, quarter, lang) {
    return quarterPattern[lang](ordinals[lang][quarter - 1] ?? String(quarter), year);
}
/** A period literal as written in a scenario (`2026-03`, `2026-Q1`, `2026`). */
export function formatPeriodLiteral(value, lang) {
    const month = /^(\d{4})-(\d{2})$/.exec(value);
    if (month)
        return formatMonth(Number(month[1]), Number(month[2]), lang);
    const quarter = /^(\d{4})-Q([1-4])$/i.exec(value);
    if (quarter)
        return formatQuarter(Number(quarter[1]), Number(quarter[2]), lang);
    return value;
}
