/**
 * Conditions on objectives and escalations (`for priority P1`, `for team "Netwerk"`) and the
 * custom fields of the data:
 *  - a record matches an objective when every condition holds; a condition holds when the record's
 *    value is one of the condition's values;
 *  - `priority` is the priority in force when the clock stops (or at the evaluation instant),
 *    `tier` the ticket's tier, `channel` compares like channels of shares (no case, `-`, `_`,
 *    spaces), `language` without case; a declared field compares exactly, after trimming;
 *  - a field value that the contract's `values` list does not hold, and a field the contract does
 *    not declare, are reported per field and value with their count and first record: never
 *    silently ignored. Such a record matches no condition on that field.
 */
import type { RtCondition, RtField, RtObjective, RuntimeContract } from '../contract.js';
import type { RecordKind } from '../data/types.js';
import type { UnknownValue } from './report.js';
import { normaliseChannel } from './shares.js';

/** What a condition can be asked about one record. */
export interface ConditionSubject {
  priority: string | null;
  tier: string | null;
  channel: string | null;
  language: string | null;
  fields: Readonly<Record<string, string>>;
}

const builtIn = new Set(['priority', 'tier', 'channel', 'language']);

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
export function ticketSubject(t: { tier: string | null; channel: string | null; language: string | null; fields: Readonly<Record<string, string>> }, priority: string): ConditionSubject {
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

/** Whether the conditions ask about the priority (then the priority in force must be known). */
export const asksPriority = (conditions: readonly RtCondition[] | undefined): boolean => !!conditions?.some((c) => c.field === 'priority');

/** Collects field values the contract does not know, per kind, field and value. */
export class UnknownValues {
  private readonly fields: Map<string, RtField>;
  private readonly seen = new Map<string, UnknownValue>();

  constructor(contract: RuntimeContract) {
    this.fields = new Map((contract.fields ?? []).map((f) => [f.name, f]));
  }

  /** Checks a record's custom fields. */
  check(kind: RecordKind, fields: Readonly<Record<string, string>>, file: string | null, line: number | null, index: number): void {
    for (const [name, raw] of Object.entries(fields)) {
      const declared = this.fields.get(name);
      const value = raw.trim();
      if (declared && (declared.values === null || declared.values.includes(value))) continue;
      const key = `${kind}\u0000${name}\u0000${declared ? value : ''}`;
      const known = this.seen.get(key);
      if (known) {
        known.count++;
        continue;
      }
      const message = declared
        ? `'${value}' is not a value of field '${name}' (the contract allows ${declared.values!.map((v) => `'${v}'`).join(', ')})`
        : builtIn.has(name)
          ? `'${name}' is a column of its own, not a custom field`
          : `the contract declares no field '${name}'${this.fields.size > 0 ? ` (it declares ${[...this.fields.keys()].join(', ')})` : ''}`;
      this.seen.set(key, { kind, field: name, value: declared ? value : null, count: 1, file, line, index, message });
    }
  }

  list(): UnknownValue[] {
    return [...this.seen.values()];
  }
}
