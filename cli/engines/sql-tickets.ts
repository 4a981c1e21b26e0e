/**
 * The SQL engine's side of an evaluation: the JavaScript engine reads and checks every record (so
 * rejected records are reported with file, line and field exactly as with `--engine js`), each
 * accepted ticket goes into the database's input tables, the views of compiler/emit/sql compute
 * the clocks, and their rows come back as the report's ticket results (with the same explanations:
 * the windows and pauses are the SQL segments of the breached tickets).
 */
import { contractTablesSql, INPUT_TABLES, viewsSql } from '../../compiler/emit/sql/index.js';
import type { Dialect, SqlValue } from '../../compiler/emit/sql/dialect.js';
import { INF, STATE } from '../../compiler/emit/sql/tickets.js';
import type { RtClockKind, RtTier, RuntimeContract } from '../../runtime/contract.js';
import type { ParsedTicket } from '../../runtime/data/validate.js';
import { normaliseStatus } from '../../runtime/data/status-name.js';
import { clipTimeline } from '../../runtime/evaluate/clock-start.js';
import type { Evaluation } from '../../runtime/evaluate/engine.js';
import type { RecordRef, Report } from '../../runtime/evaluate/report.js';
import { SqlRangeError } from './gate.js';
import { feedObjectives } from './sql-objectives.js';
import { type ClockCore, clockResult, type Timeline, ticketResult } from '../../runtime/evaluate/tickets.js';

export type Row = Record<string, number | string | boolean | null>;

/** A database the SQL engine runs on: DuckDB (cli/engines/duckdb.ts), or PGlite in the tests. */
export interface SqlDatabase {
  dialect: Dialect;
  exec(sql: string): Promise<void>;
  rows(sql: string): Promise<Row[]>;
  /** The rows of a query a chunk at a time (the tickets' results: memory stays bounded). */
  stream(sql: string): AsyncIterable<Row>;
  /** Opens the input tables for `append` (after they exist). */
  beginAppend(tables: readonly string[]): Promise<void>;
  /** One row into an input table, synchronously (the records arrive from a synchronous callback). */
  append(table: string, row: readonly SqlValue[]): void;
  /** Everything appended is in the tables. */
  endAppend(): Promise<void>;
}

const num = (v: Row[string]): number | null => (v === null || v === undefined ? null : Number(v));
const fin = (v: number): number => (v >= INF ? Infinity : v);

export class SqlTickets {
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string | null, number>();

  private constructor(private readonly db: SqlDatabase) {}

  /** Creates the contract's tables and the input tables (the views' tables follow the data, in `finish`). */
  static async open(db: SqlDatabase, contract: RuntimeContract): Promise<SqlTickets> {
    const tables = contractTablesSql(db.dialect, contract);
    const inputs = INPUT_TABLES.map((t) => `CREATE TABLE ${t.name} (${t.columns.map((c) => `${c.name} ${c.type}`).join(', ')});\n`).join(
      '',
    );
    await db.exec(tables + inputs);
    await db.beginAppend(INPUT_TABLES.map((t) => t.name));
    return new SqlTickets(db);
  }

  /** The Evaluation's `ticketSink`: an accepted ticket into the input tables. */
  readonly sink = (t: ParsedTicket, tier: RtTier, ref: RecordRef, seq: number): void => {
    let file = this.fileIndex.get(ref.file);
    if (file === undefined) {
      file = this.files.length;
      this.files.push(ref.file ?? '');
      this.fileIndex.set(ref.file, file);
    }
    this.db.append('slac_tickets', [
      seq,
      t.id,
      tier.name,
      t.priority,
      t.channel,
      t.created,
      t.responded,
      t.assigned,
      file,
      ref.line,
      ref.index,
    ]);
    t.events.forEach((e, ord) => {
      this.db.append('slac_events', [
        seq,
        ord,
        e.at,
        e.status,
        e.status === null ? null : normaliseStatus(e.status),
        e.priority,
        e.message,
        e.resolves,
      ]);
    });
  };

  /** Runs the views and hands every ticket's result to the evaluation, then finishes it. */
  async finish(ev: Evaluation, engine: NonNullable<Report['engine']>): Promise<Report> {
    await this.db.endAppend();
    await this.db.exec(viewsSql(this.db.dialect, ev.ctx.contract, true, ev.evaluationInstant()));
    const ctx = ev.ctx;
    // Business time is NULL outside a calendar's precomputed range: never a silent zero.
    const [outside] = await this.db.rows(
      `SELECT (SELECT COUNT(*) FROM slac_clock_counts WHERE counted_ms IS NULL OR (len_ms IS NULL AND b < ${INF}))
        + (SELECT COUNT(*) FROM slac_clock_due WHERE due_ms IS NULL) AS n`,
    );
    if (num(outside!.n) !== 0)
      throw new SqlRangeError(`${outside!.n} clock spans or due instants lie outside the calendars' precomputed range`);
    const changes = await this.grouped(
      'SELECT ticket, at_ms, priority FROM slac_events WHERE priority IS NOT NULL ORDER BY ticket, ord',
      (r) => ({ at: num(r.at_ms)!, priority: String(r.priority) }),
    );
    const unknown = await this.grouped(
      'SELECT ticket, status, MIN(ord) AS first FROM slac_status_events WHERE state IS NULL GROUP BY ticket, status ORDER BY ticket, first',
      (r) => String(r.status),
    );
    const segments = await this.grouped(
      `SELECT g.ticket, g.start_ms, g.end_ms, g.state FROM slac_segments AS g
       WHERE g.ticket IN (SELECT ticket FROM slac_ticket_clocks WHERE (status = 'breached' OR uncertain) AND kind NOT LIKE 'objective %')
       ORDER BY g.ticket, g.start_ms`,
      (r) => ({ a: num(r.start_ms)!, b: fin(num(r.end_ms)!), paused: num(r.state) === STATE.paused }),
    );
    const clock = (p: string) =>
      `${p}.priority AS ${p}_priority, ${p}.line AS ${p}_line, ${p}.from_ms AS ${p}_from, ${p}.stop_ms AS ${p}_stop, ${p}.due_ms AS ${p}_due, ` +
      `${p}.elapsed_ms AS ${p}_elapsed, ${p}.paused_ms AS ${p}_paused, ${p}.remaining_ms AS ${p}_remaining, ${p}.status AS ${p}_status`;
    const rows = this.db.stream(
      `SELECT f.ticket, t.id, t.tier, t.priority, t.channel, t.created_ms, t.source_file, t.source_line, t.source_index,
         f.resolved_ms, f.reopened, f.as_of_ms, ${clock('r')}, ${clock('s')}
       FROM slac_ticket_facts AS f JOIN slac_tickets AS t ON t.seq = f.ticket
       LEFT JOIN slac_ticket_clocks AS r ON r.ticket = f.ticket AND r.kind = 'response'
       LEFT JOIN slac_ticket_clocks AS s ON s.ticket = f.ticket AND s.kind = 'resolution'
       ORDER BY f.ticket`,
    );
    for await (const r of rows) {
      const seq = num(r.ticket)!;
      const tier = ctx.tiers.get(String(r.tier))!;
      const source = this.source(r);
      const created = num(r.created_ms)!;
      const resolved = num(r.resolved_ms);
      const ticketAsOf = num(r.as_of_ms)!;
      const tl: Timeline = {
        running: [],
        paused: [],
        pausedRule: [],
        firstResolution: null,
        resolvedAt: resolved,
        reopened: num(r.reopened)!,
        changes: changes.get(seq) ?? [],
        messages: [],
        unknown: unknown.get(seq) ?? [],
      };
      for (const s of segments.get(seq) ?? []) (s.paused ? tl.paused : tl.running).push(s.a, s.b);
      const initial = String(r.priority);
      const priorityAt = (at: number) => tl.changes.reduce((p, c) => (c.at <= at ? c.priority : p), initial);
      const channel = r.channel === null ? null : String(r.channel);
      const result = ticketResult(ctx, source.id!, source, tier, channel, priorityAt(resolved ?? ticketAsOf), created, tl);
      for (const [p, kind] of [
        ['r', 'response'],
        ['s', 'resolution'],
      ] as const) {
        if (r[`${p}_status`] === null) continue;
        result[kind] = this.clock(ev, initial, tier, tl, kind, r, p, ticketAsOf, source);
      }
      ev.addTicketResult(result, created, seq);
    }
    await feedObjectives(this.db, ev, this.source);
    return { ...ev.finish(), engine };
  }

  private clock(
    ev: Evaluation,
    initial: string,
    tier: RtTier,
    tl: Timeline,
    kind: RtClockKind,
    r: Row,
    p: string,
    asOf: number,
    source: RecordRef,
  ) {
    const line = num(r[`${p}_line`]);
    const target = tier.targets.find((t) => t.line === line && t.target === kind)!;
    const from = num(r[`${p}_from`]);
    const stop = num(r[`${p}_stop`]);
    const status = String(r[`${p}_status`]);
    const clipped = from === null ? null : clipTimeline(tl, from);
    let core: ClockCore | null = null;
    if (clipped !== null) {
      // The running time counted, for the explanation: cut at the stop, or at the evaluation instant.
      const end = stop ?? asOf;
      const counted: number[] = [];
      for (let i = 0; i < clipped.running.length; i += 2) {
        const a = clipped.running[i]!;
        const b = Math.min(clipped.running[i + 1]!, end);
        if (b > a) counted.push(a, b);
      }
      core = {
        due: num(r[`${p}_due`]),
        status: status as ClockCore['status'],
        elapsedMs: num(r[`${p}_elapsed`])!,
        pausedMs: num(r[`${p}_paused`])!,
        elapsedDays: null,
        remainingMs: num(r[`${p}_remaining`]),
        counted,
      };
    }
    return clockResult(ev.ctx, initial, tier, tl.unknown, clipped, core, target, String(r[`${p}_priority`]), from, stop, asOf, source);
  }

  /** Where a ticket was read, from its row's `id`, `source_file`, `source_line` and `source_index`. */
  readonly source = (r: Row): RecordRef => ({
    kind: 'ticket',
    id: String(r.id),
    file: this.files[num(r.source_file)!] || null,
    line: num(r.source_line),
    index: num(r.source_index)!,
  });

  /** Rows of a query ordered by ticket, per ticket. */
  private async grouped<T>(sql: string, map: (r: Row) => T): Promise<Map<number, T[]>> {
    const out = new Map<number, T[]>();
    for (const r of await this.db.rows(sql)) {
      const k = num(r.ticket)!;
      let list = out.get(k);
      if (!list) out.set(k, (list = []));
      list.push(map(r));
    }
    return out;
  }
}
