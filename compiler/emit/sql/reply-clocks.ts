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

/** `slac_ticket_response` (tickets.ts) and `slac_segments` come first; `kind` types a kind's text (codes.ts). */
export function cycleViewsSql(create: string, inf: string, kind: (sql: string) => string): string {
  // Not resolved at an instant: before the first resolution, or inside a running or paused segment.
  const covered = (alias: string, at: string) =>
    `LEFT JOIN slac_segments AS ${alias} ON ${alias}.ticket = f.ticket AND ${alias}.start_ms <= ${at} AND ${at} < ${alias}.end_ms`;
  return `
${create} slac_cycles AS
WITH kinds AS (
  -- The tickets that can have a target of a cycle kind: the one of the priority in force when the
  -- cycle stops, the ticket's own or one of its priority events' (the rest have no cycle clocks).
  SELECT DISTINCT p.ticket, k.kind FROM (
    SELECT ticket, tier, priority FROM slac_ticket_facts
    UNION ALL
    SELECT e.ticket, f.tier, e.priority FROM slac_seen_events AS e JOIN slac_ticket_facts AS f ON f.ticket = e.ticket WHERE e.priority IS NOT NULL
  ) AS p
  JOIN slac_targets AS k ON k.tier = p.tier AND k.priority = p.priority AND k.kind IN ('next-reply', 'update')
), m AS (
  SELECT f.ticket, f.tier, e.ord, e.at_ms, e.message, f.first_resolution_ms, f.resolved_ms, f.response_ms
  FROM slac_ticket_response AS f JOIN slac_seen_events AS e ON e.ticket = f.ticket
  WHERE e.message IS NOT NULL AND e.at_ms > f.response_ms
), r AS (
  SELECT f.ticket, f.ord, f.at_ms, f.message,
    LAG(f.message) OVER (PARTITION BY f.ticket ORDER BY f.ord) AS prev,
    MIN(CASE WHEN f.message = 'provider' THEN f.at_ms END)
      OVER (PARTITION BY f.ticket ORDER BY f.ord ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS reply_ms
  FROM m AS f
  JOIN kinds AS k ON k.ticket = f.ticket AND k.kind = 'next-reply'
  ${covered('g', 'f.at_ms')}
  WHERE f.message = 'provider' OR f.first_resolution_ms IS NULL OR f.at_ms < f.first_resolution_ms OR g.ticket IS NOT NULL
), unanswered AS (
  SELECT ticket, at_ms FROM r WHERE message = 'customer' AND (prev IS NULL OR prev = 'provider') AND reply_ms IS NULL
), resolved_after AS (
  -- The first instant at or after the unanswered message that no running or paused segment covers.
  SELECT f.ticket, MIN(x.at_ms) AS at_ms
  FROM unanswered AS f
  JOIN (
    SELECT u.ticket, u.at_ms FROM unanswered AS u
    UNION ALL
    SELECT u.ticket, s.end_ms FROM unanswered AS u JOIN slac_segments AS s ON s.ticket = u.ticket AND s.end_ms >= u.at_ms AND s.end_ms < ${inf}
  ) AS x ON x.ticket = f.ticket
  ${covered('g', 'x.at_ms')}
  WHERE g.ticket IS NULL
  GROUP BY f.ticket
), u AS (
  SELECT DISTINCT f.ticket, f.at_ms
  FROM m AS f JOIN kinds AS k ON k.ticket = f.ticket AND k.kind = 'update'
  WHERE f.message = 'provider' AND (f.resolved_ms IS NULL OR f.at_ms < f.resolved_ms)
), cycles AS (
  SELECT ticket, 'next-reply' AS kind, at_ms AS start_ms, reply_ms AS stop_ms
  FROM r WHERE message = 'customer' AND (prev IS NULL OR prev = 'provider') AND reply_ms IS NOT NULL
  UNION ALL
  SELECT f.ticket, 'next-reply', f.at_ms, x.at_ms FROM unanswered AS f LEFT JOIN resolved_after AS x ON x.ticket = f.ticket
  UNION ALL
  SELECT f.ticket, 'update', COALESCE(LAG(f.at_ms) OVER (PARTITION BY f.ticket ORDER BY f.at_ms), t.response_ms), f.at_ms
  FROM u AS f JOIN slac_ticket_response AS t ON t.ticket = f.ticket
  UNION ALL
  SELECT f.ticket, 'update', l.start_ms, f.resolved_ms
  FROM slac_ticket_response AS f
  JOIN kinds AS k ON k.ticket = f.ticket AND k.kind = 'update'
  JOIN (
    -- Only the tickets with an update target: a group per ticket of them all cost 0.25 s per 1,000,000.
    SELECT t.ticket, COALESCE(MAX(u.at_ms), t.response_ms) AS start_ms
    FROM slac_ticket_response AS t JOIN kinds AS k ON k.ticket = t.ticket AND k.kind = 'update' LEFT JOIN u ON u.ticket = t.ticket
    WHERE t.response_ms IS NOT NULL GROUP BY t.ticket, t.response_ms
  ) AS l ON l.ticket = f.ticket
  WHERE f.resolved_ms IS NULL OR l.start_ms < f.resolved_ms
)
SELECT ticket, ${kind('kind')} AS kind, ROW_NUMBER() OVER (PARTITION BY ticket, kind ORDER BY start_ms) AS cyc, start_ms, stop_ms FROM cycles;
`;
}

/**
 * `slac_cycle_clocks(ticket, kind, cyc, cycles, late)`: per ticket and cycle kind the cycle the
 * report gives (the first late one, else the last one running, else the last), with how many
 * cycles had a target and how many were late. After slac_ticket_clocks.
 */
export function cycleClockViewSql(create: string): string {
  return `
${create} slac_cycle_clocks AS
SELECT ticket, kind,
  COALESCE(MIN(CASE WHEN status = 'breached' THEN cyc END), MAX(CASE WHEN stop_ms IS NULL THEN cyc END), MAX(cyc)) AS cyc,
  CAST(COUNT(*) AS BIGINT) AS cycles,
  CAST(SUM(CASE WHEN status = 'breached' THEN 1 ELSE 0 END) AS BIGINT) AS late
FROM slac_ticket_clocks WHERE cyc > 0 GROUP BY ticket, kind;
`;
}
