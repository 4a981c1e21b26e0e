import type { RecordKind } from '../../runtime/data/types.js';
import type { Evaluation } from '../../runtime/evaluate/engine.js';
import type { DuckDb } from './duckdb.js';
/** A JSON value without its null fields (Parquet has no absent fields, only NULLs). */
export declare function withoutNulls(v: unknown): unknown;
export declare function readParquet(db: DuckDb, ev: Evaluation, path: string, kind: RecordKind): Promise<void>;
