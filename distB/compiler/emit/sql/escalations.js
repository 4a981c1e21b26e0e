import { addDurationSql, dueSql, elapsedSql } from './business-time.js';
import { conditionValue, ticketAttributesSql } from './conditions.js';
import { dayClockViewsSql } from './day-clocks.js';
import { columns, int, literalTable, text } from './dialect.js';
/** The escalations that apply to tickets (Context.escalationsFor), in the contract's order. */
export const ticketEscalations = (c) => c.escalations.filter((e) => e.priorities.length > 0 || (e.objectives ?? []).length === 0);
const isDays = (clock) => clock === 'working' || clock === 'calendar';
export function escalationTablesSql(d, ctx, cals) {
    const steps = [];
    const levels = [];
    for (const e of ticketEscalations(ctx.contract)) {
        for (const s of e.steps) {
            // Register the calendars the step views read (the same keys as escalationViewsSql's).
            if (e.includePaused)
                addDurationSql(d, cals, 'x', '0', s.after, s.calendar);
            else if (isDays(s.after.clock))
                cals.dayCalendar(s.after, s.calendar);
            else if (s.calendar !== null)
                cals.named(s.calendar);
            steps.push([e.name, s.number, s.line, ctx.text(s.role) ?? '', ctx.text(s.contact)]);
        }
        for (const tier of ctx.contract.tiers)
            tier.targets.forEach((t, ord) => {
                for (const w of e.warnings) {
                    if (w.target !== t.target)
                        continue;
                    const share = isDays(t.within.clock) ? null : Math.round((t.within.amount * w.at) / 100);
                    levels.push([e.name, tier.name, ord, t.target, w.at, share, w.line, ctx.text(w.to)]);
                }
            });
    }
    return (literalTable(d, 'slac_escalation_steps', columns('escalation TEXT, step INTEGER, line INTEGER, role TEXT, contact TEXT'), steps) +
        literalTable(d, 'slac_warning_levels', columns('escalation TEXT, tier TEXT, ord INTEGER, kind TEXT, threshold DOUBLE, share_ms BIGINT, line INTEGER, recipient TEXT'), levels));
}
/** Whether the escalation applies to a ticket (`ticket`) with priority `prio` in force (Context.escalationsFor). */
function appliesSql(e, prio, ticket) {
    const among = (values) => `${prio} IN (${values.map(text).join(', ')})`;
    const holds = (c) => {
        if (c.field === 'priority')
            return among(c.values);
        const values = [...new Set(c.values.map((v) => conditionValue(c.field, v)))].map(text).join(', ');
        return `EXISTS (SELECT 1 FROM slac_ticket_attributes AS a WHERE a.ticket = ${ticket} AND a.field = ${text(c.field)} AND a.value IN (${values}))`;
    };
    const parts = [...(e.priorities.length > 0 ? [among(e.priorities)] : []), ...(e.conditions ?? []).map(holds)];
    return parts.length === 0 ? 'TRUE' : parts.join(' AND ');
}
/** The clocks the report gives per ticket: response and resolution, and the reported cycle of each cycle kind. */
const REPORTED_CLOCKS = `(
  SELECT k.* FROM slac_ticket_clocks AS k WHERE k.cyc = 0 AND k.kind IN ('response', 'resolution')
  UNION ALL
  SELECT k.* FROM slac_ticket_clocks AS k JOIN slac_cycle_clocks AS y ON y.ticket = k.ticket AND y.kind = k.kind AND y.cyc = k.cyc
)`;
export function escalationViewsSql(d, ctx, cals, { create, inf, running, attributes }) {
    const escalations = ticketEscalations(ctx.contract);
    // Without escalations of tickets, no notifications: the view is there all the same, for the script's users.
    if (escalations.length === 0)
        return `
${create} slac_ticket_notifications AS
SELECT CAST(NULL AS BIGINT) AS ticket, CAST(NULL AS TEXT) AS kind, CAST(NULL AS TEXT) AS clock, CAST(NULL AS DOUBLE PRECISION) AS threshold,
  CAST(NULL AS TEXT) AS escalation, CAST(NULL AS INTEGER) AS step, CAST(NULL AS BIGINT) AS at_ms, CAST(NULL AS INTEGER) AS line,
  CAST(NULL AS TEXT) AS recipient, CAST(NULL AS TEXT) AS contact
WHERE FALSE;
`;
    const refs = escalations.map((e) => `SELECT t.ticket, CAST(${text(e.name)} AS TEXT) AS escalation, ${e.countedFrom === 'creation' ? 't.created_ms' : 't.breach_ms'} AS ref_ms, t.resolved_ms AS stop_ms, t.end_ms, t.open_now
FROM t WHERE ${e.countedFrom === 'creation' ? 'TRUE' : 't.breach_ms IS NOT NULL'} AND ${appliesSql(e, 't.priority_now', 't.ticket')}`);
    const counted = escalations.flatMap((e) => (e.includePaused ? [] : e.steps.map((s) => ({ e, s }))));
    const base = counted.map(({ e, s }) => {
        const days = isDays(s.after.clock);
        const calendar = days || s.calendar === null ? 'CAST(NULL AS TEXT)' : text(cals.named(s.calendar));
        return `SELECT r.ticket, r.escalation AS kind, ${int(s.number)} AS cyc, r.ref_ms AS from_ms, r.stop_ms, r.end_ms, r.open_now,
  CAST(${days ? 'NULL' : int(s.after.amount)} AS BIGINT) AS within_ms, ${calendar} AS calendar,
  CAST(${days ? int(Math.round(s.after.amount)) : 'NULL'} AS BIGINT) AS days, ${days ? text(cals.dayCalendar(s.after, s.calendar)) : 'CAST(NULL AS TEXT)'} AS day_calendar
FROM slac_escalation_refs AS r WHERE r.escalation = ${text(e.name)}`;
    });
    const paused = escalations.flatMap((e) => e.includePaused
        ? e.steps.map((s) => {
            const at = addDurationSql(d, cals, 'pd', 'r.ref_ms', s.after, s.calendar);
            return `SELECT r.ticket, r.escalation, ${int(s.number)} AS step, ${at.value} AS at_ms, r.end_ms, r.open_now
FROM slac_escalation_refs AS r
${at.joins}WHERE r.escalation = ${text(e.name)}`;
        })
        : []);
    const len = elapsedSql(d, 'sl', 'c.calendar', 's.a', 's.b');
    const due = dueSql(d, 'sd', 'h.calendar', 'h.a', 'h.rem');
    const days = counted.some(({ s }) => isDays(s.after.clock));
    const stepInstants = [
        ...paused,
        ...(counted.length === 0
            ? []
            : [
                `SELECT c.ticket, c.kind AS escalation, c.cyc AS step, ${days ? 'COALESCE(x.due_ms, y.due_ms)' : 'x.due_ms'} AS at_ms, c.end_ms, c.open_now
FROM slac_step_base AS c
LEFT JOIN slac_step_due AS x ON x.ticket = c.ticket AND x.kind = c.kind AND x.cyc = c.cyc${days
                    ? `
LEFT JOIN (SELECT ticket, kind, cyc, CASE WHEN bad THEN NULL ELSE due_ms END AS due_ms FROM slac_step_day_due) AS y
  ON y.ticket = c.ticket AND y.kind = c.kind AND y.cyc = c.cyc`
                    : ''}`,
            ]),
    ];
    const stepClocks = counted.length === 0
        ? ''
        : `
${create} slac_step_base AS
${base.join('\nUNION ALL\n')};

${create} slac_step_spans AS
SELECT c.ticket, c.kind, c.cyc, GREATEST(g.start_ms, c.from_ms) AS a,
  CASE WHEN c.stop_ms IS NULL THEN g.end_ms ELSE LEAST(g.end_ms, c.stop_ms) END AS b
FROM slac_step_base AS c
JOIN slac_segments AS g ON g.ticket = c.ticket AND g.state = ${running} AND g.end_ms > c.from_ms
WHERE c.stop_ms IS NULL OR GREATEST(g.start_ms, c.from_ms) < c.stop_ms
UNION ALL
SELECT ticket, kind, cyc, stop_ms, ${inf} FROM slac_step_base WHERE stop_ms IS NOT NULL;

${create} slac_step_due AS
WITH w AS (
  SELECT s.ticket, s.kind, s.cyc, s.a, s.b, c.calendar, c.within_ms,
    CASE WHEN s.b = ${inf} THEN NULL WHEN c.calendar IS NULL THEN s.b - s.a ELSE ${len.value} END AS len_ms
  FROM slac_step_spans AS s JOIN slac_step_base AS c ON c.ticket = s.ticket AND c.kind = s.kind AND c.cyc = s.cyc
  ${len.joins}WHERE c.days IS NULL
), x AS (
  SELECT w.*,
    CAST(COALESCE(SUM(len_ms) OVER (PARTITION BY ticket, kind, cyc ORDER BY a ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS BIGINT) AS cum_before
  FROM w
), hits AS (
  -- The span the time runs out in; a span beyond the calendar's range ends the search with no instant.
  SELECT ticket, kind, cyc, a, calendar, within_ms - cum_before AS rem, b < ${inf} AND len_ms IS NULL AS bad,
    ROW_NUMBER() OVER (PARTITION BY ticket, kind, cyc ORDER BY a) AS n
  FROM x WHERE b = ${inf} OR len_ms IS NULL OR cum_before + len_ms >= within_ms
), h AS (
  SELECT * FROM hits WHERE n = 1
)
SELECT h.ticket, h.kind, h.cyc, CASE WHEN h.bad THEN NULL WHEN h.calendar IS NULL THEN h.a + h.rem ELSE ${due.value} END AS due_ms
FROM h
${due.joins};
${days ? dayClockViewsSql(d, create, inf, { base: 'slac_step_base', clocks: 'slac_step_day_base', spans: 'slac_step_spans', gaps: 'slac_step_day_gaps', due: 'slac_step_day_due' }) : ''}`;
    // Conditions read the ticket's attributes; the ticket views have them when their targets have conditions.
    const conditioned = escalations.some((e) => (e.conditions ?? []).some((c) => c.field !== 'priority'));
    return `${conditioned && !attributes ? ticketAttributesSql(create) : ''}
${create} slac_escalation_refs AS
WITH b AS (
  SELECT ticket, MIN(due_ms) AS breach_ms FROM ${REPORTED_CLOCKS} AS k
  WHERE status = 'breached' AND NOT uncertain AND due_ms IS NOT NULL GROUP BY ticket
), f AS (
  SELECT f.ticket, f.priority, f.created_ms, f.resolved_ms, COALESCE(f.resolved_ms, f.as_of_ms) AS end_ms, b.breach_ms,
    p.now_ms IS NOT NULL AND f.resolved_ms IS NULL AS open_now
  FROM slac_ticket_facts AS f CROSS JOIN slac_params AS p LEFT JOIN b ON b.ticket = f.ticket
), t AS (
  SELECT f.*, COALESCE(ps.priority, f.priority) AS priority_now
  FROM f LEFT JOIN slac_priority_spans AS ps ON ps.ticket = f.ticket AND ps.from_ms <= f.end_ms AND f.end_ms < ps.to_ms
  WHERE f.breach_ms IS NOT NULL OR f.open_now
)
${refs.join('\nUNION ALL\n')};
${stepClocks}
${create} slac_step_instants AS
${stepInstants.join('\nUNION ALL\n')};

${create} slac_ticket_steps AS
WITH f AS (
  SELECT ticket, escalation, MIN(step) AS first_step,
    MIN(CASE WHEN at_ms IS NULL OR at_ms > end_ms THEN step END) AS first_unreached
  FROM slac_step_instants GROUP BY ticket, escalation
)
SELECT s.ticket, s.escalation, s.step, s.at_ms, s.step < COALESCE(f.first_unreached, s.step + 1) AS reached
FROM slac_step_instants AS s JOIN f ON f.ticket = s.ticket AND f.escalation = s.escalation
WHERE s.step < COALESCE(f.first_unreached, s.step + 1)
  OR (s.step = f.first_unreached AND s.open_now AND s.at_ms IS NOT NULL AND f.first_unreached > f.first_step);

${warningViewsSql(d, escalations, create, inf)}
${create} slac_ticket_notifications AS
SELECT w.ticket, CAST('warning' AS TEXT) AS kind, w.kind AS clock, w.threshold, CAST(NULL AS TEXT) AS escalation,
  CAST(NULL AS INTEGER) AS step, w.at_ms, w.line, w.recipient, CAST(NULL AS TEXT) AS contact
FROM slac_warning_instants AS w
WHERE w.at_ms IS NOT NULL AND w.at_ms <= w.as_of_ms AND (w.stop_ms IS NULL OR w.at_ms < w.stop_ms)
UNION ALL
SELECT s.ticket, 'escalation', NULL, NULL, s.escalation, s.step, s.at_ms, x.line, x.role, x.contact
FROM slac_ticket_steps AS s JOIN slac_escalation_steps AS x ON x.escalation = s.escalation AND x.step = s.step
WHERE s.reached;
`;
}
/** slac_warning_instants: per reported clock and warning that applies to it, when its share of the clock's time was used. */
function warningViewsSql(d, escalations, create, inf) {
    const levels = escalations
        .filter((e) => e.warnings.length > 0)
        .map((e) => `SELECT k.ticket, k.kind, k.cyc, k.from_ms, k.stop_ms, k.as_of_ms, k.due_ms, c.calendar, c.days, v.threshold, v.share_ms, v.line, v.escalation, v.recipient
  FROM ${REPORTED_CLOCKS} AS k
  JOIN slac_clock_base AS c ON c.ticket = k.ticket AND c.kind = k.kind AND c.cyc = k.cyc
  JOIN slac_warning_levels AS v ON v.escalation = ${text(e.name)} AND v.tier = c.tier AND v.ord = c.ord AND v.kind = k.kind
  CROSS JOIN slac_params AS p
  WHERE k.status <> 'not-started' AND ${appliesSql(e, 'k.priority', 'k.ticket')}
    AND (c.days IS NOT NULL OR CAST(k.elapsed_ms AS DOUBLE PRECISION) * 100 >= v.threshold * CAST(c.within_ms AS DOUBLE PRECISION)
      OR (k.stop_ms IS NULL AND p.now_ms IS NOT NULL))`);
    const due = dueSql(d, 'wd', 'h.calendar', 'h.a', 'h.rem');
    const cols = 'l.ticket, l.kind, l.cyc, l.threshold, l.line, l.escalation, l.recipient, l.stop_ms, l.as_of_ms';
    if (levels.length === 0)
        return `${create} slac_warning_instants AS
SELECT ticket, kind, cyc, CAST(NULL AS DOUBLE PRECISION) AS threshold, line, CAST(NULL AS TEXT) AS escalation, CAST(NULL AS TEXT) AS recipient,
  stop_ms, as_of_ms, CAST(NULL AS BIGINT) AS at_ms FROM slac_ticket_clocks WHERE FALSE;
`;
    return `${create} slac_warning_levels_of AS
${levels.join('\nUNION ALL\n')};

${create} slac_warning_instants AS
WITH w AS (
  SELECT n.ticket, n.kind, n.cyc, n.a, n.b, n.len_ms,
    CAST(COALESCE(SUM(n.len_ms) OVER (PARTITION BY n.ticket, n.kind, n.cyc ORDER BY n.a ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS BIGINT) AS cum_before
  FROM slac_clock_counts AS n
  WHERE EXISTS (SELECT 1 FROM slac_warning_levels_of AS l WHERE l.ticket = n.ticket AND l.kind = n.kind AND l.cyc = n.cyc AND l.days IS NULL)
), hits AS (
  SELECT ${cols}, w.a, l.calendar, l.share_ms - w.cum_before AS rem,
    ROW_NUMBER() OVER (PARTITION BY l.ticket, l.kind, l.cyc, l.line ORDER BY w.a) AS n
  FROM slac_warning_levels_of AS l JOIN w ON w.ticket = l.ticket AND w.kind = l.kind AND w.cyc = l.cyc
  WHERE l.days IS NULL AND (w.b = ${inf} OR w.cum_before + w.len_ms >= l.share_ms)
), h AS (
  SELECT * FROM hits WHERE n = 1
)
SELECT ${cols}, CASE WHEN l.days IS NOT NULL THEN (CASE WHEN l.due_ms IS NOT NULL
    THEN l.from_ms + CAST(FLOOR(CAST(l.due_ms - l.from_ms AS DOUBLE PRECISION) * l.threshold / 100 + 0.5) AS BIGINT) END)
  WHEN h.calendar IS NULL THEN h.a + h.rem ELSE ${due.value} END AS at_ms
FROM slac_warning_levels_of AS l
LEFT JOIN h ON h.ticket = l.ticket AND h.kind = l.kind AND h.cyc = l.cyc AND h.line = l.line
${due.joins};
`;
}
