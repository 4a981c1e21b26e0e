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
import { ident, int } from '../../compiler/emit/sql/dialect.js';
import type { Evaluation } from '../../runtime/evaluate/engine.js';
import type { TicketSummary } from '../../runtime/evaluate/report.js';
import type { ListedOnly } from './batches.js';
import type { SqlDatabase } from './sql-tickets.js';

/** The table of the tickets to build results for, or null for every ticket. */
export const LISTED_TABLE = 'slac_listed';

/** The clocks the summary counts per ticket: response, resolution and, with cycles, the cycle the report gives of each kind (slac_cycle_clocks). */
const kindsOf = (cycles: boolean) => (cycles ? (['r', 's', 'n', 'u'] as const) : (['r', 's'] as const));

/**
 * `slac_listing_outcomes`: per ticket whether the summary counts it, whether the report would list
 * it, and its clocks' outcomes; a step per ticket (the engine runs it with the ticket steps, in
 * batches). Empty when every ticket's result is wanted.
 */
export function listingOutcomesSql(ev: Evaluation, every: boolean, cycles: boolean): string {
  const { include, period, each } = ev.ticketListing();
  if (each || every) return '';
  const clock = (c: string) => `CASE WHEN ${c}.uncertain THEN 'uncertain' ELSE ${c}.status END`;
  const counted = period === null ? 'TRUE' : `f.created_ms >= ${int(period.from)} AND f.created_ms < ${int(period.to)}`;
  const kinds = kindsOf(cycles);
  const exception = `(open OR ${kinds.map((k) => `COALESCE(${k} IN ('breached', 'uncertain'), FALSE)`).join(' OR ')})`;
  const selected = include === 'all' ? 'counted' : include === 'exceptions' ? `counted AND ${exception}` : 'FALSE';
  const cycleJoins = cycles
    ? `LEFT JOIN slac_cycle_clocks AS nc ON nc.ticket = f.ticket AND nc.kind = 'next-reply'
  LEFT JOIN slac_ticket_clocks AS n ON n.ticket = f.ticket AND n.kind = 'next-reply' AND n.cyc = nc.cyc
  LEFT JOIN slac_cycle_clocks AS uc ON uc.ticket = f.ticket AND uc.kind = 'update'
  LEFT JOIN slac_ticket_clocks AS u ON u.ticket = f.ticket AND u.kind = 'update' AND u.cyc = uc.cyc`
    : '';
  return `
CREATE TABLE slac_listing_outcomes AS
SELECT ticket, counted, ${selected} AS selected, open, ${kinds.join(', ')} FROM (
  SELECT f.ticket, ${counted} AS counted, f.resolved_ms IS NULL AS open, ${clock('x')} AS r, ${clock('y')} AS s${cycles ? `, ${clock('n')} AS n, ${clock('u')} AS u` : ''}
  FROM slac_ticket_facts AS f
  LEFT JOIN slac_ticket_clocks AS x ON x.ticket = f.ticket AND x.kind = 'response' AND x.cyc = 0
  LEFT JOIN slac_ticket_clocks AS y ON y.ticket = f.ticket AND y.kind = 'resolution' AND y.cyc = 0
  ${cycleJoins}
) AS a;
`;
}

/** The steps' tables the report reads only for the tickets it lists (sql-tickets.ts, `only`). */
const DETAILS = ['slac_status_events', 'slac_segments', 'slac_ticket_facts', 'slac_ticket_clocks', 'slac_cycle_clocks'];

/**
 * Where the report lists a bounded number of tickets (at most `max`, or none): the detail tables
 * the batches after the one that completes the list need not keep (runTicketSteps), unless
 * `readElsewhere` (the objectives' steps read them whole); null where every ticket's result is
 * wanted or the list is unbounded.
 */
export function listedOnly(db: SqlDatabase, ev: Evaluation, every: boolean, readElsewhere: (table: string) => boolean): ListedOnly | null {
  const { include, max, each } = ev.ticketListing();
  if (each || every || (include !== 'none' && max === null)) return null;
  // The tickets the batches so far would list.
  let listed = 0;
  return {
    tables: (t) => DETAILS.includes(t) && !readElsewhere(t),
    done: async (schema) => {
      if (include === 'none' || max === 0) return true;
      const [r] = await db.rows(`SELECT COUNT(*) FILTER (WHERE selected) AS n FROM ${ident(schema)}.slac_listing_outcomes`);
      listed += Number(r!.n);
      return listed >= max!;
    },
  };
}

/**
 * Creates `slac_listed` from `slac_listing_outcomes` and counts the tickets it leaves out into
 * `ev`; null (nothing created) when every ticket's result is wanted.
 */
export async function selectListed(db: SqlDatabase, ev: Evaluation, every: boolean, cycles: boolean): Promise<string | null> {
  const { max, each } = ev.ticketListing();
  if (each || every) return null;
  const kinds = kindsOf(cycles);
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
  const per = (status: string) => kinds.map((k) => n(`${k} = '${status}'`)).join(' + ');
  const other = (k: string) => n(`${k} IS NOT NULL AND ${k} NOT IN ('met', 'breached', 'uncertain')`);
  const zero = 'CAST(0 AS BIGINT)';
  const [row] = await db.rows(`SELECT ${n('TRUE')} AS total, ${n('open')} AS open, ${n('NOT open')} AS resolved,
    ${n(`r = 'met'`)} AS response_met, ${n(`r = 'breached'`)} AS response_breached,
    ${n(`s = 'met'`)} AS resolution_met, ${n(`s = 'breached'`)} AS resolution_breached,
    ${cycles ? n(`n = 'met'`) : zero} AS next_reply_met, ${cycles ? n(`n = 'breached'`) : zero} AS next_reply_breached,
    ${cycles ? n(`u = 'met'`) : zero} AS update_met, ${cycles ? n(`u = 'breached'`) : zero} AS update_breached,
    ${per('uncertain')} AS uncertain, ${kinds.map(other).join(' + ')} AS pending,
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
    nextReplyMet: v('next_reply_met'),
    nextReplyBreached: v('next_reply_breached'),
    updateMet: v('update_met'),
    updateBreached: v('update_breached'),
    pending: v('pending'),
    uncertain: v('uncertain'),
  };
  ev.addTicketCounts(counts, v('unlisted'));
  return LISTED_TABLE;
}
