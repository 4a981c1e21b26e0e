/**
 * One input file staged by DuckDB for native-read.ts: its NDJSON lines, CSV rows (native-csv.ts)
 * or Parquet rows as a SELECT of (input, rec, line, shaped, raw_id, the kind's text fields, and
 * for tickets `events`), and afterwards its flagged records through the JavaScript reader, on
 * their lines and with their numbers. `shaped`: the record has the one form the checks read
 * (NDJSON: one flat JSON object of those fields without escapes, string or null values, events of
 * two-string objects; Parquet: those columns as text, the instants also as TIMESTAMP WITH TIME
 * ZONE); everything else is flagged.
 */
import type { DuckDBValue } from '@duckdb/node-api';
import { createReadStream } from 'node:fs';
import { text } from '../../compiler/emit/sql/dialect.js';
import { literalPath } from './literal-path.js';
import { MAX_RECORD_CHARS, type ReadOptions, ndjsonLine } from '../../runtime/data/read.js';
import type { RecordKind } from '../../runtime/data/types.js';
import type { Evaluation } from '../../runtime/evaluate/engine.js';
import { addItem } from '../../runtime/files.js';
import type { DuckDb } from './duckdb.js';
import type { InputFile } from './gate.js';
import { type CsvPlan, JS_SPACE, csvLinesSql, csvPlan, csvRowItem, csvStageSql, csvUnsplittableSql } from './native-csv.js';
import { INSTANT_TYPE, parquetColumns, parquetJsonSql, parquetRecord, structListFields } from './parquet.js';

/** What SQL reads of a record kind: its text fields, those of them that are instants, and whether it has events (tickets). */
export interface StageShape {
  kind: RecordKind;
  fields: readonly string[];
  times: readonly string[];
  events: boolean;
}

export const EVENT_FIELDS = ['at', 'status', 'priority', 'message'] as const;
/**
 * A staged event: its text fields but `at`, which its instant stands for (NULL where `at` is
 * absent or not in the fast form), and `i` its place in the record's list (from 1).
 */
const STAGED_FIELDS = EVENT_FIELDS.filter((f) => f !== 'at');
const STAGED_EVENT = STAGED_FIELDS.map((x) => `'${x}': e."${x}"`).join(', ');
const EVENT_TYPE = `STRUCT(${STAGED_FIELDS.map((f) => `"${f}" VARCHAR`).join(', ')}, "at_ms" BIGINT, "i" BIGINT)`;
/** An event as NDJSON and CSV give it, before its instant. */
const EVENT_TEXT_TYPE = `STRUCT(${EVENT_FIELDS.map((f) => `"${f}" VARCHAR`).join(', ')})`;

/** An input file to stage: `g` its place among all the inputs (its tables' suffix), `input` its number among the files whose numbers its records' table shares (ticket files; contact and outage files together). */
export interface StagedFile {
  f: InputFile;
  g: number;
  input: number;
}

/** One flat JSON object of the shape's fields (no escapes, no other whitespace than spaces and tabs). */
function shapeRegex(shape: StageShape): string {
  const ws = '[ \\t]*';
  const str = '"[^"\\\\\\x00-\\x1f]*"';
  const ev = `\\{${ws}"(at|status|priority|message)"${ws}:${ws}${str}${ws},${ws}"(at|status|priority|message)"${ws}:${ws}${str}${ws}\\}`;
  const events = `\\[${ws}(${ev}(${ws},${ws}${ev})*)?${ws}\\]`;
  const pair = `("(${shape.fields.join('|')})"${ws}:${ws}(${str}|null)${shape.events ? `|"events"${ws}:${ws}${events}` : ''})`;
  return `${ws}\\{${ws}(${pair}(${ws},${ws}${pair})*)?${ws}\\}${ws}`;
}

/** A line of JavaScript's trim() whitespace only is blank (skipped, not a record). */
const BLANK = `[${JS_SPACE}]*`;

/** A carriage return (DuckDB splits lines differently) or a NUL (which DuckDB's text may not keep) anywhere in the file. */
async function hasCrOrNul(path: string): Promise<boolean> {
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }))
    if ((chunk as Buffer).includes(13) || (chunk as Buffer).includes(0)) return true;
  return false;
}

const num = (v: DuckDBValue): number => Number(v as bigint | number);

export class FileStager {
  /** The plans of the CSV files, by `g`. */
  private readonly csv = new Map<number, CsvPlan>();

  constructor(
    private readonly db: DuckDb,
    private readonly readOptions: ReadOptions,
  ) {}

  private maxChars(): number {
    return this.readOptions.maxRecordChars ?? MAX_RECORD_CHARS;
  }

  /**
   * The staged records of `s` as a SELECT, or null when DuckDB cannot read the file as the
   * JavaScript reader would: the columns of the header, then `<time>_ms` per time field, and each
   * event with its `at_ms`. Instants of text come from `slac_ts`; of a Parquet instant column
   * (parquet.ts) from `slac_instant_ms`, its text column then only saying whether it is given.
   */
  async stage(shape: StageShape, s: StagedFile): Promise<string | null> {
    if (s.f.format === 'parquet') return this.stageParquet(shape, s);
    const staged = await this.stageText(shape, s);
    if (staged === null) return null;
    const events = shape.events
      ? ` REPLACE (list_transform(events, lambda e, i: {${STAGED_EVENT}, 'at_ms': slac_ts(e."at"), 'i': i}) AS events)`
      : '';
    return `SELECT *${events}, ${shape.times.map((t) => `slac_ts("${t}") AS "${t}_ms"`).join(', ')} FROM (${staged})`;
  }

  /** An NDJSON or CSV file's records as a SELECT of the columns of `stage` up to `events`, their values as written (text); null as `stage`. */
  stageText(shape: StageShape, s: StagedFile): Promise<string | null> {
    return s.f.format === 'csv' ? this.stageCsv(shape, s) : this.stageNdjson(shape, s);
  }

  /** A Parquet file's rows, where its columns are the shape's fields as text or its times as instants. */
  private async stageParquet(shape: StageShape, { f, input }: StagedFile): Promise<string | null> {
    const types = await parquetColumns(this.db, f.path);
    const listed = types.get('events');
    const eventTypes = new Map<string, string>();
    if (listed !== undefined) {
      const fields = structListFields(listed);
      if (!shape.events || fields === null) return null;
      for (const x of fields) {
        if (
          !(EVENT_FIELDS as readonly string[]).includes(x.name) ||
          !(x.type === 'VARCHAR' || (x.name === 'at' && x.type === INSTANT_TYPE))
        )
          return null;
        eventTypes.set(x.name, x.type);
      }
    }
    for (const [name, type] of types)
      if (
        name !== 'events' &&
        !(shape.fields.includes(name) && (type === 'VARCHAR' || (shape.times.includes(name) && type === INSTANT_TYPE)))
      )
        return null;
    // A value as the checks read it: text, or an instant's presence; and its instant.
    const value = (e: string, type: string | undefined) =>
      type === undefined ? 'CAST(NULL AS VARCHAR)' : type === INSTANT_TYPE ? `CASE WHEN ${e} IS NOT NULL THEN '' END` : e;
    const instant = (e: string, type: string | undefined) =>
      type === undefined ? 'CAST(NULL AS BIGINT)' : type === INSTANT_TYPE ? `slac_instant_ms(${e})` : `slac_ts(${e})`;
    const ev = `{${STAGED_FIELDS.map((x) => `'${x}': ${value(`e."${x}"`, eventTypes.get(x))}`).join(', ')}, 'at_ms': ${instant('e."at"', eventTypes.get('at'))}, 'i': i}`;
    const list = listed === undefined ? `CAST(NULL AS ${EVENT_TYPE}[])` : `list_transform(events, lambda e, i: ${ev})`;
    return `SELECT ${input} AS input, file_row_number AS rec, CAST(NULL AS BIGINT) AS line, TRUE AS shaped, ${value('"id"', types.get('id'))} AS raw_id,
         ${shape.fields.map((x) => `${value(`"${x}"`, types.get(x))} AS "${x}"`).join(', ')}${shape.events ? `, ${list} AS events` : ''},
         ${shape.times.map((t) => `${instant(`"${t}"`, types.get(t))} AS "${t}_ms"`).join(', ')}
       FROM read_parquet(${text(literalPath(f.path))}, file_row_number = true)`;
  }

  /** An NDJSON file's lines (a table of them, and of their fields where the line has the one form the checks read). */
  private async stageNdjson(shape: StageShape, { f, g, input }: StagedFile): Promise<string | null> {
    const db = this.db;
    const events = shape.events ? ', events' : '';
    if (await hasCrOrNul(f.path)) return null;
    // One VARCHAR per line; a \x01 (never in valid JSON) makes a second column, which strict mode refuses.
    await db.exec(
      `CREATE TABLE slac_lines_${g} AS SELECT line, line IS NULL OR regexp_full_match(line, ${text(BLANK)}) AS blank
       FROM read_csv(${text(literalPath(f.path))}, columns = {'line': 'VARCHAR'}, header = false, delim = E'\\x01', quote = '', escape = '',
         new_line = '\\n', auto_detect = false);`,
    );
    const [b] = await db.rows(`SELECT COUNT(*) FILTER (WHERE blank) AS n FROM slac_lines_${g}`);
    // The record number counts the lines that are not blank.
    const rec =
      num(b!.n as number) === 0
        ? 'rowid'
        : 'rowid - COALESCE(SUM(CAST(blank AS INTEGER)) OVER (ORDER BY rowid ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)';
    const eventsJson = shape.events ? `, "events": [{${EVENT_FIELDS.map((x) => `"${x}": "VARCHAR"`).join(', ')}}]` : '';
    const json = `{${shape.fields.map((x) => `"${x}": "VARCHAR"`).join(', ')}${eventsJson}}`;
    await db.exec(
      `CREATE TABLE slac_stage_${g} AS
       SELECT ${input} AS input, rec, line_no AS line, shaped,
         CASE WHEN shaped THEN j.id WHEN json_valid(line) THEN json_extract_string(line, '$.id') END AS raw_id,
         ${shape.fields.map((x) => `j."${x}"`).join(', ')}${shape.events ? `, CAST(j.events AS ${EVENT_TEXT_TYPE}[]) AS events` : ''}
       FROM (
         SELECT rec, line_no, line, shaped, CASE WHEN shaped THEN from_json(line, ${text(json)}) END AS j
         FROM (
           SELECT ${rec} AS rec, rowid + 1 AS line_no, line, blank,
             CASE WHEN strlen(line) <= ${this.maxChars()} AND regexp_full_match(line, ${text(shapeRegex(shape))})
               THEN len(json_keys(line)) = len(list_distinct(json_keys(line))) ELSE FALSE END AS shaped
           FROM slac_lines_${g}
         ) WHERE NOT blank
       );`,
    );
    return `SELECT input, rec, line, shaped, raw_id, ${shape.fields.map((x) => `"${x}"`).join(', ')}${events} FROM slac_stage_${g}`;
  }

  /** A CSV file's rows staged (native-csv.ts), or null where the JavaScript reader must read it. */
  private async stageCsv(shape: StageShape, { f, g, input }: StagedFile): Promise<string | null> {
    const plan = await csvPlan(f.path, shape.kind, this.readOptions);
    if (plan === null) return null;
    await this.db.exec(csvLinesSql(g, f.path, plan));
    const [q] = await this.db.rows(csvUnsplittableSql(g, plan));
    if (num(q!.n as number) > 0) return null;
    const [b] = await this.db.rows(`SELECT COUNT(*) FILTER (WHERE blank) AS n FROM slac_lines_${g} WHERE rowid >= ${plan.headerLine}`);
    this.csv.set(g, plan);
    return csvStageSql(g, input, plan, shape.fields, shape.events ? EVENT_TEXT_TYPE : null, this.maxChars(), num(b!.n as number) > 0);
  }

  /** What `stage` made of the file that the records' check no longer needs (the lines stay for the flagged records). */
  dropStaged({ f, g }: StagedFile): string {
    return f.format === 'ndjson' ? `DROP TABLE slac_stage_${g};\n` : '';
  }

  /**
   * The flagged records of `s` (not clean in `checked`) into the evaluation through the JavaScript
   * reader and checks, in order; then the file's lines are dropped.
   */
  async feedFlagged(ev: Evaluation, s: StagedFile, checked: string, flagged: number): Promise<void> {
    const { f, g, input } = s;
    const sql =
      f.format === 'parquet'
        ? `SELECT rec, NULL AS line, raw FROM (${parquetJsonSql(f.path, await parquetColumns(this.db, f.path))})
           WHERE rec IN (SELECT rec FROM ${checked} WHERE input = ${input} AND NOT clean) ORDER BY rec`
        : `SELECT c.rec, c.line, l.line AS raw FROM ${checked} AS c JOIN slac_lines_${g} AS l ON l.rowid = c.line - 1
           WHERE c.input = ${input} AND NOT c.clean ORDER BY c.rec`;
    for await (const [rec, line, raw] of flagged === 0 ? [] : this.db.rowsApart(sql, flagged)) {
      const index = num(rec!);
      if (f.format === 'parquet') ev.addRecord(f.kind, parquetRecord(String(raw)), { file: f.path, line: null, index });
      else if (f.format === 'csv') addItem(ev, f, await csvRowItem(this.csv.get(g)!, String(raw), num(line!), this.readOptions), index);
      else {
        const t = String(raw);
        addItem(ev, f, ndjsonLine(t, t.length, num(line!), this.readOptions, f.kind)!, index);
      }
    }
    if (f.format !== 'parquet') await this.db.exec(`DROP TABLE slac_lines_${g};`);
  }
}
