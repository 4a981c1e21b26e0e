/**
 * Column mapping (`--columns mapping.json`, schema runtime/schemas/columns.json): another tool's
 * column names, and fixed values, per record kind. The file is checked against its schema, and a
 * problem is reported with the file and the key (`tickets.columns."Issue key"`).
 *
 *   { "tickets": { "columns": { "Issue key": "id", "Created": "created", "Summary": null },
 *                  "values": { "tier": "Standaard" } } }
 *
 * Column names match without case, spaces, `-` or `_`, like slac's own column names, which keep
 * working next to the mapped ones.
 */
import AjvModule from 'ajv';
import columnsSchema from '../schemas/columns.json' with { type: 'json' };
import { quoted } from './echo.js';
const KEY = {
    ticket: 'tickets',
    contact: 'contacts',
    outage: 'outages',
    measurement: 'measurements',
};
export const normaliseHeader = (h) => h
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
export const mappingOf = (m, kind) => m?.[KEY[kind]] ?? null;
const Ajv = (AjvModule.default ?? AjvModule);
let validator;
const keyPath = (pointer) => pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p, i) => (i > 0 && !/^[A-Za-z_][\w]*$/.test(p) ? `"${p}"` : p))
    .join('.');
function describe(e, data) {
    const at = keyPath(e.instancePath);
    if (e.keyword === 'additionalProperties') {
        const extra = e.params.additionalProperty;
        const where = at === '' ? 'the top level' : at;
        const allowed = at === '' ? 'tickets, contacts, outages, measurements' : at.split('.').length === 1 ? 'columns, values' : 'the fields of that kind';
        return `${at === '' ? extra : `${at}.${extra}`}: unknown key in ${where} (expected ${allowed})`;
    }
    if (e.keyword === 'enum') {
        const value = e.instancePath
            .split('/')
            .slice(1)
            .reduce((v, k) => v?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], data);
        return `${at}: ${quoted(String(value))} is not a field of this kind; the fields are ${e.params.allowedValues.join(', ')} (or null to ignore the column)`;
    }
    return `${at || 'the file'}: ${e.message ?? 'is not valid'}`;
}
/** Checks a parsed columns file; `file` is named in the message. */
export function checkColumns(data, file) {
    validator ??= new Ajv({ allErrors: true, strict: true }).compile(columnsSchema);
    if (!validator(data)) {
        const errors = (validator.errors ?? []).filter((e) => e.keyword !== 'anyOf' && !(e.keyword === 'type' && e.params.type === 'null'));
        return { ok: false, message: `${file}: ${describe(errors[0] ?? validator.errors[0], data)}` };
    }
    const mapping = data;
    for (const [kindKey, m] of Object.entries(mapping)) {
        if (kindKey === '$schema' || !m || typeof m !== 'object')
            continue;
        const seen = new Map();
        for (const [column, field] of Object.entries(m.columns ?? {})) {
            const key = normaliseHeader(column);
            const other = seen.get(key);
            if (other !== undefined)
                return {
                    ok: false,
                    message: `${file}: ${kindKey}.columns: ${quoted(other)} and ${quoted(column)} are the same column (names match without case, spaces, '-' or '_')`,
                };
            seen.set(key, column);
            if (field !== null && m.values?.[field] !== undefined) {
                return { ok: false, message: `${file}: ${kindKey}.values.${field}: the field also comes from column ${quoted(column)}; keep one` };
            }
        }
    }
    return { ok: true, mapping };
}
const lookups = new WeakMap();
/** The mapping's columns by normalised name (built once per mapping). */
function lookup(mapping) {
    let m = lookups.get(mapping);
    if (!m)
        lookups.set(mapping, (m = new Map(Object.entries(mapping.columns ?? {}).map(([k, v]) => [normaliseHeader(k), v]))));
    return m;
}
/**
 * A JSON record with another tool's top-level field names: renamed by the mapping, fixed values
 * added, and string values (statuses and priorities of events too) passed through the value hook.
 */
export function renameFields(kind, record, mapping, values) {
    const columns = mapping ? lookup(mapping) : null;
    const out = {};
    for (const [field, value] of Object.entries(mapping?.values ?? {}))
        out[field] = value;
    for (const [key, value] of Object.entries(record)) {
        const target = columns?.get(normaliseHeader(key));
        if (target === null)
            continue;
        out[target ?? key] = value;
    }
    if (!values)
        return out;
    for (const [k, v] of Object.entries(out)) {
        if (typeof v === 'string' && k !== 'id')
            out[k] = values(kind, k, v);
        else if (k === 'events' && Array.isArray(v)) {
            out[k] = v.map((e) => {
                if (e === null || typeof e !== 'object')
                    return e;
                const ev = { ...e };
                for (const f of ['status', 'priority'])
                    if (typeof ev[f] === 'string')
                        ev[f] = values(kind, `events/${f}`, ev[f]);
                return ev;
            });
        }
    }
    return out;
}
