import { normaliseStatus } from '../../../runtime/data/status-name.js';
import { targetNumber } from '../../../runtime/evaluate/quality.js';
import { normaliseChannel } from '../../../runtime/evaluate/shares.js';
import { literalTable } from './dialect.js';
import { channelMatch, col, exactInts, percentPeriodsSql } from './objective-periods.js';
export function reopenTablesSql(d, ctx, objectives) {
    const rows = objectives.map((o) => {
        const m = o.measure;
        const [n, den] = exactInts(targetNumber(m.target, m.target));
        return [o.name, m.metric, m.channel ? normaliseChannel(m.channel) : null, n, den, m.direction === 'at least'];
    });
    // As firstTimeRight looks them up: by name after aliases (the events' statuses are resolved already).
    const names = [
        ...ctx.vocabulary.statuses.map((s) => s.name),
        ...ctx.contract.aliases.filter((a) => a.field === 'status').map((a) => a.value),
    ];
    const waiting = new Set(names
        .filter((n) => {
        const s = ctx.vocabulary.status(n);
        return s?.meaning === 'pauses' && s.reason !== null;
    })
        .map(normaliseStatus));
    return (literalTable(d, 'slac_reopen_objectives', [
        col('objective', 'TEXT'),
        col('metric', 'TEXT'),
        col('channel_key', 'TEXT'),
        col('target_num', 'BIGINT'),
        col('target_den', 'BIGINT'),
        col('at_least', 'BOOLEAN'),
    ], rows) +
        literalTable(d, 'slac_waiting_statuses', [col('status', 'TEXT')], [...waiting].sort().map((k) => [k])));
}
export function reopenViewsSql(create) {
    const big = (x) => `CAST(${x} AS BIGINT)`;
    return `
${create} slac_ticket_reopens AS
WITH q AS (
  -- Up to the resolution: the provider's messages, and statuses that wait for someone else.
  SELECT e.ticket, COUNT(*) FILTER (WHERE e.message = 'provider') AS replies, COUNT(w.status) AS waits
  FROM slac_events AS e
  JOIN slac_ticket_facts AS f ON f.ticket = e.ticket
  LEFT JOIN slac_waiting_statuses AS w ON w.status = e.status_key
  WHERE e.at_ms <= f.resolved_ms
  GROUP BY e.ticket
), x AS (
  SELECT t.seq AS ticket, o.objective, o.metric, u.unit_index, f.resolved_ms IS NOT NULL AS resolved,
    CASE WHEN o.metric = 'reopen-ratio' THEN f.reopened > 0
      ELSE f.reopened = 0 AND COALESCE(q.replies, 0) <= 1 AND COALESCE(q.waits, 0) = 0 END AS hit
  FROM slac_tickets AS t
  JOIN slac_reopen_objectives AS o ON ${channelMatch('o')}
  JOIN slac_objective_units AS u ON u.objective = o.objective AND t.created_ms >= u.from_ms AND t.created_ms < u.to_ms
  JOIN slac_ticket_facts AS f ON f.ticket = t.seq
  LEFT JOIN q ON q.ticket = t.seq
  -- Tickets that do not meet the objective's conditions are not counted (no cause is excluded from quality).
  LEFT JOIN slac_objective_left_out AS z ON z.ticket = t.seq AND z.objective = o.objective AND z.reason = 'unmatched'
  WHERE z.ticket IS NULL
)
SELECT ticket, objective, unit_index, resolved, hit, resolved AND hit = (metric = 'reopen-ratio') AS traced FROM x;

${create} slac_reopen_units AS
SELECT objective, unit_index, ${big('COUNT(*) FILTER (WHERE resolved)')} AS resolved,
  ${big('COUNT(*) FILTER (WHERE resolved AND hit)')} AS hits, ${big('COUNT(*) FILTER (WHERE NOT resolved)')} AS pending
FROM slac_ticket_reopens GROUP BY objective, unit_index;

${percentPeriodsSql(create, 'slac_ticket_reopen_periods', 'slac_reopen_objectives', 'slac_reopen_units', 'resolved')}`;
}
