import { conditionValue } from './conditions.js';
import { literalTable } from './dialect.js';
import { col } from './objective-periods.js';
const causes = (o) => o.exclusions.filter((e) => e.exclusion !== 'volume' && e.exclusion !== 'maintenance');
/** Whether any of `objectives` has conditions (then the view reads slac_ticket_attributes). */
export const hasConditions = (objectives) => objectives.some((o) => (o.conditions ?? []).length > 0);
export function objectiveFilterTablesSql(d, objectives) {
    const filtered = objectives.filter((o) => (o.conditions ?? []).length > 0 || causes(o).length > 0);
    const conditions = filtered.flatMap((o) => (o.conditions ?? []).flatMap((c, k) => [...new Set(c.values.map((v) => conditionValue(c.field, v)))].map((v) => [o.name, k, c.field, v])));
    return (literalTable(d, 'slac_objective_filters', [col('objective', 'TEXT'), col('conditions', 'INTEGER')], filtered.map((o) => [o.name, (o.conditions ?? []).length])) +
        literalTable(d, 'slac_objective_conditions', [col('objective', 'TEXT'), col('cond', 'INTEGER'), col('field', 'TEXT'), col('value', 'TEXT')], conditions) +
        literalTable(d, 'slac_objective_exclusions', [col('objective', 'TEXT'), col('cause', 'TEXT')], filtered.flatMap((o) => causes(o).map((e) => [o.name, e.exclusion]))));
}
/** `conditions`: whether any objective has conditions (hasConditions); without, only causes are read. */
export function objectiveFilterViewSql(create, conditions) {
    // The conditions each ticket meets: its attributes, and the priority in force at the end of its resolution clock.
    const matched = `WITH pr AS (
  SELECT f.ticket, COALESCE(ps.priority, f.priority) AS prio
  FROM slac_ticket_facts AS f
  LEFT JOIN slac_priority_spans AS ps ON ps.ticket = f.ticket
    AND ps.from_ms <= COALESCE(f.resolved_ms, f.as_of_ms) AND COALESCE(f.resolved_ms, f.as_of_ms) < ps.to_ms
), held AS (
  SELECT a.ticket, x.objective, x.cond FROM slac_ticket_attributes AS a
  JOIN slac_objective_conditions AS x ON x.field = a.field AND x.value = a.value
  UNION ALL
  SELECT pr.ticket, x.objective, x.cond FROM pr
  JOIN slac_objective_conditions AS x ON x.field = 'priority' AND x.value = pr.prio
), matched AS (
  SELECT h.ticket, h.objective FROM held AS h
  JOIN slac_objective_filters AS o ON o.objective = h.objective
  GROUP BY h.ticket, h.objective, o.conditions
  HAVING COUNT(DISTINCT h.cond) = o.conditions
)
`;
    const unmatched = conditions ? 'o.conditions > 0 AND m.ticket IS NULL' : 'FALSE';
    return `
${create} slac_objective_left_out AS
${conditions ? matched : ''}SELECT t.seq AS ticket, o.objective, CASE WHEN ${unmatched} THEN 'unmatched' ELSE 'excluded' END AS reason
FROM slac_tickets AS t
CROSS JOIN slac_objective_filters AS o
${conditions ? 'LEFT JOIN matched AS m ON m.ticket = t.seq AND m.objective = o.objective\n' : ''}LEFT JOIN slac_objective_exclusions AS e ON e.objective = o.objective AND e.cause = t.cause
WHERE (${unmatched}) OR e.objective IS NOT NULL;
`;
}
