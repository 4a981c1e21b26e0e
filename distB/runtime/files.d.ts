import type { RecordKind } from './data/types.js';
import { type DataFormat, type RawItem, type ReadOptions } from './data/read.js';
import type { Evaluation } from './evaluate/engine.js';
export interface DataFile {
    /** Shown in problems and record references. */
    path: string;
    kind: RecordKind;
    format: DataFormat;
    /** The content; read from `path` when absent. */
    input?: AsyncIterable<string | Uint8Array>;
}
/**
 * Feeds every file to the evaluation, in order. Read problems are reported to the evaluation; each
 * file's count of records read is checked against accepted + rejected + skipped (report `data.files`).
 */
export declare function evaluateFiles(ev: Evaluation, files: readonly DataFile[], options?: ReadOptions): Promise<void>;
/** One item a reader produced, as the `index`-th record of the file (when it is a record). */
export declare function addItem(ev: Evaluation, f: {
    path: string;
    kind: RecordKind;
}, item: RawItem, index: number): void;
