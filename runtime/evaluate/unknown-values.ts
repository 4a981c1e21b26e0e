/**
 * Values in the data that the contract does not know, in one list: statuses (after aliases),
 * priorities and tiers (even after aliases), and custom field values outside a field's `values`
 * list or fields the contract does not declare. Never ignored silently: each value is reported
 * once with the number of records it occurs in and where it occurs first; `--strict` makes it an
 * error.
 */
import type { RtField, RuntimeContract } from '../contract.js';
import { worded, type Worded } from '../data/problems.js';
import type { RecordKind, RecordSource } from '../data/types.js';
import type { ParsedTicket } from '../data/validate.js';
import { builtInFields } from './conditions.js';
import type { UnknownValue } from './report.js';
import type { Vocabulary } from './statuses.js';

/** Replaces the priorities and tier of a ticket by the contract names their aliases stand for. */
export function resolveAliases(vocabulary: Vocabulary, t: ParsedTicket): void {
  t.priority = vocabulary.alias('priority', t.priority);
  if (t.tier !== null) t.tier = vocabulary.alias('tier', t.tier);
  for (const e of t.events) if (e.priority !== null) e.priority = vocabulary.alias('priority', e.priority);
}

const vocabularyCode = { status: 'unknown-status-value', priority: 'unknown-priority-value', tier: 'unknown-tier-value' } as const;

export class UnknownValues {
  private readonly values = new Map<string, UnknownValue>();
  /** The record last counted per value, so a value counts once per record. */
  private readonly lastRecord = new Map<string, string>();
  private readonly fields: Map<string, RtField>;

  constructor(contract: RuntimeContract) {
    this.fields = new Map((contract.fields ?? []).map((f) => [f.name, f]));
  }

  /** A status, priority or tier of a ticket that the contract does not know. */
  note(field: 'status' | 'priority' | 'tier', value: string, where: RecordSource, id: string | null): void {
    this.add('ticket', field, value, where, id, () => worded(vocabularyCode[field], { value }));
  }

  /** Checks a record's custom fields against the declared fields and their values. */
  checkFields(kind: RecordKind, fields: Readonly<Record<string, string>>, where: RecordSource, id: string | null): void {
    for (const [name, raw] of Object.entries(fields)) {
      const declared = this.fields.get(name);
      const value = raw.trim();
      if (declared && (declared.values === null || declared.values.includes(value))) continue;
      const message = declared
        ? (v: string | null) => worded('field-value', { value: v!, field: name, allowed: declared.values!.map((x) => `'${x}'`).join(', ') })
        : builtInFields.has(name)
          ? () => worded('built-in-field', { field: name })
          : () => worded('undeclared-field', { field: name, declared: [...this.fields.keys()].join(', ') });
      this.add(kind, name, declared ? value : null, where, id, message);
    }
  }

  private add(
    kind: RecordKind,
    field: string,
    value: string | null,
    where: RecordSource,
    id: string | null,
    message: (value: string | null) => Worded,
  ): void {
    const key = `${kind}\u0000${field}\u0000${value ?? ''}`;
    const seenIn = `${where.file ?? ''}\u0000${where.index}`;
    const v = this.values.get(key);
    if (!v) {
      this.values.set(key, {
        kind,
        field,
        value,
        count: 1,
        file: where.file,
        line: where.line,
        index: where.index,
        id,
        ...message(value),
      });
      this.lastRecord.set(key, seenIn);
    } else if (this.lastRecord.get(key) !== seenIn) {
      v.count++;
      this.lastRecord.set(key, seenIn);
    }
  }

  list(): UnknownValue[] {
    return [...this.values.values()];
  }
}
