/**
 * Percentage objectives (`80% of calls answered within 30 seconds per month on contact_hours`),
 * counted per channel and per period:
 *  - a contact counts in the period in which it arrived; with a calendar, only contacts that
 *    arrive while the calendar is open count, and the waiting time is the calendar's open time;
 *  - answered in time: answered at or before the instant the time limit runs out; an abandoned
 *    contact counts as not answered in time; one still waiting counts once its limit has passed;
 *  - abandoned: abandoned contacts among those answered or abandoned;
 *  - a ticket counts in the period in which it was created; its clock is the ticket clock
 *    (pauses and reopenings included) with the objective's time limit and calendar;
 *  - `on time`: a ticket against its own target; for `replied` / `updated` (the next reply and update
 *    clocks, runtime/evaluate/on-time.ts) a ticket met it when none of its cycles was late, is
 *    pending while one runs, and is not counted when resolved without ever being owed one;
 *  - tallies (counts stated in scenarios, or pre-aggregated by the caller) add to the counts.
 */
import type { RtDuration, RtObjective } from '../contract.js';
import type { ParsedContact } from '../data/validate.js';
import { type Context } from './context.js';
import { type Exact } from './exact.js';
import type { ObjectivePeriod } from './periods.js';
import type { Explanation, ShareDetail } from './report.js';
export interface Counts {
    counted: number;
    hits: number;
    pending: number;
    outsideHours: number;
    /** Items whose cause the objective excludes (`excluding force majeure`, `excluding calamities`). */
    excluded: number;
    /** Items beyond the allowed share of the forecast volume (`excluding volume above 115% of forecast`). */
    aboveForecast: number;
    /** Items of the objective's channel that do not meet its conditions (`for team "Netwerk"`). */
    unmatched: number;
    /** Resolved tickets that never ran the clock (`replied on time`: no customer message after the first response). */
    notOwed: number;
}
/** What happened to one item for one objective. */
export type Outcome = 'hit' | 'miss' | 'pending' | 'outside' | 'excluded' | 'unmatched' | 'not-owed';
type ShareMeasure = Extract<RtObjective['measure'], {
    kind: 'share';
}>;
/** Channels compare without case, hyphens, underscores or spaces: `e-mail` is `email`. */
export declare const normaliseChannel: (c: string) => string;
export declare function matchesChannel(m: {
    channel: string | null;
}, channel: string | null): boolean;
/**
 * Per objective: counts per period index of the objective's unit. With a volume exclusion the
 * items are kept in arrival order until the forecast is known (runtime/evaluate/forecast.ts).
 */
export declare class ShareCounter {
    readonly objective: RtObjective;
    readonly byIndex: Map<number, Counts>;
    /** `excluding volume above 115% of forecast` → 115; null without. */
    readonly volumeAbove: number | null;
    /** Forecast volume per period index. */
    readonly forecast: Map<number, number>;
    /** Per period index: items as [arrival, outcome] in the order they were added. */
    private readonly ordered;
    constructor(objective: RtObjective);
    at(index: number): Counts;
    tally(index: number, arrived: number, outcome: Outcome): void;
    /** Counts another engine computed for period `index` (the SQL engine; no volume rule, which needs the items in order). */
    addCounts(index: number, counts: Partial<Counts>): void;
    /**
     * The counts of one period index. Volume rule: the items count in arrival order up to
     * ⌊forecast × share⌋; later items are above the forecast and do not count. Without a forecast
     * for the period every item counts.
     */
    /** The forecast of a (rolling) period: the sum of its units' forecasts, or null when one is missing. */
    forecastFor(p: ObjectivePeriod, ctx: Context): number | null;
    countsAt(index: number): Counts | undefined;
}
/**
 * One contact for one objective. Returns false when the contact is undecided at `asOf` and the
 * caller should keep it for later (it was not counted).
 */
export declare function countContact(ctx: Context, counter: ShareCounter, c: ParsedContact, asOf: number | null): boolean;
/** A count stated as such: `4100 calls answered after 20 seconds in 2026-03`. */
export interface Tally {
    source: 'contacts' | 'tickets';
    channel: string | null;
    event: 'answered' | 'abandoned' | 'responded' | 'resolved' | 'replied' | 'updated';
    count: number;
    /** The waiting or handling time, as measured by the objective's clock; null: not stated. */
    after: RtDuration | null;
    /** The period the count covers (a key such as 2026-03). */
    period: string;
}
/** Whether a tally's items meet the objective; null when the tally says nothing about it. */
export declare function tallyHit(m: ShareMeasure, t: Tally): boolean | null;
export declare function shareResult(_ctx: Context, o: RtObjective, counts: Counts): {
    sli: Exact | null;
    detail: ShareDetail;
};
/** Why items were left out of a share: excluded causes, volume above the forecast (with its line). */
export declare function exclusionTrace(o: RtObjective, k: Counts, forecast: number | null): Explanation[];
/** Sums the counts of the units a (rolling) period covers. */
export declare function countsFor(ctx: Context, counter: ShareCounter, p: ObjectivePeriod): Counts;
export {};
