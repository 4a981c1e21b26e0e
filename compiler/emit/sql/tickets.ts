/**
 * Ticket clocks in SQL: the same rules as runtime/evaluate/tickets.ts (docs/language.md, "Ticket
 * clocks"), set-based. Views, in order:
 *  - `slac_status_events`: each status event with what it does to its tier's clocks (state
 *    0 running, 1 paused, 2 resolved; NULL unknown, 4 nothing), from `slac_status_effect`;
 *  - `slac_transitions`: the events that change the state (a resolving status while resolved, or
 *    the same pause clause again, changes nothing); `prev_state` is the state they leave;
 *  - `slac_segments`: [start_ms, end_ms) per ticket in one state, from creation on (LEAD over the
 *    transitions; the last one ends at `INF`, "for ever");
 *  - `slac_ticket_facts`: first and final resolution, reopenings, first provider message, and
 *    `run_to_ms`, where the one running segment of a ticket without a pause or reopening ends;
 *  - `slac_ticket_response`: the facts and the first response; `slac_cycles` (reply-clocks.ts);
 *  - `slac_clock_base`: per ticket and clock (response and resolution with `cyc` 0, next-reply and
 *    update cycles numbered from 1) the start, the stop, the evaluation instant, the priority in
 *    force at the stop (or then) and that priority's target; `simple` for a clock whose ticket runs
 *    from creation on without a pause or reopening, until the clock stops or for ever (no pause
 *    caps, days or warnings): its time and due instant follow from its start and end alone;
 *  - `slac_clock_spans`, `slac_clock_counts`, `slac_clock_sums`, `slac_clock_due`, of the clocks
 *    that are not simple: the running segments a clock counts (cut to its start; for a stopped
 *    clock, cut at the stop and projected on from it for ever, to find its due instant), their
 *    business time, its sum and the due instant;
 *  - clocks in days: day-clocks.ts;
 *  - `slac_ticket_clocks`: elapsed, paused, due, status per clock; `slac_cycle_clocks` the cycle
 *    the report gives per cycle kind.
 * Instants are epoch milliseconds; business time comes from business-time.ts.
 */
import { dueSql, elapsedEachSql, elapsedSql, elapsedStartStep } from './business-time.js';
import { CLOCK_KIND_TYPE, CLOCK_STATUS_TYPE, codeSql } from './codes.js';
import { ticketAttributesSql } from './conditions.js';
import { dayClockViewsSql } from './day-clocks.js';
import { pauseCapViewsSql } from './pause-caps.js';
import { cycleClockViewSql, cycleViewsSql } from './reply-clocks.js';
import { type Dialect, int, text } from './dialect.js';

/** "For ever": the end of a segment that does not end, far beyond any calendar. */
export const INF = 9_000_000_000_000_000;

/** Ticket states as runtime/evaluate/statuses.ts numbers them. */
export const STATE = { running: 0, paused: 1, resolved: 2, closed: 3, none: 4 } as const;

/**
 * Per clock the first target with conditions that the ticket matches (`slot`, its position in the
 * tier), from slac_target_conditions and the ticket's attributes (conditions.ts); a condition on
 * the priority asks about the priority in force when the clock stops.
 */
const matchedTargetSql = `, m AS (
  SELECT h.ticket, h.kind, h.cyc, MIN(h.ord) AS slot FROM (
    SELECT s.ticket, s.kind, s.cyc, g.ord, g.conditions, COUNT(DISTINCT x.cond) AS held
    FROM p AS s
    JOIN slac_targets AS g ON g.tier = s.tier AND g.priority = s.prio AND g.kind = s.kind AND g.slot >= 0
    JOIN slac_target_conditions AS x ON x.tier = g.tier AND x.ord = g.ord
    LEFT JOIN slac_ticket_attributes AS a ON a.ticket = s.ticket AND a.field = x.field AND a.value = x.value
    WHERE (x.field = 'priority' AND x.value = s.prio) OR a.ticket IS NOT NULL
    GROUP BY s.ticket, s.kind, s.cyc, g.ord, g.conditions
  ) AS h
  WHERE h.held = h.conditions
  GROUP BY h.ticket, h.kind, h.cyc
)`;

/** What a contract uses beyond plain targets and pauses: the views for the rest are left out. */
export interface TicketFeatures {
  /** Pause caps, targets with conditions, targets in days, next-reply or update targets. */
  caps: boolean;
  conditions: boolean;
  days: boolean;
  cycles: boolean;
  /** A tier whose clocks start at a status (slac_start_statuses has rows). */
  statusStart: boolean;
  /** The contract's one tier, when it has one: what a status does needs no ticket's tier then. */
  oneTier: string | null;
  /** Objectives with clocks of their own (slac_limit_clocks has rows). */
  limits: boolean;
  /** `--now`: later events have not happened yet. */
  now: number | null;
  /** Warnings before a breach: they read the spans of every clock (escalations.ts), so no clock skips them. */
  warnings: boolean;
  /** The DuckDB engine's ENUM codes (codes.ts): the clock kinds and statuses are of their types. */
  codes: boolean;
}

/**
 * `materialize`: tables instead of views, created once the input tables are loaded (the DuckDB
 * engine: each step is computed once, not again in every view that reads it). `extraClocks`: a
 * SELECT of more clocks for `slac_clock_base` from its CTE `s` (per ticket and clock kind: start,
 * stop, end), with its columns; they are counted like the targets' clocks (objectives.ts).
 */
export function ticketViewsSql(
  d: Dialect,
  materialize = false,
  features: TicketFeatures = {
    caps: true,
    conditions: true,
    days: true,
    cycles: true,
    statusStart: true,
    oneTier: null,
    limits: true,
    now: null,
    warnings: true,
    codes: false,
  },
  extraClocks = '',
): string {
  const create = materialize ? 'CREATE TABLE' : 'CREATE VIEW';
  // Steps cheap to compute again where they are read stay views even when the others are tables:
  // a table of them costs more to write than reading them twice (the spans: once without days).
  const light = 'CREATE VIEW';
  // The segments a clock `c` counts on: its own with pause caps, else its ticket's.
  const segments = (g: string) =>
    features.caps
      ? `slac_clock_segments AS ${g} ON ${g}.ticket = c.ticket AND ${g}.kind = c.kind AND ${g}.cyc = c.cyc`
      : `slac_segments AS ${g} ON ${g}.ticket = c.ticket`;
  const inf = int(INF);
  const { running, paused, resolved, closed, none } = STATE;
  // A span's business time whole, and up to the clock's end (the evaluation instant, or its stop)
  // where that cuts it: most spans end before it, and a NULL instant skips that join's probe. On
  // wall time (the calendar NULL) it is a difference.
  const span = elapsedEachSql(d, 'sw', 'c.calendar', 's.a', ['s.b', '(CASE WHEN c.end_ms < s.b THEN c.end_ms END)']);
  const [whole, cut] = span.values;
  // A simple clock counts one span, from its start to its end, without pause caps or days: its
  // time and due instant follow without its spans (three in four of the generated tickets of npm run bench).
  const fast = !features.caps && !features.warnings;
  const plain = fast
    ? `COALESCE(x.from_ms >= x.created_ms AND (CASE WHEN x.stop_ms IS NULL THEN x.run_to_ms = ${inf} ELSE x.stop_ms <= x.run_to_ms END), FALSE)`
    : 'FALSE';
  const simpleTime = elapsedSql(d, 'sv', 'c.calendar', 'c.from_ms', 'c.end_ms');
  // The due instant from the same step of the start as the time.
  const simpleDue = dueSql(d, 'sd', 'c.calendar', 'c.from_ms', 'c.within_ms', elapsedStartStep('sv'));
  const simpleDueMs = `(CASE WHEN c.calendar IS NULL THEN c.from_ms + c.within_ms ELSE ${simpleDue.value} END)`;
  const due = dueSql(d, 'du', 'h.calendar', 'h.a', 'h.rem');
  const kind = (sql: string) => codeSql(features.codes, CLOCK_KIND_TYPE, sql);
  return `
CREATE VIEW slac_seen_events AS
SELECT * FROM slac_events${features.now === null ? '' : ` WHERE at_ms <= ${int(features.now)}`};

${create} slac_status_events AS
SELECT e.ticket, e.ord, e.at_ms, e.status,
  CASE WHEN e.resolves THEN ${resolved} WHEN x.state = ${closed} THEN ${resolved} ELSE x.state END AS state,
  CASE WHEN x.state = ${paused} AND NOT e.resolves THEN x.rule ELSE -1 END AS rule
FROM slac_seen_events AS e
${
  features.oneTier === null
    ? 'JOIN slac_tickets AS t ON t.seq = e.ticket\nLEFT JOIN slac_status_effect AS x ON x.tier = t.tier AND x.status = e.status_key'
    : `LEFT JOIN slac_status_effect AS x ON x.tier = ${text(features.oneTier)} AND x.status = e.status_key`
}
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
    CAST(COUNT(*) FILTER (WHERE prev_state = ${resolved}) AS BIGINT) AS reopened, COUNT(*) AS transitions,
    MIN(at_ms) FILTER (WHERE state = ${resolved}) AS first_resolution_ms,
    MAX(ord) AS last_ord
  FROM slac_transitions GROUP BY ticket
), msg AS (
  SELECT ticket, MIN(at_ms) AS provider_ms FROM slac_seen_events WHERE message = 'provider' GROUP BY ticket
), unk AS (
  SELECT DISTINCT ticket FROM slac_status_events WHERE state IS NULL
), sts AS (
  -- The first time the ticket enters its tier's start status (slac_start_statuses: the keys that mean it).
  ${
    features.statusStart
      ? `SELECT e.ticket, MIN(e.at_ms) AS at_ms
  FROM slac_seen_events AS e
  JOIN slac_tickets AS t ON t.seq = e.ticket
  JOIN slac_start_statuses AS x ON x.tier = t.tier AND x.status_key = e.status_key
  GROUP BY e.ticket`
      : 'SELECT CAST(NULL AS BIGINT) AS ticket, CAST(NULL AS BIGINT) AS at_ms WHERE FALSE'
  }
)
SELECT t.seq AS ticket, t.tier, t.priority, t.created_ms, t.responded_ms, t.assigned_ms,
  COALESCE(tr.reopened, 0) AS reopened,
  tr.first_resolution_ms,
  CASE WHEN l.state = ${resolved} THEN l.at_ms END AS resolved_ms,
  -- Without a pause or reopening, the end of the ticket's one running segment, from its creation.
  CASE WHEN tr.ticket IS NULL THEN ${inf} WHEN tr.transitions = 1 AND l.state = ${resolved} THEN l.at_ms END AS run_to_ms,
  msg.provider_ms,
  unk.ticket IS NOT NULL AS uncertain,
  CASE WHEN l.state = ${resolved} THEN COALESCE(p.now_ms, p.valid_to_ms) ELSE p.as_of_ms END AS as_of_ms,
  CASE WHEN sts.at_ms <= (CASE WHEN l.state = ${resolved} THEN COALESCE(p.now_ms, p.valid_to_ms) ELSE p.as_of_ms END) THEN sts.at_ms END AS start_status_ms
FROM slac_tickets AS t
CROSS JOIN slac_params AS p
LEFT JOIN tr ON tr.ticket = t.seq
LEFT JOIN slac_transitions AS l ON l.ticket = t.seq AND l.ord = tr.last_ord
LEFT JOIN msg ON msg.ticket = t.seq
LEFT JOIN unk ON unk.ticket = t.seq
LEFT JOIN sts ON sts.ticket = t.seq;

${light} slac_priority_spans AS
SELECT ticket, at_ms AS from_ms, COALESCE(LEAD(at_ms) OVER (PARTITION BY ticket ORDER BY ord), ${inf}) AS to_ms, priority
FROM slac_seen_events WHERE priority IS NOT NULL;

${light} slac_ticket_response AS
SELECT f.*, COALESCE(CASE WHEN f.responded_ms <= f.as_of_ms THEN f.responded_ms END, f.provider_ms, f.first_resolution_ms) AS response_ms
FROM slac_ticket_facts AS f;
${features.cycles ? cycleViewsSql(create, inf, kind) : ''}
${features.conditions ? ticketAttributesSql(create) : ''}
${create} slac_clock_base AS
-- \`clock\` numbers each clock: the steps after join on it alone (one integer, not ticket, kind and cycle).
WITH t AS (
  -- The ticket's clock start: an assignment after the evaluation instant has not happened yet.
  SELECT f.*,
    CASE WHEN tt.start_at = 'creation' THEN f.created_ms WHEN tt.start_at = 'status' THEN f.start_status_ms
      WHEN f.assigned_ms <= f.as_of_ms THEN f.assigned_ms END AS ticket_start_ms
  FROM slac_ticket_response AS f JOIN slac_tiers AS tt ON tt.tier = f.tier
), k AS (
  SELECT t.*, v.kind, 0 AS cyc, CASE WHEN v.kind = 'response' THEN t.response_ms ELSE t.resolved_ms END AS stop_ms, t.ticket_start_ms AS start_ms
  FROM t CROSS JOIN (SELECT ${kind("'response'")} AS kind UNION ALL SELECT ${kind("'resolution'")}) AS v${
    features.cycles
      ? `
  UNION ALL
  SELECT t.*, y.kind, y.cyc, y.stop_ms, y.start_ms
  FROM t JOIN slac_cycles AS y ON y.ticket = t.ticket`
      : ''
  }
), s AS (
  SELECT x.*, ${plain} AS plain FROM (
    SELECT k.*,
      CASE WHEN start_ms IS NULL THEN stop_ms WHEN stop_ms IS NULL THEN start_ms ELSE LEAST(start_ms, stop_ms) END AS from_ms,
      COALESCE(stop_ms, as_of_ms) AS end_ms
    FROM k
  ) AS x
), p AS (
  SELECT s.*, COALESCE(ps.priority, s.priority) AS prio
  FROM s LEFT JOIN slac_priority_spans AS ps ON ps.ticket = s.ticket AND ps.from_ms <= s.end_ms AND s.end_ms < ps.to_ms
)${features.conditions ? matchedTargetSql : ''}
SELECT ROW_NUMBER() OVER () AS clock, b.* FROM (
SELECT s.ticket, s.kind, s.cyc, s.tier, s.from_ms,
  -- Pause caps count from the clock's start; for a cycle, from the ticket's clock start.
  CASE WHEN s.cyc = 0 THEN s.from_ms ELSE LEAST(COALESCE(s.ticket_start_ms, s.created_ms), s.from_ms) END AS cap_from_ms,
  s.stop_ms, s.end_ms, s.as_of_ms, s.uncertain,
  s.prio AS priority, g.within_ms, g.calendar, g.days, g.day_calendar, g.line, g.ord, s.plain AND g.days IS NULL AS simple
FROM p AS s
${features.conditions ? 'LEFT JOIN m ON m.ticket = s.ticket AND m.kind = s.kind AND m.cyc = s.cyc\n' : ''}JOIN slac_targets AS g ON g.tier = s.tier AND g.priority = s.prio AND g.kind = s.kind AND g.slot = ${features.conditions ? 'COALESCE(m.slot, -1)' : '-1'}${
    extraClocks === '' || !features.limits
      ? ''
      : `
UNION ALL
${extraClocks}`
  }
) AS b;

${features.caps ? pauseCapViewsSql(d, create, inf, paused, running) : ''}
${features.days ? create : light} slac_clock_spans AS
SELECT c.clock, c.ticket, c.kind, c.cyc, GREATEST(g.start_ms, c.from_ms) AS a,
  CASE WHEN c.stop_ms IS NULL THEN g.end_ms ELSE LEAST(g.end_ms, c.stop_ms) END AS b
FROM slac_clock_base AS c
JOIN ${segments('g')} AND g.state = ${running} AND g.end_ms > c.from_ms
WHERE (c.stop_ms IS NULL OR GREATEST(g.start_ms, c.from_ms) < c.stop_ms) AND NOT c.simple
UNION ALL
SELECT clock, ticket, kind, cyc, stop_ms, ${inf} FROM slac_clock_base WHERE stop_ms IS NOT NULL AND NOT simple;

${create} slac_clock_counts AS
SELECT s.clock, s.ticket, s.kind, s.cyc, s.a, s.b,
  CASE WHEN s.b = ${inf} OR c.days IS NOT NULL THEN NULL WHEN c.calendar IS NULL THEN s.b - s.a ELSE ${whole} END AS len_ms,
  CASE WHEN s.a >= c.end_ms THEN 0 WHEN c.calendar IS NULL THEN LEAST(s.b, c.end_ms) - s.a WHEN c.end_ms < s.b THEN ${cut} ELSE ${whole} END AS counted_ms
FROM slac_clock_spans AS s
JOIN slac_clock_base AS c ON c.clock = s.clock
${span.joins}-- Only clocks that are not simple have spans: the filter keeps the others out of the join's hash table.
WHERE NOT c.simple;

${create} slac_clock_sums AS
-- Per clock: the time counted, where the span that runs for ever starts (NULL: none, the clock is
-- paused for good), and whether the spans run on from its first start without a gap into that one
-- (then the due instant is the target after that start). The spans are disjoint and the one for
-- ever comes last, so they leave no gap exactly when the others fill the time before it.
SELECT clock, CAST(SUM(counted_ms) AS BIGINT) AS elapsed_ms, MAX(a) FILTER (WHERE b = ${inf}) AS open_a, MIN(a) AS first_a,
  COALESCE(COALESCE(CAST(SUM(b - a) FILTER (WHERE b < ${inf}) AS BIGINT), 0) = MAX(a) FILTER (WHERE b = ${inf}) - MIN(a), FALSE) AS gapless
FROM slac_clock_counts GROUP BY clock;

${create} slac_clock_due AS
WITH k AS (
  SELECT u.clock, u.first_a, u.gapless, c.calendar, c.within_ms
  FROM slac_clock_sums AS u JOIN slac_clock_base AS c ON c.clock = u.clock
  WHERE c.days IS NULL AND NOT c.simple
), w AS (
  SELECT n.clock, n.a, n.b, n.len_ms,
    CAST(COALESCE(SUM(n.len_ms) OVER (PARTITION BY n.clock ORDER BY n.a ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS BIGINT) AS cum_before
  FROM slac_clock_counts AS n JOIN k ON k.clock = n.clock AND NOT k.gapless
), h AS (
  -- Without gaps, the target after the first start; else the span the target runs out in: the
  -- first that reaches it, or the last (for ever). Targets are longer than zero (the checker) and
  -- the time before a span only grows, so it is the one span that reaches the target with less
  -- than the target before it.
  SELECT clock, first_a AS a, calendar, within_ms AS rem FROM k WHERE gapless
  UNION ALL
  SELECT w.clock, w.a, k.calendar, k.within_ms - w.cum_before
  FROM w JOIN k ON k.clock = w.clock
  WHERE (w.b = ${inf} OR w.cum_before + w.len_ms >= k.within_ms) AND w.cum_before < k.within_ms
)
SELECT h.clock, CASE WHEN h.calendar IS NULL THEN h.a + h.rem ELSE ${due.value} END AS due_ms
FROM h
${due.joins};
${features.days ? dayClockViewsSql(d, create, inf) : ''}
${create} slac_ticket_clocks AS
WITH p AS (
  SELECT c.clock, CAST(SUM(GREATEST(0, LEAST(g.end_ms, c.end_ms) - GREATEST(g.start_ms, c.from_ms))) AS BIGINT) AS paused_ms
  FROM slac_clock_base AS c JOIN ${segments('g')} AND g.state = ${paused}
  WHERE c.from_ms IS NOT NULL AND NOT c.simple GROUP BY c.clock
), d AS (
  -- A clock's due instant: in business time or on wall time (slac_clock_due), or in days (slac_day_due).
  SELECT c.*, ${features.days ? 'COALESCE(du.due_ms, dd.due_ms)' : 'du.due_ms'} AS due_ms, ${features.days ? 'dd.elapsed_days' : 'CAST(NULL AS BIGINT)'} AS elapsed_days,
    CASE WHEN c.from_ms IS NULL THEN 0 ELSE COALESCE(e.elapsed_ms, 0) END AS counted_ms, e.open_a
  FROM slac_clock_base AS c
  LEFT JOIN slac_clock_due AS du ON du.clock = c.clock${
    features.days ? '\n  LEFT JOIN slac_day_due AS dd ON dd.ticket = c.ticket AND dd.kind = c.kind AND dd.cyc = c.cyc' : ''
  }
  LEFT JOIN slac_clock_sums AS e ON e.clock = c.clock
  WHERE NOT c.simple
  UNION ALL
  -- A simple clock: the time from its start to its end, the target after its start (its spans run
  -- on without a gap); the time NULL where either lies outside the calendar's range (slac_clock_outside).
  SELECT c.*, ${simpleDueMs}, CAST(NULL AS BIGINT),
    CASE WHEN ${simpleDueMs} IS NULL THEN NULL WHEN c.from_ms >= c.end_ms THEN 0 WHEN c.calendar IS NULL THEN c.end_ms - c.from_ms ELSE ${simpleTime.value} END,
    COALESCE(c.stop_ms, c.from_ms)
  FROM slac_clock_base AS c
  ${simpleTime.joins}${simpleDue.joins}WHERE c.simple
)
SELECT c.ticket, c.kind, c.cyc, c.priority, c.line, c.ord, c.from_ms, c.cap_from_ms, c.stop_ms, c.as_of_ms, c.due_ms, c.elapsed_days,
  c.counted_ms AS elapsed_ms,
  CASE WHEN c.from_ms IS NULL THEN 0 ELSE COALESCE(p.paused_ms, 0) END AS paused_ms,
  CASE WHEN c.stop_ms IS NOT NULL THEN NULL ELSE c.within_ms - c.counted_ms END AS remaining_ms,
  ${codeSql(
    features.codes,
    CLOCK_STATUS_TYPE,
    `CASE
    WHEN c.from_ms IS NULL THEN 'not-started'
    WHEN c.stop_ms IS NOT NULL THEN (CASE WHEN c.due_ms IS NOT NULL AND c.stop_ms > c.due_ms THEN 'breached' ELSE 'met' END)
    WHEN c.due_ms IS NOT NULL AND c.as_of_ms > c.due_ms THEN 'breached'
    WHEN c.open_a IS NOT NULL THEN 'pending'
    ELSE 'paused'
  END`,
  )} AS status,
  c.uncertain
FROM d AS c
LEFT JOIN p ON p.clock = c.clock;
${cycleClockViewSql(create)}`;
}
