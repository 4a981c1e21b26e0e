/**
 * `reopen ratio of tickets at most 5% per month`, computed from the ticket data: of the tickets
 * created in the period that are resolved at the evaluation instant, the share that was reopened
 * at least once (a status after a resolution). Tickets still open are pending. The reopened
 * tickets are listed as the trace of the number.
 */
import type { RtObjective } from '../contract.js';
import type { Context } from './context.js';
import { type Exact, ratio } from './exact.js';
import type { ObjectivePeriod } from './periods.js';
import type { QualityDetail, RecordRef } from './report.js';

interface Acc {
  resolved: number;
  reopened: RecordRef[];
  pending: number;
}

export class ReopenCounter {
  private readonly byIndex = new Map<number, Acc>();

  constructor(readonly objective: RtObjective) {}

  add(index: number, resolved: boolean, reopened: boolean, ref: RecordRef): void {
    let a = this.byIndex.get(index);
    if (!a) this.byIndex.set(index, (a = { resolved: 0, reopened: [], pending: 0 }));
    if (!resolved) a.pending++;
    else {
      a.resolved++;
      if (reopened) a.reopened.push(ref);
    }
  }

  result(ctx: Context, p: ObjectivePeriod): { sli: Exact | null; detail: QualityDetail; resolved: number; pending: number } {
    const first = ctx.zone.periodOf(p.ref.unit, p.from).index;
    let resolved = 0;
    let pending = 0;
    const reopened: RecordRef[] = [];
    for (let i = first; i <= p.ref.index; i++) {
      const a = this.byIndex.get(i);
      if (!a) continue;
      resolved += a.resolved;
      pending += a.pending;
      reopened.push(...a.reopened);
    }
    return {
      sli: resolved > 0 ? ratio(BigInt(reopened.length) * 100n, resolved) : null,
      detail: { kind: 'quality', metric: 'reopen-ratio', kpi: null, basis: resolved > 0 ? 'tickets' : 'none', observations: resolved, records: reopened },
      resolved,
      pending,
    };
  }
}
