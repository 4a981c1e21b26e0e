import type { Evaluation } from '../../runtime/evaluate/engine.js';
import type { SqlDatabase } from './sql-tickets.js';
/** The table of the tickets to build results for, or null for every ticket. */
export declare const LISTED_TABLE = "slac_listed";
/**
 * `slac_listing_outcomes`: per ticket whether the summary counts it, whether the report would list
 * it, and its clocks' outcomes; a step per ticket (the engine runs it with the ticket steps, in
 * batches). Empty when every ticket's result is wanted.
 */
export declare function listingOutcomesSql(ev: Evaluation, every: boolean, cycles: boolean): string;
/**
 * Creates `slac_listed` from `slac_listing_outcomes` and counts the tickets it leaves out into
 * `ev`; null (nothing created) when every ticket's result is wanted.
 */
export declare function selectListed(db: SqlDatabase, ev: Evaluation, every: boolean, cycles: boolean): Promise<string | null>;
