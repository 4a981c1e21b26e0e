/**
 * What the SQL engine covers. A contract that uses anything else is refused with
 * `sql-unsupported`, naming the clause and its line, never evaluated into a wrong number:
 *  - covered: ticket response and resolution clocks (wall time, or business hours on a calendar),
 *    tiers, pauses without caps, clocks that start at creation or assignment, reopenings, priority
 *    changes, custom statuses and aliases, unknown statuses (uncertain clocks); availability
 *    objectives (records.ts) and credits per outage, percentage objectives on contacts, quality
 *    objectives on measurements;
 *  - not (yet): objectives on tickets, averages and percentiles, maintenance caps in working or
 *    calendar days, months or years, credits and bonuses, credits per ticket, breach rules,
 *    escalations and warnings, next-reply and update clocks, working- and calendar-day
 *    clocks, targets with conditions, pause caps, clocks that start at a status.
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
  if (c.ticketCredits) out.push({ feature: 'credits per ticket', line: c.ticketCredits.line });
  for (const r of c.breachRules ?? []) out.push({ feature: 'a rule on repeated breaches', line: r.line });
  for (const e of c.escalations) out.push({ feature: `escalation '${e.name}'`, line: e.line });
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
