/**
 * The SQL of a contract, for `slac compile --target sql` (script.ts puts it in its two files) and
 * `--engine duckdb`: the contract's constants as tables (tiers, targets, what each status does per
 * tier), its calendars as tables of open time (calendars.ts), the input tables (empty;
 * docs/sql-engine.md gives their schema and how to load them), and the steps that evaluate them
 * (tickets.ts; objectives, credits and bonuses: objectives.ts). Every name and text of the .sla
 * file goes through dialect.ts.
 */
import type { RuntimeContract } from '../../../runtime/contract.js';
import { type Uncovered } from './coverage.js';
import { type Column, type Dialect } from './dialect.js';
import { type TicketFeatures } from './tickets.js';
export type { Dialect } from './dialect.js';
/** The input tables: instants in epoch milliseconds; `seq` is the ticket's position in the input. */
export declare const INPUT_TABLES: ReadonlyArray<{
    name: string;
    columns: readonly Column[];
}>;
/** Thrown for a contract the SQL engine does not cover (diagnostic `sql-unsupported`). */
export declare class UncoveredError extends Error {
    readonly features: Uncovered[];
    constructor(features: Uncovered[]);
}
/** The tables of the contract and its calendars; the same for the script and the DuckDB engine. */
export declare function contractTablesSql(d: Dialect, contract: RuntimeContract): string;
/** The input tables, created empty (forecasts too: a DOUBLE column, created by literalTable in each dialect's spelling). */
export declare function inputTablesSql(d: Dialect): string;
/** The script's objective periods of outages and contacts: those the data touches, as the report's (the engine has the report's own). */
export declare const touchedPeriodsSql: () => string;
/** What the contract's tiers and objectives use of the SQL engine's ticket clocks (the views for the rest are left out). */
export declare function ticketFeatures(contract: RuntimeContract, now: number | null): TicketFeatures;
/** The steps after the constant tables, in order: the engine runs `tickets` in batches of tickets (cli/engines/batches.ts). */
export interface ViewsSql {
    /** The evaluation instant and the data's range, over all the data. */
    global: string;
    /** Per ticket: its clocks, escalations and warnings; no step reads another ticket's rows. */
    tickets: string;
    /** Outages, contacts and objectives, over all tickets. */
    objectives: string;
}
/**
 * Everything after the constant tables: views, or (`materialize`) tables of the loaded inputs at
 * the evaluation instant the engine found (`asOf`; it also knows the requested period); `now`
 * (`--now`): every ticket is evaluated then, and what happened later has not happened yet.
 * `records`: the views of outages and contacts (records.ts), which the objective periods read (the
 * engine has created them before).
 */
export declare function viewsSqlParts(d: Dialect, contract: RuntimeContract, materialize?: boolean, asOf?: number | null, now?: number | null, records?: string): ViewsSql;
/** viewsSqlParts as one script. */
export declare function viewsSql(...args: Parameters<typeof viewsSqlParts>): string;
