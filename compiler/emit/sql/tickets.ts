/**
 * Ticket clocks in SQL: the same rules as runtime/evaluate/tickets.ts (docs/language.md, "Ticket
 * clocks"), set-based. Views, in order:
 *  - `slac_status_events`: each status event with what it does to its tier's clocks (state
 *    0 running, 1 paused, 2 resolved; NULL unknown, 4 nothing), from `slac_status_effect`;
 *  - `slac_transitions`: the events that change the state (a resolving status while resolved, or
 *    the same pause clause again, changes nothing); `prev_state` is the state they leave;
 *  - `slac_segments`: [start_ms, end_ms) per ticket in one state, from creation on (LEAD over the
 *    transitions; the last one ends at `INF`, "for ever");
 *  - `slac_ticket_facts`: first and final resolution, reopenings, first provider message;
 *  - `slac_clock_base`: per ticket and clock (response, resolution) the start, the stop, the
 *    evaluation instant, the priority in force at the stop (or then) and that priority's target;
 *  - `slac_clock_spans`: the running segments a clock counts (cut to its start; for a stopped
 *    clock, cut at the stop and projected on from it for ever, to find its due instant);
 *  - `slac_ticket_clocks`: elapsed, paused, due, status per clock.
 * Instants are epoch milliseconds; business time comes from business-time.ts.
 */
import { dueSql, elapsedSql } from './business-time.js';
import { type Dialect, int } from './dialect.js';

/** "For ever": the end of a segment that does not end, far beyond any calendar. */
export const INF = 9_000_000_000_000_000;

/** Ticket states as runtime/evaluate/statuses.ts numbers them. */
export const STATE = { running: 0, paused: 1, resolved: 2, closed: 3, none: 4 } as const;

/** Business time on the clock's calendar, or wall time when the calendar (a column) is NULL. */
function counted(d: Dialect, alias: string, a: string, b: string): { joins: string; value: string } {
  const e = elapsedSql(d, alias, 'c.calendar', a, b);
  return { joins: e.joins, value: `(CASE WHEN c.calendar IS NULL THEN (${b}) - (${a}) ELSE ${e.value} END)` };
}

/**
 * `materialize`: tables instead of views, created once the input tables are loaded (the DuckDB
 * engine: each step is computed once, not again in every view that reads it). `extraClocks`: a
 * SELECT of more clocks for `slac_clock_base` from its CTE `s` (per ticket and clock kind: start,
 * stop, end), with its columns; they are counted like the targets' clocks (objectives.ts).
 */
export function ticketViewsSql(d: Dialect, materialize = false, extraClocks = ''): string {
  const create = materialize ? 'CREATE TABLE' : 'CREATE VIEW';
  const inf = int(INF);
  const { running, paused, resolved, closed, none } = STATE;
  const whole = counted(d, 'sw', 's.a', 's.b');
  const upToEnd = counted(d, 'se', 's.a', 'LEAST(s.b, c.end_ms)');
  const due = dueSql(d, 'du', 'h.calendar', 'h.a', 'h.rem');
  return `
${create} slac_status_events AS
SELECT e.ticket, e.ord, e.at_ms, e.status,
  CASE WHEN e.resolves THEN ${resolved} WHEN x.state = ${closed} THEN ${resolved} ELSE x.state END AS state,
  CASE WHEN x.state = ${paused} AND NOT e.resolves THEN x.rule ELSE -1 END AS rule
FROM slac_events AS e
JOIN slac_tickets AS t ON t.seq = e.ticket
LEFT JOIN slac_status_effect AS x ON x.tier = t.tier AND x.status = e.status_key
WHERE e.resolves OR e.status IS NOT NULL;

${create} slac_transitions AS
SELECT ticket, ord, at_ms, state, rule, prev_state FROM (
  SELECT ticket, ord, at_ms, state, rule,
    LAG(state, 1, ${running}) OVER w AS prev_state, LAG(rule, 1, -1) OVER w AS prev_rule
  FROM slac_status_events
  WHERE state IS NOT NULL AND state <> ${none}
  WINDOW w AS (PARTITION BY ticket ORDER BY ord)
) AS s
WHERE state <> prev_state OR rule <> prev_rule;

${create} slac_segments AS
SELECT ticket, start_ms, end_ms, state, rule FROM (
  SELECT ticket, start_ms, state, rule, COALESCE(LEAD(start_ms) OVER (PARTITION BY ticket ORDER BY ord), ${inf}) AS end_ms
  FROM (
    SELECT seq AS ticket, -1 AS ord, created_ms AS start_ms, ${running} AS state, -1 AS rule FROM slac_tickets
    UNION ALL
    SELECT ticket, ord, at_ms, state, rule FROM slac_transitions
  ) AS u
) AS s
WHERE state IN (${running}, ${paused}) AND end_ms > start_ms;

${create} slac_ticket_facts AS
WITH tr AS (
  SELECT ticket,
    CAST(COUNT(*) FILTER (WHERE prev_state = ${resolved}) AS BIGINT) AS reopened,
    MIN(at_ms) FILTER (WHERE state = ${resolved}) AS first_resolution_ms,
    MAX(ord) AS last_ord
  FROM slac_transitions GROUP BY ticket
), msg AS (
  SELECT ticket, MIN(at_ms) AS provider_ms FROM slac_events WHERE message = 'provider' GROUP BY ticket
), unk AS (
  SELECT DISTINCT ticket FROM slac_status_events WHERE state IS NULL
)
SELECT t.seq AS ticket, t.tier, t.priority, t.created_ms, t.responded_ms, t.assigned_ms,
  COALESCE(tr.reopened, 0) AS reopened,
  tr.first_resolution_ms,
  CASE WHEN l.state = ${resolved} THEN l.at_ms END AS resolved_ms,
  msg.provider_ms,
  unk.ticket IS NOT NULL AS uncertain,
  CASE WHEN l.state = ${resolved} THEN p.valid_to_ms ELSE p.as_of_ms END AS as_of_ms
FROM slac_tickets AS t
CROSS JOIN slac_params AS p
LEFT JOIN tr ON tr.ticket = t.seq
LEFT JOIN slac_transitions AS l ON l.ticket = t.seq AND l.ord = tr.last_ord
LEFT JOIN msg ON msg.ticket = t.seq
LEFT JOIN unk ON unk.ticket = t.seq;

${create} slac_priority_spans AS
SELECT ticket, at_ms AS from_ms, COALESCE(LEAD(at_ms) OVER (PARTITION BY ticket ORDER BY ord), ${inf}) AS to_ms, priority
FROM slac_events WHERE priority IS NOT NULL;

${create} slac_clock_base AS
WITH k AS (
  SELECT f.*, v.kind,
    CASE WHEN v.kind = 'response' THEN COALESCE(CASE WHEN f.responded_ms <= f.as_of_ms THEN f.responded_ms END, f.provider_ms, f.first_resolution_ms)
      ELSE f.resolved_ms END AS stop_ms,
    -- An assignment after the evaluation instant has not happened yet.
    CASE WHEN tt.start_at <> 'assignment' THEN f.created_ms WHEN f.assigned_ms <= f.as_of_ms THEN f.assigned_ms END AS start_ms
  FROM slac_ticket_facts AS f
  CROSS JOIN (SELECT 'response' AS kind UNION ALL SELECT 'resolution') AS v
  JOIN slac_tiers AS tt ON tt.tier = f.tier
), s AS (
  SELECT k.*,
    CASE WHEN start_ms IS NULL THEN stop_ms WHEN stop_ms IS NULL THEN start_ms ELSE LEAST(start_ms, stop_ms) END AS from_ms,
    COALESCE(stop_ms, as_of_ms) AS end_ms
  FROM k
)
SELECT s.ticket, s.kind, s.tier, s.from_ms, s.stop_ms, s.end_ms, s.as_of_ms, s.uncertain,
  COALESCE(ps.priority, s.priority) AS priority, g.within_ms, g.calendar, g.line
FROM s
LEFT JOIN slac_priority_spans AS ps ON ps.ticket = s.ticket AND ps.from_ms <= s.end_ms AND s.end_ms < ps.to_ms
JOIN slac_targets AS g ON g.tier = s.tier AND g.priority = COALESCE(ps.priority, s.priority) AND g.kind = s.kind${
    extraClocks === ''
      ? ''
      : `
UNION ALL
${extraClocks}`
  };

${create} slac_clock_spans AS
SELECT c.ticket, c.kind, GREATEST(g.start_ms, c.from_ms) AS a,
  CASE WHEN c.stop_ms IS NULL THEN g.end_ms ELSE LEAST(g.end_ms, c.stop_ms) END AS b
FROM slac_clock_base AS c
JOIN slac_segments AS g ON g.ticket = c.ticket AND g.state = ${running} AND g.end_ms > c.from_ms
WHERE c.stop_ms IS NULL OR GREATEST(g.start_ms, c.from_ms) < c.stop_ms
UNION ALL
SELECT ticket, kind, stop_ms, ${inf} FROM slac_clock_base WHERE stop_ms IS NOT NULL;

${create} slac_clock_counts AS
SELECT s.ticket, s.kind, s.a, s.b,
  CASE WHEN s.b = ${inf} THEN NULL ELSE ${whole.value} END AS len_ms,
  CASE WHEN s.a < c.end_ms THEN ${upToEnd.value} ELSE 0 END AS counted_ms
FROM slac_clock_spans AS s
JOIN slac_clock_base AS c ON c.ticket = s.ticket AND c.kind = s.kind
${whole.joins}${upToEnd.joins};

${create} slac_clock_due AS
WITH w AS (
  SELECT ticket, kind, a, b, len_ms,
    CAST(COALESCE(SUM(len_ms) OVER (PARTITION BY ticket, kind ORDER BY a ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS BIGINT) AS cum_before
  FROM slac_clock_counts
), hits AS (
  SELECT w.ticket, w.kind, w.a, c.calendar, c.within_ms - w.cum_before AS rem,
    ROW_NUMBER() OVER (PARTITION BY w.ticket, w.kind ORDER BY w.a) AS n
  FROM w JOIN slac_clock_base AS c ON c.ticket = w.ticket AND c.kind = w.kind
  WHERE w.b = ${inf} OR w.cum_before + w.len_ms >= c.within_ms
), h AS (
  SELECT ticket, kind, a, calendar, rem FROM hits WHERE n = 1
)
SELECT h.ticket, h.kind, CASE WHEN h.calendar IS NULL THEN h.a + h.rem ELSE ${due.value} END AS due_ms
FROM h
${due.joins};

${create} slac_ticket_clocks AS
WITH e AS (
  SELECT ticket, kind, CAST(SUM(counted_ms) AS BIGINT) AS elapsed_ms, MAX(b) AS last_b FROM slac_clock_counts GROUP BY ticket, kind
), p AS (
  SELECT c.ticket, c.kind, CAST(SUM(GREATEST(0, LEAST(g.end_ms, c.end_ms) - GREATEST(g.start_ms, c.from_ms))) AS BIGINT) AS paused_ms
  FROM slac_clock_base AS c JOIN slac_segments AS g ON g.ticket = c.ticket AND g.state = ${paused}
  WHERE c.from_ms IS NOT NULL GROUP BY c.ticket, c.kind
)
SELECT c.ticket, c.kind, c.priority, c.line, c.from_ms, c.stop_ms, c.as_of_ms, d.due_ms,
  CASE WHEN c.from_ms IS NULL THEN 0 ELSE COALESCE(e.elapsed_ms, 0) END AS elapsed_ms,
  CASE WHEN c.from_ms IS NULL THEN 0 ELSE COALESCE(p.paused_ms, 0) END AS paused_ms,
  CASE WHEN c.stop_ms IS NOT NULL THEN NULL ELSE c.within_ms - (CASE WHEN c.from_ms IS NULL THEN 0 ELSE COALESCE(e.elapsed_ms, 0) END) END AS remaining_ms,
  CASE
    WHEN c.from_ms IS NULL THEN 'not-started'
    WHEN c.stop_ms IS NOT NULL THEN (CASE WHEN d.due_ms IS NOT NULL AND c.stop_ms > d.due_ms THEN 'breached' ELSE 'met' END)
    WHEN d.due_ms IS NOT NULL AND c.as_of_ms > d.due_ms THEN 'breached'
    WHEN e.last_b = ${inf} THEN 'pending'
    ELSE 'paused'
  END AS status,
  c.uncertain
FROM slac_clock_base AS c
LEFT JOIN e ON e.ticket = c.ticket AND e.kind = c.kind
LEFT JOIN p ON p.ticket = c.ticket AND p.kind = c.kind
LEFT JOIN slac_clock_due AS d ON d.ticket = c.ticket AND d.kind = c.kind;
`;
}
