/**
 * Conditions on objectives and escalations (`for priority P1`, `for team "Netwerk"`) and the
 * custom fields of the data:
 *  - a record matches an objective when every condition holds; a condition holds when the record's
 *    value is one of the condition's values;
 *  - `priority` is the priority in force when the clock stops (or at the evaluation instant),
 *    `tier` the ticket's tier, `channel` compares like channels of shares (no case, `-`, `_`,
 *    spaces), `language` without case; a declared field compares exactly, after trimming;
 *  - a field value that the contract's `values` list does not hold, and a field the contract does
 *    not declare, are reported (runtime/evaluate/unknown-values.ts): never silently ignored. Such
 *    a record matches no condition on that field.
 */
import type { RtCondition, RtObjective } from '../contract.js';
import { normaliseChannel } from './shares.js';

/** What a condition can be asked about one record. */
export interface ConditionSubject {
  priority: string | null;
  tier: string | null;
  channel: string | null;
  language: string | null;
  fields: Readonly<Record<string, string>>;
}

/** Fields that are columns of their own, never custom fields. */
export const builtInFields: ReadonlySet<string> = new Set(['priority', 'tier', 'channel', 'language']);

function holds(c: RtCondition, s: ConditionSubject): boolean {
  switch (c.field) {
    case 'priority':
      return s.priority !== null && c.values.includes(s.priority);
    case 'tier':
      return s.tier !== null && c.values.includes(s.tier);
    case 'channel':
      return s.channel !== null && c.values.some((v) => normaliseChannel(v) === normaliseChannel(s.channel!));
    case 'language':
      return s.language !== null && c.values.some((v) => v.toLowerCase() === s.language!.trim().toLowerCase());
    default: {
      const v = s.fields[c.field];
      return v !== undefined && c.values.includes(v.trim());
    }
  }
}

/** A ticket as conditions see it, with the priority in force. */
export function ticketSubject(
  t: { tier: string | null; channel: string | null; language: string | null; fields: Readonly<Record<string, string>> },
  priority: string,
): ConditionSubject {
  return { priority, tier: t.tier, channel: t.channel, language: t.language, fields: t.fields };
}

export function matchesAll(conditions: readonly RtCondition[] | undefined, s: ConditionSubject): boolean {
  if (!conditions) return true;
  for (const c of conditions) if (!holds(c, s)) return false;
  return true;
}

/** Whether the objective excludes items of this cause (`excluding force majeure`, `excluding calamities`). */
export function excludedCause(o: RtObjective, cause: string | null): boolean {
  return cause !== null && o.exclusions.some((e) => e.exclusion === cause);
}

/**
 * Of the lines for one clock and priority (targets, credit bands), the one that applies: the first,
 * in the order written, whose conditions the subject matches, else the first without conditions.
 */
export function firstMatching<T extends { target: string; priority: string; conditions?: RtCondition[] }>(
  lines: readonly T[],
  target: string,
  priority: string,
  subject: ConditionSubject,
): T | undefined {
  let fallback: T | undefined;
  for (const x of lines) {
    if (x.target !== target || x.priority !== priority) continue;
    if (!x.conditions) fallback ??= x;
    else if (matchesAll(x.conditions, subject)) return x;
  }
  return fallback;
}

/** ` for team "Netwerk"`: conditions as written, for explanations and band names. */
export const conditionsText = (conditions: readonly RtCondition[] | undefined): string =>
  (conditions ?? []).map((c) => ` for ${c.field} ${c.values.map((v) => JSON.stringify(v)).join(', ')}`).join('');

/** Whether the conditions ask about the priority (then the priority in force must be known). */
export const asksPriority = (conditions: readonly RtCondition[] | undefined): boolean => !!conditions?.some((c) => c.field === 'priority');
