/**
 * Next-reply and update cycles in SQL: the rules of runtime/evaluate/reply-clocks.ts.
 *  - next reply: after the first response, a customer message while the ticket is not resolved
 *    starts a cycle unless one is open (the oldest unanswered message counts); the provider's next
 *    message stops it, else the first instant after it at which the ticket is resolved;
 *  - update: from the first response to each provider message (equal instants are one), and from
 *    the last to the final resolution (or on, unresolved).
 * `slac_cycles(ticket, kind, cyc, start_ms, stop_ms)` numbers them from 1 in time order, only for
 * tickets that can have a target of the kind; slac_clock_base (tickets.ts) makes each an ordinary clock (its
 * target: the one of the priority in force when it stops), next to response and resolution (cyc 0).
 */
/** `slac_ticket_response` (tickets.ts) and `slac_segments` come first. */
export declare function cycleViewsSql(create: string, inf: string): string;
/**
 * `slac_cycle_clocks(ticket, kind, cyc, cycles, late)`: per ticket and cycle kind the cycle the
 * report gives (the first late one, else the last one running, else the last), with how many
 * cycles had a target and how many were late. After slac_ticket_clocks.
 */
export declare function cycleClockViewSql(create: string): string;
