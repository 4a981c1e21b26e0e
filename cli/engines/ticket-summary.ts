/**
 * The report's ticket summary and listed tickets from SQL, so that JavaScript builds a ticket
 * result only for the tickets the report lists (runtime/evaluate/ticket-list.ts: all, the
 * exceptions or none, at most `max`, the first in input order), not one per ticket. The other
 * tickets are counted here with the rules of Evaluation.listTicket (created in the requested
 * period; per clock met, breached, uncertain — a ticket with a status the contract does not know —
 * or else pending) and handed to `addTicketCounts`. Without a limit on the work (an `onTicket`
 * consumer such as --tickets-out wants every result, or `every`: the caller needs every ticket's
 * result for more than the list) nothing is selected here.
 */
import { int } from '../../compiler/emit/sql/dialect.js';
import type { Evaluation } from '../../runtime/evaluate/engine.js';
import type { TicketSummary } from '../../runtime/evaluate/report.js';
import type { SqlDatabase } from './sql-tickets.js';

/** The table of the tickets to build results for, or null for every ticket. */
export const LISTED_TABLE = 'slac_listed';

/**
 * Creates `slac_listed` and counts the tickets it leaves out into `ev`; null (nothing created)
 * when every ticket's result is wanted.
 */
export async function selectListed(db: SqlDatabase, ev: Evaluation, every: boolean): Promise<string | null> {
  const { include, max, period, each } = ev.ticketListing();
  if (each || every) return null;
  const clock = (c: string) => `CASE WHEN ${c}.uncertain THEN 'uncertain' ELSE ${c}.status END`;
  const counted = period === null ? 'TRUE' : `f.created_ms >= ${int(period.from)} AND f.created_ms < ${int(period.to)}`;
  const exception = `(open OR COALESCE(r IN ('breached', 'uncertain'), FALSE) OR COALESCE(s IN ('breached', 'uncertain'), FALSE))`;
  const selected = include === 'all' ? 'counted' : include === 'exceptions' ? `counted AND ${exception}` : 'FALSE';
  await db.exec(`
CREATE TABLE slac_listing_outcomes AS
SELECT ticket, counted, ${selected} AS selected, open, r, s FROM (
  SELECT f.ticket, ${counted} AS counted, f.resolved_ms IS NULL AS open, ${clock('x')} AS r, ${clock('y')} AS s
  FROM slac_ticket_facts AS f
  LEFT JOIN slac_ticket_clocks AS x ON x.ticket = f.ticket AND x.kind = 'response' AND x.cyc = 0
  LEFT JOIN slac_ticket_clocks AS y ON y.ticket = f.ticket AND y.kind = 'resolution' AND y.cyc = 0
) AS a;
`);
  // The first `max` selected in input order: up to the max-th one (a top-N, not a sort of them all).
  let last = 'NULL';
  if (max !== null) {
    const [cut] = await db.rows(
      max === 0
        ? 'SELECT -1 AS ticket'
        : `SELECT ticket FROM slac_listing_outcomes WHERE selected ORDER BY ticket LIMIT 1 OFFSET ${int(max - 1)}`,
    );
    if (cut) last = int(Number(cut.ticket));
  }
  const listed = last === 'NULL' ? 'selected' : `(selected AND ticket <= ${last})`;
  await db.exec(`CREATE TABLE ${LISTED_TABLE} AS SELECT ticket FROM slac_listing_outcomes WHERE ${listed};`);
  const n = (cond: string) => `CAST(COUNT(*) FILTER (WHERE NOT ${listed} AND counted AND ${cond}) AS BIGINT)`;
  const per = (status: string) => `${n(`r = '${status}'`)} + ${n(`s = '${status}'`)}`;
  const other = (k: string) => `${k} IS NOT NULL AND ${k} NOT IN ('met', 'breached', 'uncertain')`;
  const [row] = await db.rows(`SELECT ${n('TRUE')} AS total, ${n('open')} AS open, ${n('NOT open')} AS resolved,
    ${n(`r = 'met'`)} AS response_met, ${n(`r = 'breached'`)} AS response_breached,
    ${n(`s = 'met'`)} AS resolution_met, ${n(`s = 'breached'`)} AS resolution_breached,
    ${per('uncertain')} AS uncertain, ${n(other('r'))} + ${n(other('s'))} AS pending,
    CAST(COUNT(*) FILTER (WHERE selected AND NOT ${listed}) AS BIGINT) AS unlisted
    FROM slac_listing_outcomes`);
  const v = (k: string) => Number(row![k]);
  const counts: TicketSummary = {
    total: v('total'),
    resolved: v('resolved'),
    open: v('open'),
    responseMet: v('response_met'),
    responseBreached: v('response_breached'),
    resolutionMet: v('resolution_met'),
    resolutionBreached: v('resolution_breached'),
    nextReplyMet: 0,
    nextReplyBreached: 0,
    updateMet: 0,
    updateBreached: 0,
    pending: v('pending'),
    uncertain: v('uncertain'),
  };
  ev.addTicketCounts(counts, v('unlisted'));
  return LISTED_TABLE;
}
