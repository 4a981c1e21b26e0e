/**
 * `--engine duckdb` reading the ticket files itself: DuckDB loads every NDJSON or CSV line
 * (native-csv.ts splits CSV) or Parquet row into a staging table, record-checks.ts marks the clean
 * ones in SQL, and only the others (flagged) go through the JavaScript reader and checks, in input order, so their problems are
 * the JavaScript engine's byte for byte. Clean records go from the staging table into the input
 * tables with INSERT … SELECT; the report's `data` counts them through `addCheckedRecords`.
 *
 * Used only where that is exact; otherwise (`null` from `stage`) the JavaScript reader reads
 * everything as before: JSON arrays, CSV that native-csv.ts cannot split, column mappings and
 * value hooks, --data-timezone, the same file twice, NDJSON with a carriage return or a NUL
 * anywhere (DuckDB's line splitting differs from the reader's), files DuckDB cannot read (bytes
 * that are not UTF-8, lines over 2 MB), Parquet with other columns or types. A flagged record the JavaScript checks accept with the id of a
 * clean one (a duplicate SQL could not see, e.g. written with escapes) makes `load` throw
 * `NativeFallback`: the caller evaluates again the JavaScript way.
 */
import type { DuckDBValue } from '@duckdb/node-api';
import { createReadStream } from 'node:fs';
import { text } from '../../compiler/emit/sql/dialect.js';
import type { RuntimeContract } from '../../runtime/contract.js';
import { type ReadOptions, ndjsonLine } from '../../runtime/data/read.js';
import type { Evaluation, EvaluateOptions } from '../../runtime/evaluate/engine.js';
import { addItem } from '../../runtime/files.js';
import { parseTimestamp } from '../../runtime/time.js';
import type { DuckDb } from './duckdb.js';
import { type InputFile, SqlResourceError } from './gate.js';
import { type CsvPlan, JS_SPACE, csvLinesSql, csvPlan, csvRowItem, csvStageSql, csvUnsplittableSql } from './native-csv.js';
import { withoutNulls } from './parquet.js';
import { RecordChecks, TIMESTAMP_MACRO } from './record-checks.js';
import type { SqlTickets } from './sql-tickets.js';

/** A duplicate id across the clean and the flagged records: evaluate the JavaScript way. */
export class NativeFallback extends Error {}

const FIELDS = ['id', 'priority', 'tier', 'customer', 'channel', 'created', 'responded', 'resolved', 'assigned'] as const;
const EVENT_FIELDS = ['at', 'status', 'priority', 'message'] as const;
const EVENT_TYPE = `STRUCT(${EVENT_FIELDS.map((f) => `"${f}" VARCHAR`).join(', ')})`;

/** One flat JSON object of the fields above (no escapes, no other whitespace than spaces and tabs). */
const SHAPE = (() => {
  const ws = '[ \\t]*';
  const str = '"[^"\\\\\\x00-\\x1f]*"';
  const ev = `\\{${ws}"(at|status|priority|message)"${ws}:${ws}${str}${ws},${ws}"(at|status|priority|message)"${ws}:${ws}${str}${ws}\\}`;
  const events = `\\[${ws}(${ev}(${ws},${ws}${ev})*)?${ws}\\]`;
  const pair = `("(${FIELDS.join('|')})"${ws}:${ws}(${str}|null)|"events"${ws}:${ws}${events})`;
  return `${ws}\\{${ws}(${pair}(${ws},${ws}${pair})*)?${ws}\\}${ws}`;
})();

/** A line of JavaScript's trim() whitespace only is blank (skipped, not a record). */
const BLANK = `[${JS_SPACE}]*`;

/** Whether SQL can read the ticket files of these (see the header); the others the JavaScript readers read, in their turn. */
function readable(files: readonly InputFile[], readOptions: ReadOptions, options: EvaluateOptions): boolean {
  const paths = new Set(files.map((f) => f.path));
  const tickets = files.filter((f) => f.kind === 'ticket');
  return (
    tickets.length > 0 &&
    paths.size === files.length &&
    tickets.every((f) => f.format !== 'json' && !('input' in f && f.input)) &&
    !readOptions.columns?.tickets &&
    !readOptions.values &&
    !options.dataZone
  );
}

/** A carriage return (DuckDB splits lines differently) or a NUL (which DuckDB's text may not keep) anywhere in the file. */
async function hasCrOrNul(path: string): Promise<boolean> {
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }))
    if ((chunk as Buffer).includes(13) || (chunk as Buffer).includes(0)) return true;
  return false;
}

const num = (v: DuckDBValue): number => Number(v as bigint | number);

export class NativeTickets {
  private constructor(
    private readonly db: DuckDb,
    private readonly checks: RecordChecks,
    /** Every input file, in order; `tickets` the ticket files among them (numbered by their place there). */
    private readonly files: readonly InputFile[],
    private readonly readOptions: ReadOptions,
  ) {
    this.tickets = files.filter((f) => f.kind === 'ticket');
  }

  private readonly tickets: readonly InputFile[];

  /** The plans of the CSV files, by input number. */
  private readonly csv = new Map<number, CsvPlan>();

  /** The ticket files staged and checked in DuckDB, or null where the JavaScript reader must read them. */
  static async stage(
    db: DuckDb,
    contract: RuntimeContract,
    files: readonly InputFile[],
    readOptions: ReadOptions,
    options: EvaluateOptions,
  ): Promise<NativeTickets | null> {
    if (!readable(files, readOptions, options)) return null;
    // A `--now` the evaluation refuses is its error to report (the JavaScript way).
    const now = typeof options.now === 'string' ? parseTimestamp(options.now) : { ok: true as const, ms: options.now ?? null };
    if (!now.ok) return null;
    const n = new NativeTickets(db, new RecordChecks(contract, now.ms), files, readOptions);
    try {
      const staged: string[] = [];
      for (const [i, f] of n.tickets.entries()) {
        const from = await n.stageFile(i, f);
        if (from === null) return null;
        staged.push(from);
      }
      // A view: Parquet is read where slac_checked is made, in one pass (and its ids once more for the duplicates).
      await db.exec(`${TIMESTAMP_MACRO}CREATE VIEW slac_stage AS ${staged.join('\nUNION ALL\n')};`);
      await n.check();
      return n;
    } catch (e) {
      if (e instanceof SqlResourceError) throw e;
      if (process.env['SLAC_DEBUG_NATIVE']) console.error(e);
      // DuckDB could not read a file as the reader would (encoding, a line too long, a type).
      return null;
    }
  }

  /** How many staged records are clean and how many flagged (the tests check both occur). */
  async counts(): Promise<{ clean: number; flagged: number }> {
    const [r] = await this.db.rows('SELECT COUNT(*) FILTER (WHERE clean) AS c, COUNT(*) FILTER (WHERE NOT clean) AS f FROM slac_checked');
    return { clean: Number(r!.c), flagged: Number(r!.f) };
  }

  /**
   * The staged records of file `i` as a SELECT (input, rec, line, shaped, raw_id, the fields,
   * events), or null when DuckDB cannot read the file as the JavaScript reader would.
   */
  private async stageFile(i: number, f: InputFile): Promise<string | null> {
    const db = this.db;
    if (f.format === 'parquet') {
      const columns = await db.rows(`DESCRIBE SELECT * FROM read_parquet(${text(f.path)})`);
      const types = new Map(columns.map((c) => [String(c.column_name), String(c.column_type)]));
      const events = types.get('events');
      let eventFields: string[] = [];
      if (events !== undefined) {
        const m = /^STRUCT\((.*)\)\[\]$/.exec(events);
        eventFields = m ? m[1]!.split(', ').map((x) => x.replace(/^"?([a-z]+)"? VARCHAR$/, '$1')) : [];
        if (!m || eventFields.some((x) => !(EVENT_FIELDS as readonly string[]).includes(x))) return null;
      }
      for (const [name, type] of types)
        if (name !== 'events' && !((FIELDS as readonly string[]).includes(name) && type === 'VARCHAR')) return null;
      const col = (c: string) => (types.has(c) ? `"${c}"` : 'CAST(NULL AS VARCHAR)');
      const ev = `{${EVENT_FIELDS.map((x) => `'${x}': ${eventFields.includes(x) ? `e."${x}"` : 'CAST(NULL AS VARCHAR)'}`).join(', ')}}`;
      return `SELECT ${i} AS input, file_row_number AS rec, CAST(NULL AS BIGINT) AS line, TRUE AS shaped, ${col('id')} AS raw_id, ${FIELDS.map((x) => `${col(x)} AS "${x}"`).join(', ')},
           ${events === undefined ? `CAST(NULL AS ${EVENT_TYPE}[])` : `list_transform(events, lambda e: ${ev})`} AS events
         FROM read_parquet(${text(f.path)}, file_row_number = true)`;
    }
    if (f.format === 'csv') return this.stageCsv(i, f.path);
    if (await hasCrOrNul(f.path)) return null;
    // One VARCHAR per line; a \x01 (never in valid JSON) makes a second column, which strict mode refuses.
    await db.exec(
      `CREATE TABLE slac_lines_${i} AS SELECT line, line IS NULL OR regexp_full_match(line, ${text(BLANK)}) AS blank
       FROM read_csv(${text(f.path)}, columns = {'line': 'VARCHAR'}, header = false, delim = E'\\x01', quote = '', escape = '',
         new_line = '\\n', auto_detect = false);`,
    );
    const [b] = await db.rows(`SELECT COUNT(*) FILTER (WHERE blank) AS n FROM slac_lines_${i}`);
    // The record number counts the lines that are not blank.
    const rec =
      num(b!.n as number) === 0
        ? 'rowid'
        : 'rowid - COALESCE(SUM(CAST(blank AS INTEGER)) OVER (ORDER BY rowid ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)';
    const max = this.maxChars();
    const json = `{${FIELDS.map((x) => `"${x}": "VARCHAR"`).join(', ')}, "events": [{${EVENT_FIELDS.map((x) => `"${x}": "VARCHAR"`).join(', ')}}]}`;
    await db.exec(
      `CREATE TABLE slac_stage_${i} AS
       SELECT ${i} AS input, rec, line_no AS line, shaped,
         CASE WHEN shaped THEN j.id WHEN json_valid(line) THEN json_extract_string(line, '$.id') END AS raw_id,
         ${FIELDS.map((x) => `j."${x}"`).join(', ')}, CAST(j.events AS ${EVENT_TYPE}[]) AS events
       FROM (
         SELECT rec, line_no, line, shaped, CASE WHEN shaped THEN from_json(line, ${text(json)}) END AS j
         FROM (
           SELECT ${rec} AS rec, rowid + 1 AS line_no, line, blank,
             CASE WHEN strlen(line) <= ${max} AND regexp_full_match(line, ${text(SHAPE)})
               THEN len(json_keys(line)) = len(list_distinct(json_keys(line))) ELSE FALSE END AS shaped
           FROM slac_lines_${i}
         ) WHERE NOT blank
       );`,
    );
    return `SELECT * FROM slac_stage_${i}`;
  }

  private maxChars(): number {
    return this.readOptions.maxRecordChars ?? 8 << 20;
  }

  /** A CSV file's rows staged (native-csv.ts), or null where the JavaScript reader must read it. */
  private async stageCsv(i: number, path: string): Promise<string | null> {
    const plan = await csvPlan(path, this.readOptions);
    if (plan === null) return null;
    await this.db.exec(csvLinesSql(i, path, plan));
    const [q] = await this.db.rows(csvUnsplittableSql(i, plan));
    if (num(q!.n as number) > 0) return null;
    const [b] = await this.db.rows(`SELECT COUNT(*) FILTER (WHERE blank) AS n FROM slac_lines_${i} WHERE rowid >= ${plan.headerLine}`);
    this.csv.set(i, plan);
    return csvStageSql(i, plan, FIELDS, EVENT_TYPE, this.maxChars(), num(b!.n as number) > 0);
  }

  /** The instants, `clean` and the last event's instant (for the data's range: its events read once), per staged record. */
  private async check(): Promise<void> {
    const ts = (f: string) => `slac_ts("${f}") AS ${f}_ms`;
    await this.db.exec(
      `CREATE TABLE slac_checked AS
       SELECT *, COALESCE(${this.checks.cleanSql()} AND raw_id NOT IN (SELECT raw_id FROM slac_stage WHERE raw_id IS NOT NULL GROUP BY raw_id HAVING COUNT(*) > 1), FALSE) AS clean,
         list_max(list_transform(events, lambda e: e.at_ms)) AS last_event_ms
       FROM (
         SELECT * REPLACE (list_transform(events, lambda e: {${EVENT_FIELDS.map((x) => `'${x}': e."${x}"`).join(', ')}, 'at_ms': slac_ts(e.at)}) AS events),
           ${['created', 'responded', 'resolved', 'assigned'].map(ts).join(', ')}
         FROM slac_stage
       );
       DROP VIEW slac_stage;
       ${this.tickets.map((f, i) => (f.format === 'ndjson' ? `DROP TABLE slac_stage_${i};` : '')).join(' ')}`,
    );
  }

  /**
   * Feeds the evaluation as the JavaScript reader would, file by file in order: of a ticket file,
   * the flagged records through the JavaScript checks (accepted ones into the tables through
   * `tickets.sink`), and the clean ones counted with their range of instants; any other file
   * through `other` (the JavaScript readers).
   */
  async feed(ev: Evaluation, tickets: SqlTickets, other: (f: InputFile) => Promise<void>): Promise<void> {
    for (const f of this.tickets) tickets.fileNumber(f.path);
    const counts = await this.db.rows(
      `SELECT input, COUNT(*) FILTER (WHERE clean) AS clean, COUNT(*) FILTER (WHERE NOT clean) AS flagged,
         MIN(created_ms) FILTER (WHERE clean) AS a, MAX(created_ms) FILTER (WHERE clean) AS b,
         GREATEST(${['created_ms', 'responded_ms', 'resolved_ms', 'last_event_ms'].map((x) => `MAX(${x}) FILTER (WHERE clean)`).join(', ')}) AS e
       FROM slac_checked GROUP BY input`,
    );
    for (const f of this.files) {
      const i = this.tickets.indexOf(f);
      if (i === -1) {
        await other(f);
        continue;
      }
      ev.supply('ticket');
      ev.beginInput(f.path, 'ticket', f.format);
      const c = counts.find((r) => Number(r.input) === i);
      const flagged =
        f.format === 'parquet'
          ? `SELECT r.file_row_number AS rec, NULL AS line, CAST(to_json(r) AS VARCHAR) AS raw
             FROM read_parquet(${text(f.path)}, file_row_number = true) AS r
             WHERE r.file_row_number IN (SELECT rec FROM slac_checked WHERE input = ${i} AND NOT clean) ORDER BY rec`
          : `SELECT c.rec, c.line, l.line AS raw FROM slac_checked AS c JOIN slac_lines_${i} AS l ON l.rowid = c.line - 1
             WHERE c.input = ${i} AND NOT c.clean ORDER BY c.rec`;
      for await (const [rec, line, raw] of Number(c?.flagged ?? 0) === 0 ? [] : this.db.rowsApart(flagged)) {
        const index = num(rec!);
        if (f.format === 'parquet') {
          const record = withoutNulls(JSON.parse(String(raw))) as Record<string, unknown>;
          delete record['file_row_number'];
          ev.addRecord('ticket', record, { file: f.path, line: null, index });
        } else if (f.format === 'csv') addItem(ev, f, await csvRowItem(this.csv.get(i)!, String(raw), num(line!), this.readOptions), index);
        else {
          const s = String(raw);
          addItem(ev, f, ndjsonLine(s, s.length, num(line!), this.readOptions, 'ticket')!, index);
        }
      }
      const count = Number(c?.clean ?? 0);
      ev.addCheckedRecords('ticket', count, count === 0 ? null : { from: Number(c!.a), to: Number(c!.b), end: Number(c!.e) });
      ev.endInput();
    }
  }

  /**
   * Once the flagged records are in the input tables: every accepted ticket numbered in input
   * order (the JavaScript engine's `seq`), and the clean records inserted.
   */
  async load(): Promise<void> {
    const db = this.db;
    // Every query from here on orders what it needs; keeping the order of every intermediate table
    // holds them in memory (10,000,000 tickets ran out of the 1 GB).
    await db.exec('SET preserve_insertion_order = false;');
    const [dup] = await db.rows('SELECT COUNT(*) AS n FROM slac_tickets AS t JOIN slac_checked AS c ON c.clean AND c.id = t.id');
    if (Number(dup!.n) > 0) throw new NativeFallback('a flagged record has the id of a clean one');
    const tier = this.checks.tierSql();
    const ev = `{'at_ms': e.at_ms, 'i': i, 'status': e.status, 'priority': e.priority, 'message': e.message, 'resolves': false}`;
    const resolvedEv = `{'at_ms': resolved_ms, 'i': len(COALESCE(events, [])) + 1, 'status': CAST(NULL AS VARCHAR), 'priority': CAST(NULL AS VARCHAR), 'message': CAST(NULL AS VARCHAR), 'resolves': true}`;
    const [all] = await db.rows('SELECT COUNT(*) FILTER (WHERE NOT clean) AS flagged FROM slac_checked');
    let clean: string;
    if (Number(all!.flagged) === 0) {
      // Every record clean (the common case): the number follows from the record's place, no sort.
      await db.exec(`CREATE TABLE slac_base AS
        SELECT input, COALESCE(SUM(COUNT(*)) OVER (ORDER BY input ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS base
        FROM slac_checked GROUP BY input;`);
      clean = '(SELECT CAST(c.rec + b.base AS BIGINT) AS seq, c.* FROM slac_checked AS c JOIN slac_base AS b ON b.input = c.input)';
    } else {
      await db.exec(`
CREATE TABLE slac_order AS
SELECT f, i, flagged, CAST(row_number() OVER (ORDER BY f, i) - 1 AS BIGINT) AS seq FROM (
  SELECT input AS f, rec AS i, FALSE AS flagged FROM slac_checked WHERE clean
  UNION ALL SELECT source_file, source_index, TRUE FROM slac_tickets
);
CREATE TABLE slac_renumber AS
SELECT t.seq AS old, o.seq AS new FROM slac_tickets AS t JOIN slac_order AS o ON o.flagged AND o.f = t.source_file AND o.i = t.source_index;
UPDATE slac_events SET ticket = r.new FROM slac_renumber AS r WHERE slac_events.ticket = r.old;
UPDATE slac_tickets SET seq = r.new FROM slac_renumber AS r WHERE slac_tickets.seq = r.old;
CREATE TABLE slac_clean AS
SELECT o.seq, c.* FROM slac_checked AS c JOIN slac_order AS o ON NOT o.flagged AND o.f = c.input AND o.i = c.rec WHERE c.clean;
DROP TABLE slac_checked;
`);
      clean = 'slac_clean';
    }
    await db.exec(`
INSERT INTO slac_tickets (seq, id, tier, priority, channel, created_ms, responded_ms, assigned_ms, source_file, source_line, source_index)
SELECT seq, id, ${tier}, priority, channel, created_ms, responded_ms, assigned_ms, input, line, rec FROM ${clean} AS x;
INSERT INTO slac_events (ticket, ord, at_ms, status, status_key, priority, message, resolves)
SELECT seq, k - 1, e.at_ms, e.status, CASE WHEN e.status IS NOT NULL THEN ${this.checks.statusKeySql('e.status')} END, e.priority, e.message, e.resolves
FROM (
  SELECT seq, unnest(l) AS e, generate_subscripts(l, 1) AS k FROM (
    SELECT seq, list_sort(list_concat(
      COALESCE(list_transform(events, lambda e, i: ${ev}), []),
      CASE WHEN resolved_ms IS NULL THEN [] ELSE [${resolvedEv}] END)) AS l
    FROM ${clean} AS x
  )
);
DROP TABLE IF EXISTS slac_clean;
DROP TABLE IF EXISTS slac_checked;
`);
  }
}
