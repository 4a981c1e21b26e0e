import type { RecordKind } from './types.js';
export interface KindMapping {
    /** Export column name → slac field, or null: ignore the column (no unknown-column warning). */
    columns?: Record<string, string | null>;
    /** slac field → the value every record of this kind gets. */
    values?: Record<string, string | number | boolean>;
}
export interface ColumnMapping {
    tickets?: KindMapping;
    contacts?: KindMapping;
    outages?: KindMapping;
    measurements?: KindMapping;
}
export declare const normaliseHeader: (h: string) => string;
export declare const mappingOf: (m: ColumnMapping | null | undefined, kind: RecordKind) => KindMapping | null;
/** Checks a parsed columns file; `file` is named in the message. */
export declare function checkColumns(data: unknown, file: string): {
    ok: true;
    mapping: ColumnMapping;
} | {
    ok: false;
    message: string;
};
/**
 * A JSON record with another tool's top-level field names: renamed by the mapping, fixed values
 * added, and string values (statuses and priorities of events too) passed through the value hook.
 */
export declare function renameFields(kind: RecordKind, record: Record<string, unknown>, mapping: KindMapping | null, values: ((kind: RecordKind, field: string, value: string) => string) | null): Record<string, unknown>;
