/**
 * The ticket steps (compiler/emit/sql/index.ts, `ViewsSql.tickets`) in batches of tickets: no step
 * reads another ticket's rows, so each batch runs them in a schema of its own, where views of the
 * batch's rows of the tickets, events and fields stand in for the input tables (the steps' names
 * are unqualified: the search path finds the batch's first, the contract's tables after them; the
 * rows are in ticket order, so a scan of a batch's skips the row groups of the others: cheaper
 * than a copy of them, 2 s of 10,000,000 tickets' 60). Every table step that the steps after read
 * (objectives, the report's queries: `kept`) then is a view over the union of the batches, and the
 * steps' views are made again over the contract's own tables; a batch drops its views and its
 * other tables once done (what it keeps
 * lies in memory or, beyond the limit, in the temporary folder). A batch's joins, sorts and
 * aggregates fit in memory where all tickets' did not (10,000,000 tickets in one: each clock step
 * 20 to 30 times its time for 1,000,000, spilling).
 */
import { ident, int, text } from '../../compiler/emit/sql/dialect.js';
import type { SqlDatabase } from './sql-tickets.js';

/** Tickets per batch unless SLAC_DUCKDB_BATCH_TICKETS says otherwise (docs/sql-engine.md: what a batch costs in memory). */
export const TICKET_BATCH = 1_000_000;

/** The input tables a batch sees its own rows of, and the column with the ticket's number. */
const PER_TICKET = [
  ['slac_tickets', 'seq'],
  ['slac_events', 'ticket'],
  ['slac_ticket_fields', 'ticket'],
] as const;

function searchPath(db: SqlDatabase, schemas: readonly string[]): string {
  return db.dialect === 'duckdb'
    ? `SET search_path = ${text(schemas.join(','))};\n`
    : `SET search_path TO ${schemas.map((s) => ident(s)).join(', ')};\n`;
}

/**
 * Tables the steps after read only for the tickets the report lists (the first ones in input
 * order), and, called after each batch in turn with its schema, whether the batches so far hold
 * all of those; the batches after them drop these tables (what the finished batches keep fills the
 * memory limit: docs/sql-engine.md).
 */
export interface ListedOnly {
  tables: (table: string) => boolean;
  done: (schema: string) => Promise<boolean>;
}

/**
 * Runs `sql` (the ticket steps) on the loaded input tables, in batches of `size` tickets by their
 * number; `kept` says which of the tables they make the steps after read.
 */
export async function runTicketSteps(
  db: SqlDatabase,
  sql: string,
  kept: (table: string) => boolean,
  size: number = TICKET_BATCH,
  listedOnly: ListedOnly | null = null,
): Promise<void> {
  const [r] = await db.rows('SELECT COUNT(*) AS n, MIN(seq) AS lo, MAX(seq) AS hi, current_schema() AS main FROM slac_tickets');
  const count = Number(r!.n);
  if (count <= size) return db.exec(sql);
  const main = String(r!.main);
  const views = viewsOf(sql);
  const schemas: string[] = [];
  let made: string[] = [];
  // The batches that keep each table (all of them, but for `listedOnly` once it is done).
  const keptBy = new Map<string, string[]>();
  let listedDone = false;
  for (let lo = Number(r!.lo); lo <= Number(r!.hi); lo += size) {
    const schema = `${main}_slac_batch_${schemas.length}`;
    schemas.push(schema);
    const own = PER_TICKET.map(
      ([table, column]) =>
        `CREATE VIEW ${ident(schema)}.${table} AS SELECT * FROM ${ident(main)}.${table} WHERE ${column} >= ${int(lo)} AND ${column} < ${int(lo + size)};\n`,
    );
    await db.exec(`CREATE SCHEMA ${ident(schema)};\n${searchPath(db, [schema, main])}${own.join('')}`);
    await db.exec(sql);
    if (made.length === 0)
      made = (
        await db.rows(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = ${text(schema)} AND table_type <> 'VIEW' ORDER BY table_name`,
        )
      ).map((t) => String(t.table_name));
    const keeps = (t: string) => kept(t) && !(listedDone && listedOnly!.tables(t));
    for (const t of made.filter(keeps)) {
      const batches = keptBy.get(t) ?? [];
      batches.push(schema);
      keptBy.set(t, batches);
    }
    // The views first (Postgres refuses to drop a table a view reads), the last made first.
    await db.exec(
      [
        ...[...PER_TICKET.map(([t]) => t), ...views.map((v) => v.name)]
          .toReversed()
          .map((v) => `DROP VIEW ${ident(schema)}.${ident(v)};\n`),
        ...made.filter((t) => !keeps(t)).map((t) => `DROP TABLE ${ident(schema)}.${ident(t)};\n`),
      ].join(''),
    );
    listedDone ||= (await listedOnly?.done(schema)) ?? false;
  }
  await db.exec(searchPath(db, [main]));
  await db.exec(
    [...keptBy]
      .map(
        ([t, kept]) =>
          `CREATE VIEW ${ident(main)}.${ident(t)} AS ${kept.map((s) => `SELECT * FROM ${ident(s)}.${ident(t)}`).join(' UNION ALL ')};\n`,
      )
      .join(''),
  );
  // The steps' views again, over the contract's own input tables and the unions above.
  await db.exec(views.map((v) => `${v.sql};\n`).join(''));
}

/** The views `sql` makes, in order (slac ends every statement with `;` and a line end). */
function viewsOf(sql: string): Array<{ name: string; sql: string }> {
  return sql.split(/;\n/).flatMap((statement) => {
    const m = /^(?:\s|--[^\n]*\n)*CREATE VIEW "?([a-z_0-9]+)"? AS/.exec(statement);
    return m ? [{ name: m[1]!, sql: statement }] : [];
  });
}
