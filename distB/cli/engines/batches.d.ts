import type { SqlDatabase } from './sql-tickets.js';
/** Tickets per batch unless SLAC_DUCKDB_BATCH_TICKETS says otherwise (docs/sql-engine.md: what a batch costs in memory). */
export declare const TICKET_BATCH = 1000000;
/**
 * Runs `sql` (the ticket steps) on the loaded input tables, in batches of `size` tickets by their
 * number; `kept` says which of the tables they make the steps after read.
 */
export declare function runTicketSteps(db: SqlDatabase, sql: string, kept: (table: string) => boolean, size?: number): Promise<void>;
