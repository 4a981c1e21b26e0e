/**
 * `--engine duckdb` reading the ticket, contact and outage files itself: DuckDB loads every NDJSON
 * or CSV line (native-csv.ts splits CSV) or Parquet row into a staging table (native-stage.ts),
 * record-checks.ts (tickets) and native-records.ts (contacts, outages) mark the clean ones in SQL,
 * and only the others (flagged) go through the JavaScript reader and checks, in input order, so
 * their problems are the JavaScript engine's byte for byte. Clean records go from the staging
 * table into the input tables with INSERT … SELECT; the report's `data` counts them through
 * `addCheckedRecords`. Measurements are always read by JavaScript (a few per objective and period).
 *
 * Used per kind only where that is exact; otherwise the JavaScript reader reads every file of the
 * kind as before: JSON arrays, CSV that native-csv.ts cannot split, column mappings and value
 * hooks, --data-timezone, the same file twice, NDJSON with a carriage return or a NUL anywhere
 * (DuckDB's line splitting differs from the reader's), files DuckDB cannot read (bytes that are
 * not UTF-8, lines over 2 MB), Parquet with other columns or types. A flagged record the
 * JavaScript checks accept with the id of a clean one (a duplicate SQL could not see, e.g.
 * written with escapes) makes `load` throw `NativeFallback`: the caller evaluates again the
 * JavaScript way.
 */
import { CONTACTS_TABLE, OUTAGES_TABLE } from '../../compiler/emit/sql/inputs.js';
import type { RuntimeContract } from '../../runtime/contract.js';
import type { ReadOptions } from '../../runtime/data/read.js';
import type { Evaluation, EvaluateOptions } from '../../runtime/evaluate/engine.js';
import { parseTimestamp } from '../../runtime/time.js';
import type { DuckDb } from './duckdb.js';
import { type InputFile, SqlFileError, SqlResourceError } from './gate.js';
import { type RecordKindSql, contactSql, outageSql } from './native-records.js';
import { FileStager, type StageShape, type StagedFile } from './native-stage.js';
import { fileError } from './parquet.js';
import { RecordChecks, TIMESTAMP_MACRO, eventOrdSql } from './record-checks.js';
import type { SqlRecords } from './sql-records.js';
import type { Row, SqlTickets } from './sql-tickets.js';

/** A duplicate id across the clean and the flagged records: evaluate the JavaScript way. */
export class NativeFallback extends Error {}

export type NativeKind = 'ticket' | 'contact' | 'outage';

/** What SQL reads of a ticket. */
export const TICKET: StageShape = {
  kind: 'ticket',
  fields: ['id', 'priority', 'tier', 'customer', 'channel', 'created', 'responded', 'resolved', 'assigned'],
  times: ['created', 'responded', 'resolved', 'assigned'],
  events: true,
};

/** The input table a kind's records go to, for the duplicate check against those JavaScript accepted. */
const TABLES = { contact: CONTACTS_TABLE, outage: OUTAGES_TABLE } as const;

/** Whether SQL can read the files of `kind` among these (see the header). */
function readable(kind: NativeKind, files: readonly InputFile[], readOptions: ReadOptions, options: EvaluateOptions): boolean {
  const paths = new Set(files.map((f) => f.path));
  const mine = files.filter((f) => f.kind === kind);
  return (
    mine.length > 0 &&
    paths.size === files.length &&
    mine.every((f) => f.format !== 'json' && !('input' in f && f.input)) &&
    !readOptions.columns?.[`${kind}s`] &&
    !readOptions.values &&
    !options.dataZone
  );
}

/** The table of a kind's checked records. */
const checkedTable = (kind: NativeKind) => (kind === 'ticket' ? 'slac_checked' : `slac_checked_${kind}`);

/** The files of one kind SQL reads, and how it checks them. */
interface Staged {
  kind: NativeKind;
  files: StagedFile[];
  /** Contacts and outages (tickets: RecordChecks and `loadTickets`). */
  records: RecordKindSql | null;
}

export class NativeInputs {
  private constructor(
    private readonly db: DuckDb,
    private readonly checks: RecordChecks,
    private readonly stager: FileStager,
    /** Every input file, in order. */
    private readonly files: readonly InputFile[],
    private readonly kinds: Staged[],
  ) {}

  /**
   * The files of every kind SQL can read staged and checked in DuckDB, or null where the
   * JavaScript readers must read them all. Tickets are numbered among the ticket files, contacts
   * and outages among theirs together (as SqlRecords numbers the files it sees).
   */
  static async stage(
    db: DuckDb,
    contract: RuntimeContract,
    files: readonly InputFile[],
    readOptions: ReadOptions,
    options: EvaluateOptions,
  ): Promise<NativeInputs | null> {
    // A `--now` the evaluation refuses is its error to report (the JavaScript way).
    const now = typeof options.now === 'string' ? parseTimestamp(options.now) : { ok: true as const, ms: options.now ?? null };
    if (!now.ok) return null;
    const numbered = (kinds: readonly string[]) => {
      const mine = files.flatMap((f, g) => (kinds.includes(f.kind) ? [{ f, g }] : []));
      return (kind: NativeKind) => mine.flatMap((x, input) => (x.f.kind === kind ? [{ ...x, input }] : []));
    };
    const tickets = numbered(['ticket']);
    const records = numbered(['contact', 'outage']);
    const kinds: Staged[] = [
      { kind: 'ticket' as const, files: tickets('ticket'), records: null },
      { kind: 'contact' as const, files: records('contact'), records: contactSql(contract, now.ms) },
      { kind: 'outage' as const, files: records('outage'), records: outageSql(contract, now.ms) },
    ].filter((k) => readable(k.kind, files, readOptions, options));
    const n = new NativeInputs(db, new RecordChecks(contract, now.ms), new FileStager(db, readOptions), files, []);
    await db.exec(`${TIMESTAMP_MACRO}${n.checks.typesSql()}`);
    for (const k of kinds) if (await n.stageKind(k)) n.kinds.push(k);
    return n.kinds.length === 0 ? null : n;
  }

  private shape(k: Staged): StageShape {
    return k.records ? { kind: k.kind, fields: k.records.fields, times: k.records.times, events: false } : TICKET;
  }

  /** Stages and checks the files of `k`; false where DuckDB cannot read one of them as the reader would. */
  private async stageKind(k: Staged): Promise<boolean> {
    const view = `slac_stage_${k.kind}`;
    try {
      const staged: string[] = [];
      for (const s of k.files) {
        const from = await this.stager.stage(this.shape(k), s);
        if (from === null) break;
        staged.push(from);
      }
      if (staged.length === k.files.length) {
        // A view: Parquet is read where the checked table is made, in one pass (and its ids once more for the duplicates).
        await this.db.exec(`CREATE VIEW ${view} AS ${staged.join('\nUNION ALL\n')};`);
        await this.check(k, view);
        return true;
      }
    } catch (e) {
      if (e instanceof SqlResourceError) throw e;
      // A Parquet file DuckDB cannot read is the user's to mend: the JavaScript reader reads it through DuckDB too.
      for (const s of k.files) {
        const failure = s.f.format === 'parquet' ? fileError(s.f.path, e) : null;
        if (failure instanceof SqlFileError) throw failure;
      }
      if (process.env['SLAC_DEBUG_NATIVE']) console.error(e);
      // DuckDB could not read a file as the reader would (encoding, a line too long, a type).
    }
    // The JavaScript reader reads the kind: nothing staged of it stays.
    const tables = k.files.map(({ g }) => `DROP TABLE IF EXISTS slac_stage_${g}; DROP TABLE IF EXISTS slac_lines_${g};`);
    await this.db.exec(`DROP VIEW IF EXISTS ${view}; DROP TABLE IF EXISTS ${checkedTable(k.kind)}; ${tables.join(' ')}`);
    return false;
  }

  /** How many staged records of `kind` are clean and how many flagged (the tests check both occur); null where JavaScript reads them. */
  async counts(kind: NativeKind = 'ticket'): Promise<{ clean: number; flagged: number } | null> {
    if (!this.kinds.some((k) => k.kind === kind)) return null;
    const [r] = await this.db.rows(
      `SELECT COUNT(*) FILTER (WHERE clean) AS c, COUNT(*) FILTER (WHERE NOT clean) AS f FROM ${checkedTable(kind)}`,
    );
    return { clean: Number(r!.c), flagged: Number(r!.f) };
  }

  /** `clean` per staged record (its instants staged with it); of tickets also the last event's instant (for the data's range: its events read once). */
  private async check(k: Staged, view: string): Promise<void> {
    const duplicates = `(raw_id IS NULL OR raw_id NOT IN (SELECT raw_id FROM ${view} WHERE raw_id IS NOT NULL GROUP BY raw_id HAVING COUNT(*) > 1))`;
    const drop = `DROP VIEW ${view};\n${k.files.map((s) => this.stager.dropStaged(s)).join('')}`;
    if (k.records) {
      await this.db.exec(
        `CREATE TABLE ${checkedTable(k.kind)} AS
         SELECT * REPLACE (COALESCE(clean AND ${duplicates}, FALSE) AS clean) FROM (SELECT *, ${k.records.clean} AS clean FROM ${view});
         ${drop}`,
      );
      return;
    }
    await this.db.exec(
      // Without the text of the instants (the load reads `<time>_ms`): 10,000,000 tickets' table then stays within 3 GB.
      `CREATE TABLE slac_checked AS
       SELECT * EXCLUDE (shaped, raw_id, customer, ${TICKET.times.map((t) => `"${t}"`).join(', ')}),
         COALESCE(${this.checks.cleanSql()} AND ${duplicates}, FALSE) AS clean,
         list_max(list_transform(events, lambda e: e.at_ms)) AS last_event_ms
       FROM ${view};
       ${drop}`,
    );
  }

  /** The range aggregates (`a`, `b`, `e`: RecordKindSql.range) of a kind's clean records. */
  private range(k: Staged): string {
    if (k.records) return k.records.range;
    return `MIN(created_ms) AS a, MAX(created_ms) AS b,
      GREATEST(${['created_ms', 'responded_ms', 'resolved_ms', 'last_event_ms'].map((x) => `MAX(${x})`).join(', ')}) AS e`;
  }

  /**
   * Feeds the evaluation as the JavaScript reader would, file by file in order: of a file SQL
   * read, the flagged records through the JavaScript checks (accepted ones into the tables through
   * `tickets.sink` and `records.sink`), and the clean ones counted with their range of instants;
   * any other file through `other` (the JavaScript readers).
   */
  async feed(ev: Evaluation, tickets: SqlTickets, records: SqlRecords, other: (f: InputFile) => Promise<void>): Promise<void> {
    // The files numbered as `stage` numbered them: tickets among theirs, contacts and outages among theirs.
    for (const f of this.files)
      if (f.kind === 'ticket') tickets.files.number(f.path);
      else if (f.kind === 'contact' || f.kind === 'outage') records.files.number(f.path);
    const counts = new Map<NativeKind, Row[]>();
    for (const k of this.kinds) {
      const t = checkedTable(k.kind);
      counts.set(
        k.kind,
        await this.db.rows(
          `SELECT n.*, r.a, r.b, r.e FROM (
             SELECT input, COUNT(*) FILTER (WHERE clean) AS clean, COUNT(*) FILTER (WHERE NOT clean) AS flagged FROM ${t} GROUP BY input
           ) AS n LEFT JOIN (SELECT input, ${this.range(k)} FROM ${t} WHERE clean GROUP BY input) AS r ON r.input = n.input`,
        ),
      );
    }
    for (const [g, f] of this.files.entries()) {
      const k = this.kinds.find((x) => x.kind === f.kind);
      const s = k?.files.find((x) => x.g === g);
      if (!k || !s) {
        await other(f);
        continue;
      }
      ev.supply(f.kind);
      ev.beginInput(f.path, f.kind, f.format);
      const c = counts.get(k.kind)!.find((r) => Number(r.input) === s.input);
      await this.stager.feedFlagged(ev, s, checkedTable(k.kind), Number(c?.flagged ?? 0));
      const count = Number(c?.clean ?? 0);
      ev.addCheckedRecords(f.kind, count, count === 0 ? null : { from: Number(c!.a), to: Number(c!.b), end: Number(c!.e) });
      ev.endInput();
    }
  }

  /** Once the flagged records JavaScript accepted are in the input tables: the clean records inserted. */
  async load(): Promise<void> {
    // Every query from here on orders what it needs; keeping the order of every intermediate table
    // holds them in memory (10,000,000 tickets ran out of the 1 GB).
    await this.db.exec('SET preserve_insertion_order = false;');
    for (const k of this.kinds) {
      if (!k.records) {
        await this.loadTickets();
        continue;
      }
      const checked = checkedTable(k.kind);
      const table = TABLES[k.kind as keyof typeof TABLES];
      const [dup] = await this.db.rows(`SELECT COUNT(*) AS n FROM ${table} AS t JOIN ${checked} AS c ON c.clean AND c.raw_id = t.id`);
      if (Number(dup!.n) > 0) throw new NativeFallback(`a flagged ${k.kind} has the id of a clean one`);
      await this.db.exec(`${k.records.insert(checked)}DROP TABLE ${checked};`);
    }
  }

  /** The clean tickets numbered in input order among those JavaScript accepted (the JavaScript engine's `seq`), and inserted. */
  private async loadTickets(): Promise<void> {
    const db = this.db;
    const [dup] = await db.rows('SELECT COUNT(*) AS n FROM slac_tickets AS t JOIN slac_checked AS c ON c.clean AND c.id = t.id');
    if (Number(dup!.n) > 0) throw new NativeFallback('a flagged record has the id of a clean one');
    const tier = this.checks.tierSql();
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
SELECT seq, ${eventOrdSql('e.at_ms', 'created_ms', 'e.i - 1')}, e.at_ms, e.status, CASE WHEN e.status IS NOT NULL THEN ${this.checks.statusKeySql('e.status')} END,
  e.priority, e.message, FALSE
FROM (SELECT seq, created_ms, unnest(events) AS e FROM ${clean} AS x)
UNION ALL
SELECT seq, ${eventOrdSql('resolved_ms', 'created_ms', 'len(COALESCE(events, []))')}, resolved_ms, NULL, NULL, NULL, NULL, TRUE
FROM ${clean} AS x WHERE resolved_ms IS NOT NULL;
DROP TABLE IF EXISTS slac_clean;
DROP TABLE IF EXISTS slac_checked;
`);
  }
}
