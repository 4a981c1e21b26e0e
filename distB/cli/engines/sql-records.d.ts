import type { RuntimeContract } from '../../runtime/contract.js';
import type { Evaluation, RecordSink } from '../../runtime/evaluate/engine.js';
import type { SqlDatabase } from './sql-tickets.js';
export declare class SqlRecords {
    private readonly db;
    private readonly contract;
    private readonly files;
    private readonly fileIndex;
    private outages;
    private contacts;
    constructor(db: SqlDatabase, contract: RuntimeContract);
    private file;
    /** Where a row of an input table was read (its source columns). */
    private ref;
    /** The Evaluation's `recordSink` (the input tables are open for appending: SqlTickets.open). */
    readonly sink: RecordSink;
    /** After every record is in (and appended): the views' rows into the evaluation, before `finish`. */
    finish(ev: Evaluation): Promise<void>;
}
