import type { RuntimeContract } from '../../runtime/contract.js';
import { Context } from '../../runtime/evaluate/context.js';
/** `slac_ts(text)`: epoch ms of a timestamp in the fast form (runtime/time.ts fastTimestamp), else NULL. */
export declare const TIMESTAMP_MACRO: string;
/**
 * The checks for one contract. `stage` columns: the record's fields as text (`id`, `priority`,
 * `tier`, `customer`, `channel`, `created`, `responded`, `resolved`, `assigned`), `events` a list
 * of structs (`at`, `status`, `priority`, `message`), `shaped` (its form passed), and the instants
 * `created_ms`, `responded_ms`, `resolved_ms`, `assigned_ms` from `slac_ts`; each event also has its `at_ms`.
 */
export declare class RecordChecks {
    readonly ctx: Context;
    constructor(contract: RuntimeContract);
    /** The tier a clean record's clocks follow (a contract without tiers has one). */
    tierSql(): string;
    /** The status names of the contract as written: declared, aliased, or named by a pause clause of `tier` (else of any tier). */
    private statusNames;
    /** Status keys a tier knows (`Vocabulary.known`, which depends on the key alone). */
    private knownKeys;
    /**
     * The status key of `e` (printable ASCII): the contract's own spellings looked up (a regular
     * expression per event cost a tenth of the reading), any other through `statusKey`.
     */
    statusKeySql(e: string): string;
    /** Whether `e` is printable ASCII: the contract's own spellings are, without the regular expression. */
    private printableSql;
    /** TRUE for a clean record of `stage` (see the header); never NULL. */
    cleanSql(): string;
}
