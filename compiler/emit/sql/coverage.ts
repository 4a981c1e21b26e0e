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
 *    objective-filters.ts); the credit and bonus ladders of those objectives with their caps, credit
 *    terms, breach rules and escalations of missed objectives, of objectives on tickets, outages,
 *    contacts and measurements alike (the report builds these from the objectives' counts; the
 *    script's credit views, ladders.ts, leave out those of measurements); averages and percentiles
 *    of contact times (contact-times.ts), with conditions and excluded causes; escalations and
 *    warnings of tickets (escalations.ts);
 *  - not (yet): objectives on tickets excluding volume above the forecast, `replied`/`updated`
 *    within a limit of their own (`on time` is covered), without a time limit (a maintenance cap
 *    in working or calendar days, months or years is a contract error:
 *    compiler/passes/check-exclusions.ts).
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

/** A percentile the views rank in integers (1–100), or null; ' at that percentile' otherwise. */
const percentileGap = (m: RtTimeMeasure): string | null =>
  m.percentile !== null && !(Number.isInteger(m.percentile) && m.percentile >= 1 && m.percentile <= 100) ? ' at that percentile' : null;

/** What the views do not evaluate in a time objective on tickets (as objectiveGap: ticket-times.ts), or null. */
function timeGap(m: RtTimeMeasure): string | null {
  if (m.clock !== 'response' && m.clock !== 'resolution') return ` of ${m.clock} time`;
  return percentileGap(m);
}

/** What the views do not evaluate in a quality objective (as objectiveGap: ticket-quality.ts), or null. */
function qualityGap(m: QualityMeasure): string | null {
  if (!m.noun) return null; // from measurements (records.ts)
  if (m.metric !== 'reopen-ratio' && m.metric !== 'first-time-right') return ` (${m.metric})`;
  return null;
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
  if (m.kind === 'time' && m.source === 'contacts') return percentileGap(m);
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
    const gap = objectiveGap(o);
    if (gap === null) continue;
    refused.add(o.name);
    out.push({ feature: `objective '${o.name}' (${measures[o.measure.kind]}${gap})`, line: o.line });
  }
  // The ladders of refused objectives are not evaluated either.
  for (const l of c.credits) if (refused.has(l.objective)) out.push({ feature: `credits for '${l.objective}'`, line: l.line });
  for (const l of c.bonuses) if (refused.has(l.objective)) out.push({ feature: `bonus for '${l.objective}'`, line: l.line });
  return out.sort((a, b) => a.line - b.line);
}

/** The message of `sql-unsupported` for one feature. */
export function uncoveredMessage(u: Uncovered): string {
  return `the SQL engine does not evaluate ${u.feature} yet: evaluate this contract with --engine js (the default), or compile it with --target js`;
}
