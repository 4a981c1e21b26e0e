/**
 * The SQL engine's objectives: the counts per objective and unit of its period that the views of
 * compiler/emit/sql/objectives.ts compute go into the evaluation's counters, and the JavaScript
 * engine builds the objectives, credits, bonuses, totals, breach rules and escalations of the report
 * from them with its own code, so the numbers are the same by construction.
 */
import type { Evaluation } from '../../runtime/evaluate/engine.js';
import type { SqlDatabase } from './sql-tickets.js';

export async function feedObjectives(db: SqlDatabase, ev: Evaluation): Promise<void> {
  for (const r of await db.rows(
    'SELECT objective, unit_index, counted, hits, pending FROM slac_share_units ORDER BY objective, unit_index',
  ))
    ev.addShareCounts(String(r.objective), Number(r.unit_index), {
      counted: Number(r.counted),
      hits: Number(r.hits),
      pending: Number(r.pending),
    });
}
