import type { ParsedTicket } from '../data/validate.js';
import type { Context } from './context.js';
import type { OpenTicket, TicketResult } from './report.js';
import type { EvaluatedClock } from './tickets.js';
/** `instant`: when a clock has used `at`% of its time (warningInstant; the SQL engine's from its views). */
export declare function openTicket(ctx: Context, t: ParsedTicket, result: TicketResult, clocks: readonly EvaluatedClock[], asOf: number, instant?: (ev: EvaluatedClock, at: number) => number | null): OpenTicket;
