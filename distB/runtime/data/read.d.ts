/**
 * Streaming readers for JSON, NDJSON and CSV record files. NDJSON and CSV are read record by
 * record and JSON arrays element by element, so memory stays constant however large the file is:
 * each record is handed on as soon as it is complete, with the line it starts on. Records are
 * validated later, against the JSON Schemas, by the evaluation they are fed to.
 *
 * What a reader yields obeys one rule: every record it finds is handed on, as a value or as a
 * rejected record (`scope: 'record'`), so that records read = accepted + rejected + skipped for
 * every file. Problems with the file rather than a record (an unknown column, a truncated array,
 * an unclosed quote) have `scope: 'file'` and are not records.
 *
 * CSV column mapping (header row required, names case-insensitive, `_`/`-`/spaces ignored, empty
 * cells mean "absent", an optional mapping file for other tools' column names) is documented in
 * docs/data.md and implemented by `planHeader`, `rowToRecord` and runtime/data/columns.ts.
 */
import { type ColumnMapping } from './columns.js';
import { type Delimiter } from './csv.js';
import { type Chunks, type InvalidBytes } from './text.js';
import type { RecordKind } from './types.js';
export type DataFormat = 'json' | 'ndjson' | 'csv';
/** A record as read (not validated yet), or a problem that prevents reading one. */
export type RawItem = {
    ok: true;
    value: unknown;
    line: number;
}
/** A record that cannot be read: it counts as read, and as rejected. */
 | {
    ok: false;
    scope: 'record';
    line: number;
    field: string;
    message: string;
    fatal: false;
    warning?: false;
}
/** A problem of the file, not of one record; `fatal`: the rest of the file cannot be read. */
 | {
    ok: false;
    scope: 'file';
    line: number;
    field: string;
    message: string;
    fatal: boolean;
    warning: boolean;
};
/**
 * Where string values are normalised before validation (one place for every format): the hook
 * for aliases of priorities, tiers and statuses. `field` is the record field (`priority`,
 * `events/status`).
 */
export type ValueHook = (kind: RecordKind, field: string, value: string) => string;
export interface ReadOptions {
    /** CSV: the character between cells; detected from the header line when absent. */
    delimiter?: Delimiter | null;
    /** Other tools' column names and fixed values, per record kind (runtime/data/columns.ts). */
    columns?: ColumnMapping | null;
    /** The longest record read, in characters; a longer one is rejected without being parsed. */
    maxRecordChars?: number;
    values?: ValueHook | null;
}
/** 8 Mi characters: far above any real ticket (a ticket with 10,000 events is about 600 KB). */
export declare const MAX_RECORD_CHARS: number;
/** Newline-delimited JSON: one record per line; blank lines are skipped. */
export declare function readNdjson(input: Chunks, options?: ReadOptions, kind?: RecordKind | null): AsyncGenerator<RawItem>;
/**
 * One line of an NDJSON file as `readNdjson` reads it (`chars` its length, the text possibly cut
 * beyond the maximum; `invalid` its bytes that are not UTF-8): null for a blank line. Also for
 * lines another reader found (the SQL engine's flagged records, cli/engines/native-read.ts).
 */
export declare function ndjsonLine(lineText: string, chars: number, line: number, options: ReadOptions, kind: RecordKind | null, invalid?: () => InvalidBytes | null): RawItem | null;
/**
 * A JSON file holding one array of records, read element by element: a small scanner finds where
 * each top-level element ends (minding strings and nesting) and parses that slice alone.
 */
export declare function readJsonArray(input: Chunks, options?: ReadOptions, kind?: RecordKind | null): AsyncGenerator<RawItem>;
type Column = {
    field: string;
    type: 'string' | 'timestamp' | 'number' | 'integer' | 'boolean' | 'events' | 'outage-kind';
};
/** Columns per record kind: CSV header (normalised) → record field and how to read the cell. */
export declare const csvColumns: Readonly<Record<RecordKind, Readonly<Record<string, Column>>>>;
/** `2026-03-10T12:00:00+01:00 status waiting for customer; 2026-03-12 09:00+0100 priority P1; 2026-03-12T10:00:00+01:00 message customer` */
export declare function parseEventsCell(cell: string, normalise?: (field: string, value: string) => string): Array<Record<string, string>>;
/** `fields.team` (or `field team`, `field_team`): a column of a custom field of tickets and contacts. */
export declare function customFieldOf(kind: RecordKind, header: string): string | null;
/** CSV with a header row. */
export declare function readCsv(input: Chunks, kind: RecordKind, options?: ReadOptions): AsyncGenerator<RawItem>;
/** Reads records of `kind` in `format` from a stream of chunks. */
export declare function readRecords(input: Chunks, format: DataFormat, kind: RecordKind, options?: ReadOptions): AsyncGenerator<RawItem>;
/** `.json` → json, `.ndjson`/`.jsonl` → ndjson, `.csv` (and `.tsv`) → csv. */
export declare function formatOfPath(path: string): DataFormat | null;
/** The record kind a file holds, from its base name: tickets*.…, contacts*, outages*, measurements*. */
export declare function kindOfPath(path: string): RecordKind | null;
export {};
