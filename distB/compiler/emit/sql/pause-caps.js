import { addWorkingDaysSql, dueSql, elapsedSql, workingDaysBetweenSql } from './business-time.js';
/** The key of a clock on wall time in `target_calendar` (no .sla calendar name starts with `#`). */
export const WALL = '#wall';
export const PAUSE_CAP_COLUMNS = [
    { name: 'tier', type: 'TEXT' },
    { name: 'rule', type: 'INTEGER' },
    { name: 'target_calendar', type: 'TEXT' },
    { name: 'allowed', type: 'BIGINT' },
    { name: 'days', type: 'INTEGER' },
    { name: 'measure_calendar', type: 'TEXT' },
];
/**
 * The rows of slac_pause_caps for the tiers' capped pauses and the calendars of their targets and of
 * `limits`, the calendars of the objectives' limits (objectives.ts limitCalendars).
 */
export function pauseCapRows(tiers, calendars, limits = []) {
    const rows = [];
    for (const tier of tiers) {
        const targetCalendars = [...new Set([...tier.targets.map((t) => t.calendar), ...limits])];
        tier.pauses.forEach((p, rule) => {
            const cap = p.cap;
            if (!cap)
                return;
            const days = cap.clock === 'working' || cap.clock === 'calendar';
            for (const calendar of targetCalendars) {
                const measure = days ? calendars.dayCalendar(cap, calendar) : calendar === null ? null : calendars.named(calendar);
                rows.push([tier.name, rule, calendar ?? WALL, days ? Math.round(cap.amount) : cap.amount, days ? 1 : 0, measure]);
            }
        });
    }
    return rows;
}
export function pauseCapViewsSql(d, create, inf, paused, running) {
    const lenDays = workingDaysBetweenSql(d, 'ld', 'g.measure_calendar', 'g.a', 'g.b');
    const lenTime = elapsedSql(d, 'lt', 'g.measure_calendar', 'g.a', 'g.b');
    const afterDays = addWorkingDaysSql(d, 'ad', 'w.measure_calendar', 'w.a', 'w.rest');
    const afterTime = dueSql(d, 'at', 'w.measure_calendar', 'w.a', 'w.rest');
    // The clock of an average or percentile counts every pause (time-stats.ts: ticketTime).
    const uncapped = 'LEFT JOIN slac_time_objectives AS u ON u.clock_kind = c.kind';
    return `
${create} slac_capped AS
WITH g AS (
  SELECT c.ticket, c.kind, c.cyc, GREATEST(s.start_ms, c.cap_from_ms) AS a, s.end_ms AS b, s.rule, p.allowed, p.days, p.measure_calendar
  FROM slac_clock_base AS c
  JOIN slac_segments AS s ON s.ticket = c.ticket AND s.end_ms > c.cap_from_ms
  JOIN slac_pause_caps AS p ON p.tier = c.tier AND p.rule = s.rule AND s.state = ${paused} AND p.target_calendar = COALESCE(c.calendar, '${WALL}')
  ${uncapped}
  WHERE c.cap_from_ms IS NOT NULL AND u.clock_kind IS NULL
), m AS (
  SELECT g.*,
    CASE WHEN g.b = ${inf} THEN NULL
      WHEN g.days = 1 THEN ${lenDays.value}
      WHEN g.measure_calendar IS NULL THEN g.b - g.a
      ELSE ${lenTime.value} END AS len
  FROM g
  ${lenDays.joins}${lenTime.joins}), w AS (
  SELECT m.*,
    m.allowed - LEAST(m.allowed, CAST(COALESCE(SUM(m.len) OVER (PARTITION BY m.ticket, m.kind, m.cyc, m.rule ORDER BY m.a ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS BIGINT)) AS rest
  FROM m
), x AS (
  -- Where the cap runs out (NULL outside the calendar's range: LEAST would hide it, hence the CASE below).
  SELECT w.*,
    CASE WHEN w.b < ${inf} AND w.len <= w.rest THEN w.b
      WHEN w.rest <= 0 THEN w.a
      WHEN w.days = 1 THEN ${afterDays.value}
      WHEN w.measure_calendar IS NULL THEN w.a + w.rest
      ELSE ${afterTime.value} END AS after_ms
  FROM w
  ${afterDays.joins}${afterTime.joins})
SELECT ticket, kind, cyc, a, b, CASE WHEN after_ms IS NULL THEN NULL ELSE LEAST(after_ms, b) END AS end_ms,
  (b < ${inf} AND len IS NULL) OR after_ms IS NULL AS bad
FROM x;

${create} slac_clock_segments AS
SELECT c.ticket, c.kind, c.cyc, GREATEST(s.start_ms, c.cap_from_ms) AS start_ms, s.end_ms, s.state, FALSE AS bad
FROM slac_clock_base AS c
JOIN slac_segments AS s ON s.ticket = c.ticket AND s.end_ms > c.cap_from_ms
LEFT JOIN slac_pause_caps AS p ON p.tier = c.tier AND p.rule = s.rule AND s.state = ${paused} AND p.target_calendar = COALESCE(c.calendar, '${WALL}')
${uncapped}
WHERE c.cap_from_ms IS NOT NULL AND (p.tier IS NULL OR u.clock_kind IS NOT NULL)
UNION ALL
SELECT ticket, kind, cyc, a, end_ms, ${paused}, bad FROM slac_capped WHERE bad OR end_ms > a
UNION ALL
SELECT ticket, kind, cyc, end_ms, b, ${running}, FALSE FROM slac_capped WHERE end_ms < b;
`;
}
