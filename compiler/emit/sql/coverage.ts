/**
 * What the SQL engine covers. A contract that uses anything else is refused with
 * `sql-unsupported`, naming the clause and its line, never evaluated into a wrong number:
 *  - covered: ticket response, resolution, next-reply and update clocks (wall time, business hours
 *    on a calendar, working or calendar days), targets with conditions, tiers, pauses and pause
 *    caps, clocks that start at creation, assignment or a status, reopenings, priority changes,
 *    custom statuses and aliases, unknown statuses (uncertain clocks); credits per ticket;
 *    availability objectives (records.ts) and credits per outage, percentage objectives on
 *    contacts, quality objectives on measurements;
 *  - not (yet): objectives on tickets, averages and percentiles, maintenance caps in working or
 *    calendar days, months or years, credits and bonuses, breach rules, escalations and warnings.
 */
import type { RuntimeContract } from '../../../runtime/contract.js';

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

/** Objectives the SQL engine evaluates: on outages, contacts and measurements. */
function covered(o: RuntimeContract['objectives'][number], out: Uncovered[]): boolean {
  const m = o.measure;
  if (m.kind === 'availability') {
    const maintenance = o.exclusions.find((e) => e.exclusion === 'maintenance');
    const cap = maintenance?.cap;
    // availability.ts sums the cap in milliseconds of window time.
    if (cap && (cap.clock === 'working' || cap.clock === 'calendar' || cap.unit === 'month' || cap.unit === 'year'))
      out.push({
        feature: `a maintenance cap in ${cap.clock === 'working' || cap.clock === 'calendar' ? `${cap.clock} days` : `${cap.unit}s`}`,
        line: maintenance!.line,
      });
    return true;
  }
  if (m.kind === 'share') return m.source === 'contacts';
  return m.kind === 'quality' && !m.noun;
}

export function uncoveredFeatures(c: RuntimeContract): Uncovered[] {
  const out: Uncovered[] = [];
  for (const o of c.objectives) {
    if (!covered(o, out)) out.push({ feature: `objective '${o.name}' (${measures[o.measure.kind]})`, line: o.line });
  }
  for (const l of c.credits) out.push({ feature: `credits for '${l.objective}'`, line: l.line });
  for (const l of c.bonuses) out.push({ feature: `bonus for '${l.objective}'`, line: l.line });
  if (c.creditTerms) out.push({ feature: 'credit terms', line: c.creditTerms.line });
  for (const r of c.breachRules ?? []) out.push({ feature: 'a rule on repeated breaches', line: r.line });
  for (const e of c.escalations) out.push({ feature: `escalation '${e.name}'`, line: e.line });
  return out.sort((a, b) => a.line - b.line);
}

/** The message of `sql-unsupported` for one feature. */
export function uncoveredMessage(u: Uncovered): string {
  return `the SQL engine does not evaluate ${u.feature} yet: evaluate this contract with --engine js (the default), or compile it with --target js`;
}
