/**
 * Clocks in working and calendar days (`within 3 working days`) in SQL: the rules of runClock in
 * runtime/evaluate/tickets.ts. The due instant is the same wall time n working days after the
 * clock's start; each gap between the running spans that starts before the due instant moves it by
 * the whole working days the gap lasted; a gap that lasts for ever (paused at the end) leaves no
 * due instant. The days elapsed are the working days from the start to the stop (or the evaluation
 * instant) less those of the gaps that ended by then.
 *
 * Views, after slac_clock_spans (tickets.ts):
 *  - `slac_day_clock_base`: the rows of slac_clock_base in days (a table of its own, so that joins
 *    with the spans build on these few rows, not the spans: without, 0.2 s per join at 1,000,000
 *    tickets with none);
 *  - `slac_day_gaps`: per day clock the gaps [p, r) between its running spans, numbered `j` in
 *    order, with `n` their whole working days (NULL for the gap that lasts for ever);
 *  - `slac_day_due`: the due instant, gap by gap, as a recursive query (each step starts from the
 *    previous due instant: a wall time a spring-forward gap moved stays moved, as in the runtime);
 *    `bad` marks a clock whose arithmetic left the calendar's precomputed range (the engine fails
 *    loudly on it, where the runtime throws a RangeError).
 */
import { addWorkingDaysSql, workingDaysBetweenSql } from './business-time.js';
const TICKET_CLOCKS = {
    base: 'slac_clock_base',
    clocks: 'slac_day_clock_base',
    spans: 'slac_clock_spans',
    gaps: 'slac_day_gaps',
    due: 'slac_day_due',
};
export function dayClockViewsSql(d, create, inf, t = TICKET_CLOCKS) {
    const gapDays = workingDaysBetweenSql(d, 'gn', 'g.day_calendar', 'g.p', 'g.r');
    const first = addWorkingDaysSql(d, 'fd', 'c.day_calendar', 'c.from_ms', 'c.days');
    const next = addWorkingDaysSql(d, 'nd', 's.day_calendar', 's.due_ms', 'g.n');
    const elapsed = workingDaysBetweenSql(d, 'ed', 'c.day_calendar', 'c.from_ms', 'c.end_ms');
    // The state after gap g: it starts at or after the due instant (done), lasts for ever (no due
    // instant), or moves the due instant by its working days.
    const starts = 's.due_ms IS NOT NULL AND g.p >= s.due_ms';
    return `
${create} ${t.clocks} AS
SELECT * FROM ${t.base} WHERE days IS NOT NULL;

${create} ${t.gaps} AS
WITH s AS (
  SELECT s.ticket, s.kind, s.cyc, s.a, s.b, LAG(s.b) OVER (PARTITION BY s.ticket, s.kind, s.cyc ORDER BY s.a) AS prev_b
  FROM ${t.spans} AS s JOIN ${t.clocks} AS c ON c.ticket = s.ticket AND c.kind = s.kind AND c.cyc = s.cyc
), u AS (
  SELECT s.ticket, s.kind, s.cyc, COALESCE(s.prev_b, c.from_ms) AS p, s.a AS r
  FROM s JOIN ${t.clocks} AS c ON c.ticket = s.ticket AND c.kind = s.kind AND c.cyc = s.cyc
  WHERE s.a > COALESCE(s.prev_b, c.from_ms)
  UNION ALL
  SELECT c.ticket, c.kind, c.cyc, COALESCE(MAX(s.b), c.from_ms), ${inf}
  FROM ${t.clocks} AS c LEFT JOIN ${t.spans} AS s ON s.ticket = c.ticket AND s.kind = c.kind AND s.cyc = c.cyc
  WHERE c.from_ms IS NOT NULL
  GROUP BY c.ticket, c.kind, c.cyc, c.from_ms
  HAVING COALESCE(MAX(s.b), 0) < ${inf}
), g AS (
  SELECT u.ticket, u.kind, u.cyc, CAST(ROW_NUMBER() OVER (PARTITION BY u.ticket, u.kind, u.cyc ORDER BY u.p) AS BIGINT) AS j, u.p, u.r, c.day_calendar
  FROM u JOIN ${t.clocks} AS c ON c.ticket = u.ticket AND c.kind = u.kind AND c.cyc = u.cyc
)
SELECT g.ticket, g.kind, g.cyc, g.j, g.p, g.r, CASE WHEN g.r < ${inf} THEN CAST(${gapDays.value} AS BIGINT) END AS n
FROM g
${gapDays.joins};

${create} ${t.due} AS
WITH RECURSIVE s (ticket, kind, cyc, j, day_calendar, end_ms, due_ms, gap_days, done, bad) AS (
  SELECT c.ticket, c.kind, c.cyc, CAST(0 AS BIGINT), c.day_calendar, c.end_ms, CAST(${first.value} AS BIGINT), CAST(0 AS BIGINT), FALSE,
    ${first.value} IS NULL
  FROM ${t.clocks} AS c
  ${first.joins}WHERE c.from_ms IS NOT NULL
  UNION ALL
  SELECT s.ticket, s.kind, s.cyc, g.j, s.day_calendar, s.end_ms,
    CAST(CASE WHEN ${starts} THEN s.due_ms WHEN g.r = ${inf} THEN NULL WHEN g.n > 0 THEN ${next.value} ELSE s.due_ms END AS BIGINT),
    CASE WHEN ${starts} OR g.r = ${inf} OR g.r > s.end_ms THEN s.gap_days ELSE s.gap_days + g.n END,
    ${starts} OR g.r = ${inf},
    NOT (${starts}) AND g.r < ${inf} AND (g.n IS NULL OR (g.n > 0 AND ${next.value} IS NULL))
  FROM s
  JOIN ${t.gaps} AS g ON g.ticket = s.ticket AND g.kind = s.kind AND g.cyc = s.cyc AND g.j = s.j + 1
  ${next.joins}WHERE NOT s.done AND NOT s.bad
), last AS (
  SELECT ticket, kind, cyc, MAX(j) AS j FROM s GROUP BY ticket, kind, cyc
)
SELECT s.ticket, s.kind, s.cyc, s.due_ms,
  GREATEST(0, ${elapsed.value} - s.gap_days) AS elapsed_days,
  s.bad OR ${elapsed.value} IS NULL AS bad
FROM s
JOIN last ON last.ticket = s.ticket AND last.kind = s.kind AND last.cyc = s.cyc AND last.j = s.j
JOIN ${t.clocks} AS c ON c.ticket = s.ticket AND c.kind = s.kind AND c.cyc = s.cyc
${elapsed.joins};
`;
}
