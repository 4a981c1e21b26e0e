/**
 * The SQL engine's side of an evaluation: the JavaScript engine reads and checks every record (so
 * rejected records are reported with file, line and field exactly as with `--engine js`), each
 * accepted ticket goes into the database's input tables, the views of compiler/emit/sql compute
 * the clocks, and their rows come back as the report's ticket results (with the same explanations:
 * the windows and pauses are the SQL segments of the breached tickets).
 */
import { calendarKeys, codesSql } from '../../compiler/emit/sql/codes.js';
import { nonAsciiSql } from '../../compiler/emit/sql/conditions.js';
import { contractTablesSql, INPUT_TABLES, ticketFeatures, viewsSqlParts } from '../../compiler/emit/sql/index.js';
import type { Dialect, SqlValue, TableRows } from '../../compiler/emit/sql/dialect.js';
import { INF, STATE } from '../../compiler/emit/sql/tickets.js';
import type { RtTier, RuntimeContract } from '../../runtime/contract.js';
import type { ParsedTicket } from '../../runtime/data/validate.js';
import { normaliseStatus } from '../../runtime/data/status-name.js';
import { clipTimeline } from '../../runtime/evaluate/clock-start.js';
import { applyPauseCaps } from '../../runtime/evaluate/pause-caps.js';
import type { Evaluation } from '../../runtime/evaluate/engine.js';
import type { RecordRef, Report } from '../../runtime/evaluate/report.js';
import { runTicketSteps, TICKET_BATCH } from './batches.js';
import { FileNumbers } from './file-numbers.js';
import { SqlRangeError } from './gate.js';
import { feedNotifications, listedEscalations } from './escalations.js';
import { feedObjectives } from './sql-objectives.js';
import { listedOnly, listingOutcomesSql, selectListed } from './ticket-summary.js';
import { openTicket } from '../../runtime/evaluate/open.js';
import { type ClockCore, clockResult, type EvaluatedClock, type Timeline, ticketResult } from '../../runtime/evaluate/tickets.js';

export type Row = Record<string, number | string | boolean | null>;

/** A database the SQL engine runs on: DuckDB (cli/engines/duckdb.ts), or PGlite in the tests. */
export interface SqlDatabase {
  dialect: Dialect;
  exec(sql: string): Promise<void>;
  rows(sql: string): Promise<Row[]>;
  /** The `expected` rows of a query a chunk at a time (the tickets' results: memory stays bounded); fewer is an error. */
  stream(sql: string, expected: number): AsyncIterable<Row>;
  /** Opens the input tables for `append` (after they exist). */
  beginAppend(tables: readonly string[]): Promise<void>;
  /** One row into an input table, synchronously (the records arrive from a synchronous callback). */
  append(table: string, row: readonly SqlValue[]): void;
  /** Everything appended is in the tables. */
  endAppend(): Promise<void>;
}

/** The clocks of a ticket: the query's prefix, the result's key. */
const CLOCKS = [
  ['r', 'response'],
  ['s', 'resolution'],
  ['n', 'nextReply'],
  ['u', 'update'],
] as const;

/**
 * The tables of the ticket steps that the report's queries read after them (here, ticket-summary.ts,
 * escalations.ts); the steps' other tables, unless the objectives read them, are dropped batch by batch.
 */
const READ_AFTER: readonly string[] = [
  'slac_clock_outside',
  'slac_status_events',
  'slac_segments',
  'slac_ticket_facts',
  'slac_ticket_clocks',
  'slac_cycle_clocks',
  'slac_listing_outcomes',
  'slac_ticket_steps',
  'slac_warning_instants',
  'slac_ticket_notifications',
];

/** Whether a target's, an escalation's or an objective's conditions, or an objective's channel, compare channels or languages without case. */
const foldsCase = (c: RuntimeContract) => {
  const asks = (conditions: RuntimeContract['objectives'][number]['conditions']) =>
    !!conditions?.some((k) => k.field === 'channel' || k.field === 'language');
  return (
    [...c.tiers.flatMap((t) => t.targets), ...c.escalations].some((x) => asks(x.conditions)) ||
    c.objectives.some(
      (o) => ('channel' in o.measure && o.measure.channel !== null && o.measure.channel !== undefined) || asks(o.conditions),
    )
  );
};

const num = (v: Row[string]): number | null => (v === null || v === undefined ? null : Number(v));
const fin = (v: number): number => (v >= INF ? Infinity : v);

export class SqlTickets {
  /** The numbers of the ticket files. */
  readonly files = new FileNumbers();

  private constructor(
    private readonly db: SqlDatabase,
    private readonly batch: number,
  ) {}

  /**
   * Creates the contract's tables and the input tables (the views' tables follow the data, in
   * `finish`); the ticket steps run in batches of `batch` tickets (batches.ts).
   */
  static async open(db: SqlDatabase, contract: RuntimeContract, batch = TICKET_BATCH): Promise<SqlTickets> {
    // DuckDB: the calendar tables' rows through the appender (literal SQL cost 0.6 s per evaluation).
    const apart: TableRows[] | null = db.dialect === 'duckdb' ? [] : null;
    const tables = contractTablesSql(db.dialect, contract, apart);
    const inputs = INPUT_TABLES.map((t) => `CREATE TABLE ${t.name} (${t.columns.map((c) => `${c.name} ${c.type}`).join(', ')});\n`).join(
      '',
    );
    // DuckDB: the contract's names as ENUM codes in the tables the steps read (codes.ts).
    await db.exec(tables + inputs + (apart === null ? '' : codesSql(contract, calendarKeys(apart))));
    await db.beginAppend([...INPUT_TABLES.map((t) => t.name), ...(apart ?? []).map((t) => t.table)]);
    for (const t of apart ?? []) for (const row of t.rows) db.append(t.table, row);
    return new SqlTickets(db, batch);
  }

  /** The Evaluation's `ticketSink`: an accepted ticket into the input tables. */
  readonly sink = (t: ParsedTicket, tier: RtTier, ref: RecordRef, seq: number): void => {
    const file = this.files.number(ref.file);
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
      t.cause,
      t.language,
    ]);
    for (const [name, value] of Object.entries(t.fields)) this.db.append('slac_ticket_fields', [seq, name, value]);
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
  async finish(ev: Evaluation, engine: NonNullable<Report['engine']>, loaded?: () => Promise<void>): Promise<Report> {
    await this.db.endAppend();
    await loaded?.();
    const now = ev.nowInstant();
    const features = ticketFeatures(ev.ctx.contract, now);
    // No records' views here (SqlRecords made them); the engine's steps (`engine`: only the kinds of objective it reads).
    const steps = viewsSqlParts(this.db.dialect, ev.ctx.contract, true, ev.evaluationInstant(), now, '', true);
    const ctx = ev.ctx;
    // Results only for the tickets the report lists (ticket-summary.ts counts the others), unless
    // every ticket counts beyond the list: the open list of --now, credits per ticket.
    const every = now !== null || !!ctx.contract.ticketCredits;
    // Business time is NULL outside a calendar's precomputed range: never a silent zero.
    const outsideSql = `
CREATE TABLE slac_clock_outside AS
SELECT (SELECT COUNT(*) FROM slac_clock_counts AS n JOIN slac_clock_base AS c ON c.clock = n.clock
    WHERE NOT c.simple AND (n.counted_ms IS NULL OR (n.len_ms IS NULL AND n.b < ${INF} AND c.days IS NULL)))
  + (SELECT COUNT(*) FROM slac_ticket_clocks WHERE elapsed_ms IS NULL)
  + (SELECT COUNT(*) FROM slac_clock_due WHERE due_ms IS NULL)
  ${features.days ? '+ (SELECT COUNT(*) FROM slac_day_due WHERE bad)' : ''}
  ${features.caps ? '+ (SELECT COUNT(*) FROM slac_capped WHERE bad)' : ''} AS n;
`;
    await this.db.exec(steps.global);
    const readByObjectives = (table: string) => new RegExp(`\\b${table}\\b`).test(steps.objectives);
    const kept = (table: string) => READ_AFTER.includes(table) || readByObjectives(table);
    await runTicketSteps(
      this.db,
      steps.tickets + outsideSql + listingOutcomesSql(ev, every, features.cycles),
      kept,
      this.batch,
      listedOnly(this.db, ev, every, readByObjectives),
    );
    await this.db.exec(steps.objectives);
    const [outside] = await this.db.rows('SELECT CAST(SUM(n) AS BIGINT) AS n FROM slac_clock_outside');
    if (num(outside!.n) !== 0)
      throw new SqlRangeError(`${outside!.n} clock spans or due instants lie outside the calendars' precomputed range`);
    if (foldsCase(ctx.contract)) {
      const [other] = await this.db.rows(nonAsciiSql());
      if (num(other!.n) !== 0)
        throw new SqlRangeError(
          `${other!.n} tickets have a channel or language with letters beyond ASCII, which the database's lower() may fold differently from JavaScript's`,
        );
    }
    const listed = await selectListed(this.db, ev, every, features.cycles);
    const only = (column: string) => (listed === null ? '' : ` AND ${column} IN (SELECT ticket FROM ${listed})`);
    const changes = await this.grouped(
      `SELECT ticket, at_ms, priority FROM slac_seen_events WHERE priority IS NOT NULL${only('ticket')} ORDER BY ticket, ord`,
      (r) => ({ at: num(r.at_ms)!, priority: String(r.priority) }),
    );
    const unknown = await this.grouped(
      `SELECT ticket, status, MIN(ord) AS first FROM slac_status_events WHERE state IS NULL${only('ticket')} GROUP BY ticket, status ORDER BY ticket, first`,
      (r) => String(r.status),
    );
    const segments = await this.grouped(
      `SELECT g.ticket, g.start_ms, g.end_ms, g.state, g.rule FROM slac_segments AS g
       WHERE g.ticket IN (SELECT ticket FROM slac_ticket_clocks WHERE (status = 'breached' OR uncertain) AND kind NOT LIKE 'objective %')${only('g.ticket')}
       ORDER BY g.ticket, g.start_ms`,
      (r) => ({ a: num(r.start_ms)!, b: fin(num(r.end_ms)!), paused: num(r.state) === STATE.paused, rule: num(r.rule)! }),
    );
    // The custom fields of the tickets with a breached clock, for the bands of credits per ticket;
    // of the open ones at `--now`, for the conditions of the escalations whose warnings they list.
    const fields = new Map<number, Record<string, string>>();
    const breached = `SELECT ticket FROM slac_ticket_clocks WHERE status = 'breached' AND kind NOT LIKE 'objective %'`;
    const warned = now !== null && ctx.contract.escalations.some((e) => e.conditions?.length && e.warnings.length > 0);
    if (ctx.contract.ticketCredits || warned)
      for (const r of await this.db.rows(
        `SELECT ticket, name, value FROM slac_ticket_fields
         WHERE ticket IN (${[...(ctx.contract.ticketCredits ? [breached] : []), ...(warned ? ['SELECT ticket FROM slac_ticket_facts WHERE resolved_ms IS NULL'] : [])].join(' UNION ')}) ORDER BY ticket, name`,
      )) {
        const k = num(r.ticket)!;
        fields.set(k, { ...fields.get(k), [String(r.name)]: String(r.value) });
      }
    const clock = (p: string) =>
      `${p}.priority AS ${p}_priority, ${p}.ord AS ${p}_ord, ${p}.from_ms AS ${p}_from, ${p}.cap_from_ms AS ${p}_cap_from, ${p}.stop_ms AS ${p}_stop, ${p}.due_ms AS ${p}_due, ` +
      `${p}.elapsed_ms AS ${p}_elapsed, ${p}.elapsed_days AS ${p}_days, ${p}.paused_ms AS ${p}_paused, ${p}.remaining_ms AS ${p}_remaining, ${p}.status AS ${p}_status`;
    const escalations = await listedEscalations(this.db, ev, only('ticket'));
    const [listedCount] = await this.db.rows(`SELECT COUNT(*) AS n FROM slac_ticket_facts AS f WHERE TRUE${only('f.ticket')}`);
    const rows = this.db.stream(
      `SELECT f.ticket, t.id, t.tier, t.priority, t.channel, t.language, t.created_ms, t.source_file, t.source_line, t.source_index,
         f.resolved_ms, f.reopened, f.as_of_ms, ${clock('r')}, ${clock('s')}, ${clock('n')}, ${clock('u')},
         nc.cycles AS n_cycles, nc.late AS n_late, uc.cycles AS u_cycles, uc.late AS u_late${escalations?.column ?? ''}
       FROM slac_ticket_facts AS f JOIN slac_tickets AS t ON t.seq = f.ticket
       LEFT JOIN slac_ticket_clocks AS r ON r.ticket = f.ticket AND r.kind = 'response' AND r.cyc = 0
       LEFT JOIN slac_ticket_clocks AS s ON s.ticket = f.ticket AND s.kind = 'resolution' AND s.cyc = 0
       LEFT JOIN slac_cycle_clocks AS nc ON nc.ticket = f.ticket AND nc.kind = 'next-reply'
       LEFT JOIN slac_ticket_clocks AS n ON n.ticket = f.ticket AND n.kind = 'next-reply' AND n.cyc = nc.cyc
       LEFT JOIN slac_cycle_clocks AS uc ON uc.ticket = f.ticket AND uc.kind = 'update'
       LEFT JOIN slac_ticket_clocks AS u ON u.ticket = f.ticket AND u.kind = 'update' AND u.cyc = uc.cyc
       ${escalations?.join ?? ''}
       WHERE TRUE${only('f.ticket')}
       ORDER BY f.ticket`,
      num(listedCount!.n)!,
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
      for (const s of segments.get(seq) ?? []) {
        if (!s.paused) tl.running.push(s.a, s.b);
        else {
          tl.paused.push(s.a, s.b);
          tl.pausedRule.push(s.rule);
        }
      }
      const initial = String(r.priority);
      const priorityAt = (at: number) => tl.changes.reduce((p, c) => (c.at <= at ? c.priority : p), initial);
      const channel = r.channel === null ? null : String(r.channel);
      const result = ticketResult(ctx, source.id!, source, tier, channel, priorityAt(resolved ?? ticketAsOf), created, tl);
      const clocks: EvaluatedClock[] = [];
      for (const [p, key] of CLOCKS) {
        if (r[`${p}_status`] === null) continue;
        const c = this.clock(ev, initial, tier, tl, r, p, ticketAsOf, source, created);
        if (r[`${p}_cycles`] !== undefined) c.clock.cycles = { count: num(r[`${p}_cycles`])!, late: num(r[`${p}_late`])! };
        result[key] = c.clock;
        clocks.push(c);
      }
      if (escalations) result.escalation = escalations.steps(r);
      // Open at `now`: in the report's open list. openTicket reads the ticket's id and, for the
      // warnings, what the conditions of escalations ask (its language and fields).
      const subject: ParsedTicket = {
        id: source.id!,
        priority: initial,
        tier: tier.implicit ? null : tier.name,
        channel,
        language: r.language === null ? null : String(r.language),
        fields: fields.get(seq) ?? {},
        cause: null,
        created,
        responded: null,
        assigned: null,
        events: [],
      };
      const open =
        now !== null && resolved === null ? openTicket(ctx, subject, result, clocks, ticketAsOf, escalations?.instant(seq)) : null;
      const credited = ctx.contract.ticketCredits
        ? { tier: subject.tier, channel, language: subject.language, fields: subject.fields }
        : null;
      ev.addTicketResult(result, created, seq, open, credited);
    }
    await feedNotifications(this.db, ev);
    await feedObjectives(this.db, ev, this.source);
    return { ...ev.finish(), engine };
  }

  private clock(
    ev: Evaluation,
    initial: string,
    tier: RtTier,
    tl: Timeline,
    r: Row,
    p: string,
    asOf: number,
    source: RecordRef,
    created: number,
  ): EvaluatedClock {
    const target = tier.targets[num(r[`${p}_ord`])!]!;
    const from = num(r[`${p}_from`]);
    const stop = num(r[`${p}_stop`]);
    const status = String(r[`${p}_status`]);
    // The explanation's timeline as the clock counted it: caps used up from where they count.
    const clipped =
      from === null ? null : clipTimeline(applyPauseCaps(ev.ctx, clipTimeline(tl, num(r[`${p}_cap_from`])!), tier, target), from);
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
        elapsedDays: num(r[`${p}_days`]),
        remainingMs: num(r[`${p}_remaining`]),
        counted,
      };
    }
    return {
      clock: clockResult(ev.ctx, initial, tier, tl.unknown, clipped, core, target, String(r[`${p}_priority`]), from, stop, asOf, source),
      due: core?.due ?? null,
      target,
      timeline: clipped ?? tl,
      start: from ?? created,
      stop,
    };
  }

  /** Where a ticket was read, from its row's `id`, `source_file`, `source_line` and `source_index`. */
  readonly source = (r: Row): RecordRef => ({
    kind: 'ticket',
    id: String(r.id),
    file: this.files.path(num(r.source_file)!),
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
