import type { RecordKind, RecordSource } from '../data/types.js';
import type { InputSummary } from './report.js';
export declare class Inputs {
    private readonly list;
    private current;
    private readonly seen;
    begin(file: string | null, kind: RecordKind, format: InputSummary['format']): InputSummary;
    end(): void;
    /** The input records of `kind` count towards: the current one, or one per kind for records added without `begin`. */
    of(kind: RecordKind): InputSummary;
    /** Where a record of `kind` with `id` was first read (`tickets.csv:12`), or null after remembering this one's place. */
    firstPlace(kind: RecordKind, id: string, where: RecordSource): string | null;
    summaries(): InputSummary[];
}
