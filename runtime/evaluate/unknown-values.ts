/**
 * Values in the data that the contract does not know: statuses (after aliases) and, even after
 * aliases, priorities and tiers. Never ignored silently: each value is reported once with the
 * number of tickets it occurs in and where it occurs first; `--strict` makes it an error.
 */
import type { RecordSource } from '../data/types.js';
import type { ParsedTicket } from '../data/validate.js';
import type { UnknownValue } from './report.js';
import type { Vocabulary } from './statuses.js';

/** Replaces the priorities and tier of a ticket by the contract names their aliases stand for. */
export function resolveAliases(vocabulary: Vocabulary, t: ParsedTicket): void {
  t.priority = vocabulary.alias('priority', t.priority);
  if (t.tier !== null) t.tier = vocabulary.alias('tier', t.tier);
  for (const e of t.events) if (e.priority !== null) e.priority = vocabulary.alias('priority', e.priority);
}

export class UnknownValues {
  private readonly values = new Map<string, UnknownValue>();
  /** The ticket last counted per value, so a value counts once per ticket. */
  private readonly lastTicket = new Map<string, string>();

  note(field: UnknownValue['field'], value: string, where: RecordSource, id: string | null): void {
    const key = `${field}\u0000${value}`;
    const seenIn = `${where.file ?? ''}\u0000${where.index}`;
    const v = this.values.get(key);
    if (!v) {
      this.values.set(key, { field, value, count: 1, file: where.file, line: where.line, index: where.index, id });
      this.lastTicket.set(key, seenIn);
    } else if (this.lastTicket.get(key) !== seenIn) {
      v.count++;
      this.lastTicket.set(key, seenIn);
    }
  }

  list(): UnknownValue[] {
    return [...this.values.values()];
  }
}
