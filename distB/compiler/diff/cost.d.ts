import type { DocLang } from '../document/format/locale.js';
import type { Report, TicketResult } from '../../runtime/evaluate/report.js';
import type { Change } from './change.js';
/** One side's outcomes, keyed as Change.bears is: `objective:<name>` and `clock:<tier>:<priority>:<clock>`. */
export interface Outcomes {
    report: Report;
    /** Breached ticket clocks per `clock:…` key. */
    breaches: Map<string, number>;
}
/** Collects breached clocks from the engine's ticket stream (EvaluateOptions.onTicket). */
export declare function breachCounter(into: Map<string, number>): (t: TicketResult) => void;
export interface Delta {
    old: number;
    new: number;
}
export interface ObjectiveCost {
    objective: string;
    /** Measurement periods in which the objective was not met. */
    missed: Delta;
    /** Credits and bonuses granted for the objective, in minor units of `currency`. */
    credits: Delta;
    bonuses: Delta;
}
/** The `cost` of `slac diff --data`. */
export interface Cost {
    /** The measurement periods evaluated (`2026-03` …), in order. */
    periods: string[];
    currency: string | null;
    objectives: ObjectiveCost[];
    /** Breached ticket clocks. */
    ticketBreaches: Delta;
    /** Missed objective periods plus breached ticket clocks. */
    breaches: Delta;
    /** All credits (objectives and per incident) and bonuses, in minor units. */
    credits: Delta;
    bonuses: Delta;
    /** Outcome keys whose values differ. */
    differing: string[];
}
/** Compares the outcomes and sets nothing on the changes: see `affected`. */
export declare function costOf(before: Outcomes, after: Outcomes): Cost;
/** Whether the evaluated outcomes a change bears on differ on the data (`*`: any outcome). */
export declare function affected(change: Change, cost: Cost): boolean;
/** The cost in words: the total line, then one line per objective whose outcome differs. */
export declare function describeCost(cost: Cost, lang: DocLang, title: (objective: string) => string): string[];
