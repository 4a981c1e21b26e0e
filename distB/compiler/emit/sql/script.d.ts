/**
 * The files of `slac compile --target sql` (docs/sql-engine.md, "The script"):
 *  - `<stem>.<dialect>.sql`, the contract: its constants and calendars as tables, the input tables
 *    (empty) and the objective periods of the term; run once, then load the input tables;
 *  - `<stem>.<dialect>.evaluate.sql`, the evaluation: every step as a table (`CREATE TABLE … AS`),
 *    in order, from the loaded input tables, as `--engine duckdb` computes them; run it after each
 *    load. Nested views would be expanded where they are read, and on a contract with clocks in
 *    days, reply cycles, pause caps or conditions the last ones become queries of minutes.
 *    `views`: the same steps as views instead (live, recomputed at every query: for small data).
 *    Postgres: each table is analyzed before the next step reads it.
 * Both files first drop what the evaluation creates, in reverse order and without CASCADE (a view
 * of the user's own on a step makes the drop fail rather than vanish), so either runs again.
 */
import type { RuntimeContract } from '../../../runtime/contract.js';
import type { Dialect } from './dialect.js';
export interface SqlScript {
    /** `<stem>.<dialect>.sql`: the contract's tables and the empty input tables. */
    contract: string;
    /** `<stem>.<dialect>.evaluate.sql`: the evaluation of the loaded input tables. */
    evaluate: string;
}
/** The file names of the script of `stem` (the .sla file's name without `.sla`). */
export declare const scriptFileNames: (stem: string, d: Dialect) => {
    contract: string;
    evaluate: string;
};
export declare function sqlScript(d: Dialect, contract: RuntimeContract, views?: boolean): SqlScript;
