/**
 * What the SQL engine covers. A contract that uses anything else is refused with
 * `sql-unsupported`, naming the clause and its line, never evaluated into a wrong number:
 *  - covered: ticket response, resolution, next-reply and update clocks (wall time, business hours
 *    on a calendar, working or calendar days), targets with conditions, tiers, pauses and pause
 *    caps, clocks that start at creation, assignment or a status, reopenings, priority changes,
 *    custom statuses and aliases, unknown statuses (uncertain clocks); credits per ticket;
 *    availability objectives (records.ts) and credits per outage, percentage objectives on
 *    contacts, quality objectives on measurements; percentage objectives on tickets, responded,
 *    resolved, replied or updated `on time`, responded or resolved within a limit of their own (in
 *    time or in working or calendar days, pause caps applied), averages and percentiles of ticket
 *    response and resolution times (pause caps not applied, as in the JavaScript engine), the reopen
 *    ratio and first time right of tickets, all with conditions and excluded causes (objectives.ts,
 *    objective-filters.ts); the credit and bonus
 *    ladders of those objectives with their caps, credit terms, breach rules and escalations of
 *    missed objectives (the report builds these from the objectives' SQL counts);
 *  - not (yet): objectives on tickets excluding volume above the forecast, `replied`/`updated`
 *    within a limit of their own (`on time` is covered), without a time limit, averages and
 *    percentiles of contact times, maintenance caps in working or calendar days, months or years,
 *    the ladders of objectives on outages, contacts and measurements, escalations and warnings of
 *    tickets.
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
  if (!m.noun) return null; // from measurements (records.ts)
  if (m.metric !== 'reopen-ratio' && m.metric !== 'first-time-right') return ` (${m.metric})`;
  return null;
}

/** A maintenance cap availability.ts cannot sum (it sums the cap in milliseconds of window time). */
function maintenanceCapGap(o: RtObjective): Uncovered | null {
  const maintenance = o.exclusions.find((e) => e.exclusion === 'maintenance');
  const cap = maintenance?.cap;
  if (!cap || !(cap.clock === 'working' || cap.clock === 'calendar' || cap.unit === 'month' || cap.unit === 'year')) return null;
  const unit = cap.clock === 'working' || cap.clock === 'calendar' ? `${cap.clock} days` : `${cap.unit}s`;
  return { feature: `a maintenance cap in ${unit}`, line: maintenance!.line };
}

/** Measured on tickets (objectives.ts), not on outages, contacts or measurements (records.ts). */
export function onTickets(o: RtObjective): boolean {
  const m = o.measure;
  if (m.kind === 'availability') return false;
  if (m.kind === 'quality') return !!m.noun;
  return m.source === 'tickets';
}

/**
 * What the SQL engine does not evaluate in an objective (words after its kind; '' the kind itself),
 * or null when it evaluates it (objectives.ts, records.ts). Here, not there: the command line's gate
 * loads no calendars or evaluation code.
 */
export function objectiveGap(o: RtObjective): string | null {
  const m = o.measure;
  if (m.kind === 'availability') return null;
  if (m.kind === 'share' && m.source === 'contacts') return null;
  // The volume rule needs the tickets one by one in order of creation (ShareCounter.addCounts refuses counts).
  if (o.exclusions.some((e) => e.exclusion === 'volume')) return ' excluding volume above the forecast';
  if (m.kind === 'time') return timeGap(m);
  if (m.kind === 'quality') return qualityGap(m);
  if (m.onTime) return null;
  // `replied`/`updated` within a limit of their own: not evaluated (the next-reply and update clocks are cycles).
  if (m.event !== 'responded' && m.event !== 'resolved') return ` of tickets ${m.event}`;
  if (m.within === null) return ' without a time limit';
  return null;
}

export function uncoveredFeatures(c: RuntimeContract): Uncovered[] {
  const out: Uncovered[] = [];
  const refused = new Set<string>();
  for (const o of c.objectives) {
    const cap = maintenanceCapGap(o);
    if (cap) out.push(cap);
    const gap = objectiveGap(o);
    if (gap === null) continue;
    refused.add(o.name);
    out.push({ feature: `objective '${o.name}' (${measures[o.measure.kind]}${gap})`, line: o.line });
  }
  // The ladders of refused objectives are not evaluated either, nor (yet) those of objectives on
  // outages, contacts and measurements: the script's credit views (ladders.ts) read tickets only.
  const ladder = (objective: string) => {
    if (refused.has(objective)) return '';
    const o = c.objectives.find((x) => x.name === objective);
    return o && !onTickets(o) ? ' (of an objective on outages, contacts or measurements)' : null;
  };
  for (const l of c.credits) {
    const gap = ladder(l.objective);
    if (gap !== null) out.push({ feature: `credits for '${l.objective}'${gap}`, line: l.line });
  }
  for (const l of c.bonuses) {
    const gap = ladder(l.objective);
    if (gap !== null) out.push({ feature: `bonus for '${l.objective}'${gap}`, line: l.line });
  }
  // Escalations of missed objectives only (no priorities) are the report's; those of tickets are not covered.
  for (const e of c.escalations)
    if (e.priorities.length > 0 || (e.objectives ?? []).length === 0) out.push({ feature: `escalation '${e.name}'`, line: e.line });
  return out.sort((a, b) => a.line - b.line);
}

/** The message of `sql-unsupported` for one feature. */
export function uncoveredMessage(u: Uncovered): string {
  return `the SQL engine does not evaluate ${u.feature} yet: evaluate this contract with --engine js (the default), or compile it with --target js`;
}
