/**
 * Parquet files for `--engine duckdb`, read by DuckDB's own reader. Columns are the fields of the
 * JSON Schemas (runtime/schemas), timestamps as ISO text with an offset, `events` a list of
 * structs; a NULL is an absent field. Each row goes through the same checks as a JSON record, so a
 * bad row is reported with the file, its record number (Parquet has no lines) and the field.
 */
import { text } from '../../compiler/emit/sql/dialect.js';
/** A JSON value without its null fields (Parquet has no absent fields, only NULLs). */
export function withoutNulls(v) {
    if (Array.isArray(v))
        return v.map(withoutNulls);
    if (v === null || typeof v !== 'object')
        return v;
    const out = {};
    for (const [k, x] of Object.entries(v))
        if (x !== null)
            out[k] = withoutNulls(x);
    return out;
}
export async function readParquet(db, ev, path, kind) {
    ev.supply(kind);
    ev.beginInput(path, kind, 'parquet');
    let index = 0;
    for await (const json of db.column(`SELECT CAST(to_json(r) AS VARCHAR) FROM read_parquet(${text(path)}) AS r`)) {
        ev.addRecord(kind, withoutNulls(JSON.parse(String(json))), { file: path, line: null, index: index++ });
    }
    ev.endInput();
}
