/**
 * Durations in words. Two kinds:
 * - a duration as the contract states it (`15 minuten`, `4 uur`, `2 werkdagen`,
 *   `2 kalenderdagen`), from the model's value, unit and clock;
 * - a computed span of real time in hours, minutes and seconds (`43 minuten en 50 seconden`),
 *   for derived facts such as allowed downtime.
 * Plain units come from Intl's unit formatting; the clock words (business, working, calendar)
 * are the locale's own terms, as defined in the document's definitions article.
 */
import type { DurationModel } from '../../model.js';
import { type DocLang } from './locale.js';
/** A duration as the contract states it. */
export declare function formatDuration(d: Pick<DurationModel, 'value' | 'unit' | 'clock'>, lang: DocLang): string;
/**
 * A span of real time in hours, minutes and seconds, rounded to the nearest second and leaving
 * out zero parts: `43 minuten en 50 seconden`, `3 uur, 21 minuten en 36 seconden`, `0 seconden`.
 */
export declare function formatSpan(ms: number, lang: DocLang): string;
/** An amount of hours, up to two decimals: `730,5 uur` / `730.5 hours`. */
export declare function formatHours(ms: number, lang: DocLang): string;
/** A number of days: `30,4375 dagen` / `31 days`. */
export declare function formatDays(days: number, lang: DocLang): string;
