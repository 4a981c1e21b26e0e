/**
 * The SQL engine's objectives: the counts per objective and unit of its period that the views of
 * compiler/emit/sql/objectives.ts compute go into the evaluation's counters, and the JavaScript
 * engine builds the objectives, credits, bonuses, totals, breach rules and escalations of the report
 * from them with its own code, so the numbers are the same by construction.
 */
import { reopenObjectives, shareObjectives, timeObjectives } from '../../compiler/emit/sql/objectives.js';
import { ShareCounter } from '../../runtime/evaluate/shares.js';
/** Records an average lists per unit (time-stats.ts keeps the first 1000). */
const MAX_RECORDS = 1000;
const TICKET = 't.id, t.source_file, t.source_line, t.source_index';
/** Each kind of objective the contract has; the views of a kind it has none of still read every ticket (seconds for 10,000,000). */
export async function feedObjectives(db, ev, source) {
    const c = ev.ctx.contract;
    if (shareObjectives(c).length > 0)
        await feedShares(db, ev);
    if (timeObjectives(c).length > 0)
        await feedTimes(db, ev, source);
    if (reopenObjectives(c).length > 0)
        await feedReopens(db, ev, source);
}
async function feedShares(db, ev) {
    for (const r of await db.rows('SELECT objective, unit_index, counted, hits, pending, unmatched, excluded, not_owed FROM slac_share_units')) {
        const counter = ev.counterOf(String(r.objective));
        if (counter instanceof ShareCounter)
            counter.addCounts(Number(r.unit_index), {
                counted: Number(r.counted),
                hits: Number(r.hits),
                pending: Number(r.pending),
                unmatched: Number(r.unmatched),
                excluded: Number(r.excluded),
                notOwed: Number(r.not_owed),
            });
    }
}
async function feedTimes(db, ev, source) {
    // The records of an average: the first tickets of each unit, in the order the engine takes them.
    const refs = await firstRecords(db, source, 'slac_ticket_times', 'ms IS NOT NULL', 'late, ticket');
    const time = (name) => ev.counterOf(String(name));
    for (const r of await db.rows('SELECT objective, unit_index, counted, sum_ms, pending, excluded FROM slac_time_units'))
        time(r.objective).addCounts(Number(r.unit_index), Number(r.counted), BigInt(r.sum_ms), Number(r.pending), time(r.objective).measure.statistic === 'average' ? (refs.get(`${r.objective}\n${r.unit_index}`)?.list ?? []) : [], Number(r.excluded));
    for (const r of await db.rows(`SELECT k.objective, k.period, k.ms, ${TICKET} FROM slac_time_ranked AS k JOIN slac_tickets AS t ON t.seq = k.ticket`))
        time(r.objective).setRanked(String(r.period), { ms: Number(r.ms), ref: source(r) });
}
async function feedReopens(db, ev, source) {
    // The trace of a reopen ratio (the reopened tickets) or of first time right (those that were not), in input order.
    const reopened = await firstRecords(db, source, 'slac_ticket_reopens', 'traced', 'ticket');
    for (const r of await db.rows('SELECT objective, unit_index, resolved, hits, pending FROM slac_reopen_units')) {
        const traced = reopened.get(`${r.objective}\n${r.unit_index}`);
        ev.counterOf(String(r.objective)).addCounts(Number(r.unit_index), { resolved: Number(r.resolved), hits: Number(r.hits), pending: Number(r.pending) }, traced?.list ?? [], traced ? traced.total - traced.list.length : 0);
    }
}
/** Per objective and unit the first MAX_RECORDS tickets of `view` (in `order`) where `where`, and how many there are. */
async function firstRecords(db, source, view, where, order) {
    const out = new Map();
    // DuckDB keeps the first of each unit in a bounded heap (min_by with a count); Postgres numbers
    // them all with a window (a sort of every row: seconds for 10,000,000 tickets).
    const firsts = db.dialect === 'duckdb'
        ? `SELECT g.objective, g.unit_index, g.total, u.ticket, u.n FROM (
           SELECT objective, unit_index, CAST(COUNT(*) AS BIGINT) AS total, min_by(ticket, {${order
            .split(', ')
            .map((c) => `'${c}': ${c}`)
            .join(', ')}}, ${MAX_RECORDS}) AS list
           FROM ${view} WHERE ${where} GROUP BY objective, unit_index
         ) AS g, unnest(g.list) WITH ORDINALITY AS u(ticket, n)`
        : `SELECT * FROM (
           SELECT objective, unit_index, ticket, ROW_NUMBER() OVER (PARTITION BY objective, unit_index ORDER BY ${order}) AS n,
             COUNT(*) OVER (PARTITION BY objective, unit_index) AS total
           FROM ${view} WHERE ${where}
         ) AS w WHERE w.n <= ${MAX_RECORDS}`;
    for (const r of await db.rows(`SELECT s.objective, s.unit_index, s.total, ${TICKET} FROM (${firsts}) AS s
     JOIN slac_tickets AS t ON t.seq = s.ticket ORDER BY s.objective, s.unit_index, s.n`)) {
        const key = `${r.objective}\n${r.unit_index}`;
        let entry = out.get(key);
        if (!entry)
            out.set(key, (entry = { list: [], total: Number(r.total) }));
        entry.list.push(source(r));
    }
    return out;
}
