/**
 * Quality objectives computed from the ticket data (docs/language.md, "Quality from ticket events"):
 *  - `reopen ratio of tickets at most 5% per month`: of the tickets created in the period that are
 *    resolved at the evaluation instant, the share that was reopened at least once (a status after
 *    a resolution); the reopened tickets are the trace;
 *  - `first time right of tickets at least 80% per month`: of the same tickets, the share resolved
 *    the first time: never reopened, with at most one reply from the provider before the resolution
 *    (Zendesk's one-touch rule), and without ever waiting for the customer or a third party (a
 *    second contact, or a hand-off: ServiceNow's first call resolution leaves reassigned incidents
 *    out); the tickets that were not are the trace.
 * Tickets still open are pending. The trace keeps the first records per period only, so memory
 * stays flat in the number of tickets; the rest are counted.
 */
import type { RtObjective } from '../contract.js';
import type { ParsedTicket } from '../data/validate.js';
import type { Context } from './context.js';
import { type Exact } from './exact.js';
import type { ObjectivePeriod } from './periods.js';
import type { QualityDetail, RecordRef } from './report.js';
import type { Vocabulary } from './statuses.js';
interface Acc {
    resolved: number;
    /** Tickets that count for the number: reopened ones, or first-time-right ones. */
    hits: number;
    /** The trace: reopened tickets, or those not first time right (at most MAX_RECORDS). */
    traced: RecordRef[];
    untraced: number;
    pending: number;
}
export declare class TicketQualityCounter {
    readonly objective: RtObjective;
    private readonly byIndex;
    readonly metric: 'reopen-ratio' | 'first-time-right';
    constructor(objective: RtObjective);
    /** One ticket of the objective, created in period `index`. */
    add(ctx: Context, index: number, t: ParsedTicket, reopened: number, resolvedAt: number | null, ref: RecordRef): void;
    /** What another engine (the SQL engine) counted in unit `index`: the tickets resolved, the hits, those pending, the trace. */
    addCounts(index: number, counts: Omit<Acc, 'traced' | 'untraced'>, traced: readonly RecordRef[], untraced: number): void;
    result(ctx: Context, p: ObjectivePeriod): {
        sli: Exact | null;
        detail: QualityDetail;
        resolved: number;
        hits: number;
        pending: number;
    };
}
/**
 * A ticket resolved at `resolvedAt` and never reopened: first time right unless the provider
 * replied more than once before the resolution or it waited for the customer or a third party (a
 * status the contract gives that reason). Statuses the contract does not know change nothing here
 * either; they are reported with the ticket.
 */
export declare function firstTimeRight(t: ParsedTicket, vocabulary: Vocabulary, resolvedAt: number): boolean;
export {};
