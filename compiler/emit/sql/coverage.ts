/**
 * What the SQL engine covers. A contract that uses anything else is refused with
 * `sql-unsupported`, naming the clause and its line, never evaluated into a wrong number:
 *  - covered: ticket response and resolution clocks (wall time, or business hours on a calendar),
 *    tiers, pauses without caps, clocks that start at creation or assignment, reopenings, priority
 *    changes, custom statuses and aliases, unknown statuses (uncertain clocks);
 *    percentage objectives on tickets, responded or resolved `on time` or within a limit of their
 *    own, averages and percentiles of ticket response and resolution times, the reopen ratio and
 *    first time right of tickets (objectives.ts), their credit and bonus ladders with their caps,
 *    credit terms, breach rules and escalations of missed objectives (the report builds these from
 *    the objectives' SQL counts);
 *  - not (yet): availability and contact objectives, quality from measurements, objectives with conditions or
 *    exclusions, limits in working or calendar days, credits per ticket or outage, escalations and
 *    warnings of tickets, next-reply and update clocks, working- and calendar-day clocks, targets
 *    with conditions, pause caps, clocks that start at a status.
 */
import type { RtObjective, RtTimeMeasure, RuntimeContract } from '../../../runtime/contract.js';

export interface Uncovered {
  /** What the contract uses, in words: `objective 'uptime' (availability)`. */
  feature: string;
  line: number;
}

const measures: Record<RuntimeContract['objectives'][number]['measure']['kind'], string> = {
  availability: 'an availability objective',
  share: 'a percentage objective',
  time: 'an average or percentile of times',
  quality: 'a quality objective',
};

type QualityMeasure = Extract<RtObjective['measure'], { kind: 'quality' }>;

/** What the views do not evaluate in a time objective (as objectiveGap: ticket-times.ts), or null. */
function timeGap(m: RtTimeMeasure): string | null {
  if (m.source !== 'tickets') return ' on contacts';
  if (m.clock !== 'response' && m.clock !== 'resolution') return ` of ${m.clock} time`;
  if (m.percentile !== null && !(Number.isInteger(m.percentile) && m.percentile >= 1 && m.percentile <= 100)) return ' at that percentile';
  return null;
}

/** What the views do not evaluate in a quality objective (as objectiveGap: ticket-quality.ts), or null. */
function qualityGap(m: QualityMeasure): string | null {
  if (!m.noun) return ' from measurements';
  if (m.metric !== 'reopen-ratio' && m.metric !== 'first-time-right') return ` (${m.metric})`;
  return null;
}

/**
 * What the SQL engine does not evaluate in an objective (words after its kind; '' the kind itself),
 * or null when it evaluates it (objectives.ts). Here, not there: the command line's gate loads no
 * calendars or evaluation code.
 */
export function objectiveGap(o: RtObjective): string | null {
  const m = o.measure;
  if (m.kind === 'availability') return '';
  if ((o.conditions ?? []).length > 0) return ' with conditions';
  if (o.exclusions.length > 0) return ' with exclusions';
  if (m.kind === 'time') return timeGap(m);
  if (m.kind === 'quality') return qualityGap(m);
  if (m.source !== 'tickets') return ' on contacts';
  if (m.event !== 'responded' && m.event !== 'resolved') return ` of tickets ${m.event}`;
  if (m.onTime) return null;
  if (m.within === null) return ' without a time limit';
  if (m.within.clock === 'working' || m.within.clock === 'calendar') return ` within ${m.within.clock} days`;
  return null;
}

export function uncoveredFeatures(c: RuntimeContract): Uncovered[] {
  const out: Uncovered[] = [];
  const refused = new Set<string>();
  for (const o of c.objectives) {
    const gap = objectiveGap(o);
    if (gap === null) continue;
    refused.add(o.name);
    out.push({ feature: `objective '${o.name}' (${measures[o.measure.kind]}${gap})`, line: o.line });
  }
  // The ladders of refused objectives are not evaluated either.
  for (const l of c.credits) if (refused.has(l.objective)) out.push({ feature: `credits for '${l.objective}'`, line: l.line });
  for (const l of c.bonuses) if (refused.has(l.objective)) out.push({ feature: `bonus for '${l.objective}'`, line: l.line });
  if (c.ticketCredits) out.push({ feature: 'credits per ticket', line: c.ticketCredits.line });
  for (const o of c.outageCredits ?? []) out.push({ feature: `credits per outage of '${o.objective}'`, line: o.line });
  // Escalations of missed objectives only (no priorities) are the report's; those of tickets are not covered.
  for (const e of c.escalations)
    if (e.priorities.length > 0 || (e.objectives ?? []).length === 0) out.push({ feature: `escalation '${e.name}'`, line: e.line });
  const seen = new Set<number>();
  for (const tier of c.tiers) {
    if (tier.start?.at === 'status') out.push({ feature: `clocks that start at status '${tier.start.status}'`, line: tier.start.line });
    for (const p of tier.pauses) if (p.cap && !seen.has(p.line)) out.push({ feature: 'a cap on paused time', line: p.line });
    for (const t of tier.targets) {
      if (seen.has(t.line)) continue;
      if (t.target === 'next-reply' || t.target === 'update') out.push({ feature: `the ${t.target} clock`, line: t.line });
      else if (t.within.clock === 'working' || t.within.clock === 'calendar')
        out.push({ feature: `a target in ${t.within.clock} days`, line: t.line });
      else if (t.conditions && t.conditions.length > 0) out.push({ feature: 'a target with conditions', line: t.line });
      else continue;
      seen.add(t.line);
    }
    for (const p of tier.pauses) seen.add(p.line);
  }
  return out.sort((a, b) => a.line - b.line);
}

/** The message of `sql-unsupported` for one feature. */
export function uncoveredMessage(u: Uncovered): string {
  return `the SQL engine does not evaluate ${u.feature} yet: evaluate this contract with --engine js (the default), or compile it with --target js`;
}
