import type { DocLang } from './locale.js';
export declare function formatQuarter(year: number, quarter: number, lang: DocLang): string;
/** A period literal as written in a scenario (`2026-03`, `2026-Q1`, `2026`). */
export declare function formatPeriodLiteral(value: string, lang: DocLang): string;
