/**
 * Parquet files for `--engine duckdb`, read by DuckDB's own reader. Columns are the fields of the
 * JSON Schemas (runtime/schemas), `events` a list of structs; a NULL is an absent field.
 * Timestamps are ISO text with an offset, or typed as a warehouse writes them: a `TIMESTAMP WITH
 * TIME ZONE` (Parquet's isAdjustedToUTC) is an instant, given to the checks as ISO text in UTC
 * with its microseconds (the reader keeps whole milliseconds, as of any text); a `TIMESTAMP`
 * without a zone is a wall time, ISO text without an offset, which the checks refuse as they
 * refuse such text, unless `--data-timezone` names its zone. Each row goes through the same checks
 * as a JSON record, so a bad row is reported with the file, its record number (Parquet has no
 * lines) and the field.
 */
import { text } from '../../compiler/emit/sql/dialect.js';
import { existsSync } from 'node:fs';
import { literalPath, userPaths } from './literal-path.js';
import type { RecordKind } from '../../runtime/data/types.js';
import type { Evaluation } from '../../runtime/evaluate/engine.js';
import type { DuckDb } from './duckdb.js';
import { SqlFileError, SqlResourceError, SqlStreamError } from './gate.js';

/** A JSON value without its null fields (Parquet has no absent fields, only NULLs). */
function withoutNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (x !== null) out[k] = withoutNulls(x);
  return out;
}

/**
 * DuckDB's error reading the Parquet file `path` as the user's (SqlFileError: its first line,
 * without DuckDB's error class; DuckDB names the file in those), and a read that stopped short
 * (SqlStreamError); any other error stays as it is.
 */
export function fileError(path: string, error: unknown): unknown {
  if (error instanceof SqlFileError) return error;
  if (error instanceof SqlStreamError)
    return new SqlFileError(
      path,
      `DuckDB stopped reading it after ${error.rows} of its ${error.expected} rows (a damaged or unreadable page)`,
    );
  if (!(error instanceof Error) || error instanceof SqlResourceError) return error;
  if (!existsSync(path)) return new SqlFileError(path, 'no such file');
  const message = userPaths(error.message);
  if (!message.includes(path)) return error;
  const reason = message.split('\n')[0]!.replace(/^[A-Za-z ]*Error: /, '');
  return new SqlFileError(path, `not a Parquet file DuckDB can read (${reason})`);
}

/** The number of rows a Parquet file's footer gives. */
export async function parquetRows(db: DuckDb, path: string): Promise<number> {
  const [r] = await db
    .rows(`SELECT CAST(COALESCE(SUM(num_rows), 0) AS BIGINT) AS n FROM parquet_file_metadata(${text(literalPath(path))})`)
    .catch((e) => {
      throw fileError(path, e);
    });
  return Number(r!.n);
}

/** DuckDB's types of a Parquet file's columns, by name, in the file's order. */
export async function parquetColumns(db: DuckDb, path: string): Promise<Map<string, string>> {
  const columns = await db.rows(`DESCRIBE SELECT * FROM read_parquet(${text(literalPath(path))})`).catch((e) => {
    throw fileError(path, e);
  });
  return new Map(columns.map((c) => [String(c.column_name), String(c.column_type)]));
}

/** The instant type (isAdjustedToUTC) and the wall-time types of DuckDB's Parquet reader. */
export const INSTANT_TYPE = 'TIMESTAMP WITH TIME ZONE';
const WALL_TYPES = new Set(['TIMESTAMP', 'TIMESTAMP_S', 'TIMESTAMP_MS', 'TIMESTAMP_NS']);

/** The fields of a list of structs' type (`STRUCT("at" TIMESTAMP WITH TIME ZONE, status VARCHAR)[]`), or null for another type. */
export function structListFields(type: string): Array<{ name: string; type: string }> | null {
  const m = /^STRUCT\((.*)\)\[\]$/.exec(type);
  if (!m) return null;
  const fields = m[1]!.split(', ').map((x) => /^"?([A-Za-z_][A-Za-z0-9_]*)"? (.+)$/.exec(x));
  return fields.every((f) => f !== null && !/[(),]/.test(f[2]!)) ? fields.map((f) => ({ name: f![1]!, type: f![2]! })) : null;
}

/** A timestamp-typed value as the ISO text the checks read (see the header), or null for a value of another type. */
function isoText(e: string, type: string): string | null {
  if (type === INSTANT_TYPE) return `strftime(timezone('UTC', ${e}), '%Y-%m-%dT%H:%M:%S.%fZ')`;
  if (WALL_TYPES.has(type)) return `strftime(CAST(${e} AS TIMESTAMP), '%Y-%m-%dT%H:%M:%S.%f')`;
  return null;
}

/**
 * The rows of a Parquet file as JSON text (column `raw`), with `file_row_number`: its
 * timestamp-typed columns, and those of a list of structs (`events`), as ISO text.
 */
export function parquetJsonSql(path: string, columns: ReadonlyMap<string, string>): string {
  const replaced: string[] = [];
  for (const [name, type] of columns) {
    const q = `"${name.replaceAll('"', '""')}"`;
    const iso = isoText(q, type);
    if (iso !== null) replaced.push(`${iso} AS ${q}`);
    const fields = structListFields(type);
    if (fields?.some((f) => isoText('x', f.type) !== null)) {
      const struct = fields.map((f) => `'${f.name}': ${isoText(`e."${f.name}"`, f.type) ?? `e."${f.name}"`}`).join(', ');
      replaced.push(`list_transform(${q}, lambda e: {${struct}}) AS ${q}`);
    }
  }
  const row = replaced.length === 0 ? '*' : `* REPLACE (${replaced.join(', ')})`;
  return `SELECT file_row_number AS rec, CAST(to_json(r) AS VARCHAR) AS raw
    FROM (SELECT ${row} FROM read_parquet(${text(literalPath(path))}, file_row_number = true)) AS r`;
}

/** A row of parquetJsonSql as the record the JavaScript checks read. */
export function parquetRecord(raw: string): Record<string, unknown> {
  const record = withoutNulls(JSON.parse(raw)) as Record<string, unknown>;
  delete record['file_row_number'];
  return record;
}

export async function readParquet(db: DuckDb, ev: Evaluation, path: string, kind: RecordKind): Promise<void> {
  ev.supply(kind);
  ev.beginInput(path, kind, 'parquet');
  // In the file's order: the evaluation reads before native-read.ts lets DuckDB give up insertion order.
  const rows = db.rowsApart(parquetJsonSql(path, await parquetColumns(db, path)), await parquetRows(db, path));
  try {
    for await (const [rec, raw] of rows) {
      ev.addRecord(kind, parquetRecord(String(raw)), { file: path, line: null, index: Number(rec as bigint) });
    }
  } catch (e) {
    throw fileError(path, e);
  }
  ev.endInput();
}
