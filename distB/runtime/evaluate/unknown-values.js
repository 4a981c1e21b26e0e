import { worded } from '../data/problems.js';
import { builtInFields } from './conditions.js';
/** Replaces the priorities and tier of a ticket by the contract names their aliases stand for. */
export function resolveAliases(vocabulary, t) {
    t.priority = vocabulary.alias('priority', t.priority);
    if (t.tier !== null)
        t.tier = vocabulary.alias('tier', t.tier);
    for (const e of t.events)
        if (e.priority !== null)
            e.priority = vocabulary.alias('priority', e.priority);
}
const vocabularyCode = { status: 'unknown-status-value', priority: 'unknown-priority-value', tier: 'unknown-tier-value' };
export class UnknownValues {
    values = new Map();
    /** The record last counted per value, so a value counts once per record. */
    lastRecord = new Map();
    fields;
    constructor(contract) {
        this.fields = new Map((contract.fields ?? []).map((f) => [f.name, f]));
    }
    /** A status, priority or tier of a ticket that the contract does not know. */
    note(field, value, where, id) {
        this.add('ticket', field, value, where, id, () => worded(vocabularyCode[field], { value }));
    }
    /** Checks a record's custom fields against the declared fields and their values. */
    checkFields(kind, fields, where, id) {
        for (const [name, raw] of Object.entries(fields)) {
            const declared = this.fields.get(name);
            const value = raw.trim();
            if (declared && (declared.values === null || declared.values.includes(value)))
                continue;
            const message = declared
                ? (v) => worded('field-value', { value: v, field: name, allowed: declared.values.map((x) => `'${x}'`).join(', ') })
                : builtInFields.has(name)
                    ? () => worded('built-in-field', { field: name })
                    : () => worded('undeclared-field', { field: name, declared: [...this.fields.keys()].join(', ') });
            this.add(kind, name, declared ? value : null, where, id, message);
        }
    }
    add(kind, field, value, where, id, message) {
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
        }
        else if (this.lastRecord.get(key) !== seenIn) {
            v.count++;
            this.lastRecord.set(key, seenIn);
        }
    }
    list() {
        return [...this.values.values()];
    }
}
