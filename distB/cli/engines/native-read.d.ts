import type { RuntimeContract } from '../../runtime/contract.js';
import { type ReadOptions } from '../../runtime/data/read.js';
import type { Evaluation, EvaluateOptions } from '../../runtime/evaluate/engine.js';
import type { DuckDb } from './duckdb.js';
import { type InputFile } from './gate.js';
import type { SqlTickets } from './sql-tickets.js';
/** A duplicate id across the clean and the flagged records: evaluate the JavaScript way. */
export declare class NativeFallback extends Error {
}
export declare class NativeTickets {
    private readonly db;
    private readonly checks;
    private readonly files;
    private readonly readOptions;
    private constructor();
    /** The ticket files staged and checked in DuckDB, or null where the JavaScript reader must read them. */
    static stage(db: DuckDb, contract: RuntimeContract, files: readonly InputFile[], readOptions: ReadOptions, options: EvaluateOptions): Promise<NativeTickets | null>;
    /** How many staged records are clean and how many flagged (the tests check both occur). */
    counts(): Promise<{
        clean: number;
        flagged: number;
    }>;
    /**
     * The staged records of file `i` as a SELECT (input, rec, line, shaped, raw_id, the fields,
     * events), or null when DuckDB cannot read the file as the JavaScript reader would.
     */
    private stageFile;
    /** The instants, `clean` and the last event's instant (for the data's range: its events read once), per staged record. */
    private check;
    /**
     * Feeds the evaluation as the JavaScript reader would: per file, the flagged records through the
     * JavaScript checks (accepted ones into the tables through `tickets.sink`), and the clean ones
     * counted with their range of instants.
     */
    feed(ev: Evaluation, tickets: SqlTickets): Promise<void>;
    /**
     * Once the flagged records are in the input tables: every accepted ticket numbered in input
     * order (the JavaScript engine's `seq`), and the clean records inserted.
     */
    load(): Promise<void>;
}
