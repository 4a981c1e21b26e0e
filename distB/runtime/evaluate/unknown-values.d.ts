/**
 * Values in the data that the contract does not know, in one list: statuses (after aliases),
 * priorities and tiers (even after aliases), and custom field values outside a field's `values`
 * list or fields the contract does not declare. Never ignored silently: each value is reported
 * once with the number of records it occurs in and where it occurs first; `--strict` makes it an
 * error.
 */
import type { RuntimeContract } from '../contract.js';
import type { RecordKind, RecordSource } from '../data/types.js';
import type { ParsedTicket } from '../data/validate.js';
import type { UnknownValue } from './report.js';
import type { Vocabulary } from './statuses.js';
/** Replaces the priorities and tier of a ticket by the contract names their aliases stand for. */
export declare function resolveAliases(vocabulary: Vocabulary, t: ParsedTicket): void;
export declare class UnknownValues {
    private readonly values;
    /** The record last counted per value, so a value counts once per record. */
    private readonly lastRecord;
    private readonly fields;
    constructor(contract: RuntimeContract);
    /** A status, priority or tier of a ticket that the contract does not know. */
    note(field: 'status' | 'priority' | 'tier', value: string, where: RecordSource, id: string | null): void;
    /** Checks a record's custom fields against the declared fields and their values. */
    checkFields(kind: RecordKind, fields: Readonly<Record<string, string>>, where: RecordSource, id: string | null): void;
    private add;
    list(): UnknownValue[];
}
