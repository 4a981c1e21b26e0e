/**
 * Record validation: the JSON Schemas in runtime/schemas/ (compiled once with ajv), then the
 * checks a schema cannot express (timestamps are real instants, events in order, an end after its
 * start). Produces parsed records with epoch-millisecond times, or the problems of the record:
 * each with its field, so a rejected row can be reported with file, line and field.
 */
import AjvModule from 'ajv';
import ticketSchema from '../schemas/ticket.json' with { type: 'json' };
import contactSchema from '../schemas/contact.json' with { type: 'json' };
import outageSchema from '../schemas/outage.json' with { type: 'json' };
import measurementSchema from '../schemas/measurement.json' with { type: 'json' };
import reportJsonSchema from '../schemas/report.json' with { type: 'json' };
import { parseTimestamp } from '../time.js';
import { clip } from './echo.js';
import { worded } from './problems.js';
const Ajv = (AjvModule.default ?? AjvModule);
export const schemas = {
    ticket: ticketSchema,
    contact: contactSchema,
    outage: outageSchema,
    measurement: measurementSchema,
};
/** The JSON Schema of evaluation reports (runtime/schemas/report.json). */
export const reportSchema = reportJsonSchema;
let compiled;
function validators() {
    if (!compiled) {
        const ajv = new Ajv({ allErrors: false, strict: true });
        compiled = {
            ticket: ajv.compile(ticketSchema),
            contact: ajv.compile(contactSchema),
            outage: ajv.compile(outageSchema),
            measurement: ajv.compile(measurementSchema),
        };
    }
    return compiled;
}
const problem = (field, w) => ({ field, ...w });
const fieldOf = (e) => e.instancePath.replace(/^\//, '');
function describe(e, record) {
    const field = fieldOf(e);
    switch (e.keyword) {
        case 'required': {
            const missing = e.params.missingProperty;
            return problem(field ? `${field}/${missing}` : missing, worded('required', { field: clip(missing) }));
        }
        case 'additionalProperties': {
            const extra = e.params.additionalProperty;
            return problem(field ? `${field}/${extra}` : extra, worded('unknown-field', { field: clip(extra) }));
        }
        case 'pattern': {
            const value = valueAt(record, field);
            if (typeof value === 'string' &&
                /(^|\/)(created|responded|resolved|at|arrived|answered|abandoned|start|end|announced)$/.test(field)) {
                const parsed = parseTimestamp(value, local);
                if (!parsed.ok)
                    return problem(field, timeProblem(value, parsed));
            }
            return problem(field, worded('not-in-form', { value: String(value) }));
        }
        case 'enum':
            return problem(field, worded('one-of', { allowed: e.params.allowedValues.map((v) => String(v)).join(', ') }));
        case 'oneOf':
            return problem(field, worded('event-form'));
        case 'anyOf':
        case 'type': {
            // anyOf [X, null]: report what X wanted.
            const value = valueAt(record, field);
            return problem(field, worded('wrong-type', { type: value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value }));
        }
        default:
            return { field, message: e.message ?? 'is not valid' };
    }
}
function valueAt(record, path) {
    let v = record;
    for (const part of path === '' ? [] : path.split('/')) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[part];
    }
    return v;
}
/** Schema check only. */
export function schemaProblem(kind, record) {
    const validate = validators()[kind];
    if (validate(record))
        return null;
    const errors = validate.errors ?? [];
    // ajv reports the leaves of anyOf/oneOf before the combinator: the first error is the most specific,
    // except for `X or null` where the first error is X's, which is the one to show anyway.
    const first = errors.find((e) => e.keyword !== 'anyOf' && !(e.keyword === 'type' && e.params.type === 'null')) ?? errors[0];
    return first ? describe(first, record) : { field: '', message: 'is not valid' };
}
const fail = (field, message) => ({
    ok: false,
    problem: typeof message === 'string' ? { field, message } : problem(field, message),
});
/** A timestamp that cannot be read, worded from its code (the parameters beyond the text: the zone and offsets of a local time). */
function timeProblem(value, r) {
    return worded(r.code, { value, ...r.params });
}
class TimeError extends Error {
    field;
    worded;
    constructor(field, worded) {
        super(worded.message);
        this.field = field;
        this.worded = worded;
    }
}
/** The data's zone for timestamps without an offset, while one record is parsed (set by the parse functions). */
let local = null;
function time(value, field) {
    const r = parseTimestamp(value, local);
    if (!r.ok)
        throw new TimeError(field, timeProblem(value, r));
    return r.ms;
}
function optTime(value, field) {
    return value === null || value === undefined ? null : time(value, field);
}
/** Runs `parse` with `zone` as the zone of timestamps without an offset. */
export function withZone(zone, parse) {
    const saved = local;
    local = zone;
    try {
        return parse();
    }
    finally {
        local = saved;
    }
}
const str = (v) => (typeof v === 'string' ? v : null);
const num = (v) => (typeof v === 'number' ? v : null);
const bool = (v) => (typeof v === 'boolean' ? v : null);
export function parseTicket(raw) {
    const p = schemaProblem('ticket', raw);
    if (p)
        return { ok: false, problem: p };
    const r = raw;
    try {
        const created = time(r['created'], 'created');
        const responded = optTime(str(r['responded']), 'responded');
        const resolved = optTime(str(r['resolved']), 'resolved');
        const assigned = optTime(str(r['assigned']), 'assigned');
        if (assigned !== null && assigned < created)
            return fail('assigned', worded('assigned-before-created'));
        if (responded !== null && responded < created)
            return fail('responded', worded('responded-before-created'));
        if (resolved !== null && resolved < created)
            return fail('resolved', worded('resolved-before-created'));
        const rawEvents = r['events'] ?? [];
        const events = [];
        rawEvents.forEach((e, i) => {
            const at = time(e['at'], `events/${i}/at`);
            if (at < created)
                throw new TimeError(`events/${i}/at`, worded('event-before-created'));
            const message = str(e['message']);
            events.push({
                at,
                status: str(e['status']),
                priority: str(e['priority']),
                message: message === 'customer' || message === 'provider' ? message : null,
                resolves: false,
            });
        });
        if (resolved !== null)
            events.push({ at: resolved, status: null, priority: null, message: null, resolves: true });
        // Stable: events at the same instant keep their order; the folded-in resolution goes after them.
        const ordered = events
            .map((e, i) => ({ e, i }))
            .sort((a, b) => a.e.at - b.e.at || a.i - b.i)
            .map((x) => x.e);
        return {
            ok: true,
            record: {
                id: r['id'],
                priority: r['priority'],
                tier: str(r['tier']),
                channel: str(r['channel']),
                language: str(r['language']),
                fields: fieldsOf(r),
                cause: str(r['cause']),
                created,
                responded,
                assigned,
                events: ordered,
            },
        };
    }
    catch (e) {
        if (e instanceof TimeError)
            return fail(e.field, e.worded);
        throw e;
    }
}
/** The custom fields of a schema-valid record (a fresh object: records are never shared). */
function fieldsOf(r) {
    return { ...(r['fields'] ?? {}) };
}
export function parseContact(raw) {
    const p = schemaProblem('contact', raw);
    if (p)
        return { ok: false, problem: p };
    const r = raw;
    try {
        const arrived = time(r['arrived'], 'arrived');
        const answered = optTime(str(r['answered']), 'answered');
        const abandoned = optTime(str(r['abandoned']), 'abandoned');
        if (answered !== null && abandoned !== null)
            return fail('abandoned', worded('answered-and-abandoned'));
        if (answered !== null && answered < arrived)
            return fail('answered', worded('answered-before-arrived'));
        if (abandoned !== null && abandoned < arrived)
            return fail('abandoned', worded('abandoned-before-arrived'));
        const ended = optTime(str(r['ended']), 'ended');
        if (ended !== null && (answered === null || ended < answered))
            return fail('ended', worded(answered === null ? 'ended-unanswered' : 'ended-before-answered'));
        return {
            ok: true,
            record: {
                id: str(r['id']),
                channel: r['channel'],
                language: str(r['language']),
                fields: fieldsOf(r),
                cause: str(r['cause']),
                arrived,
                answered,
                abandoned,
                ended,
            },
        };
    }
    catch (e) {
        if (e instanceof TimeError)
            return fail(e.field, e.worded);
        throw e;
    }
}
export function parseOutage(raw) {
    const p = schemaProblem('outage', raw);
    if (p)
        return { ok: false, problem: p };
    const r = raw;
    try {
        const start = time(r['start'], 'start');
        const end = optTime(str(r['end']), 'end');
        const announced = optTime(str(r['announced']), 'announced');
        if (end !== null && end <= start)
            return fail('end', worded('outage-order'));
        return {
            ok: true,
            record: { id: str(r['id']), service: r['service'], start, end, kind: r['kind'], announced },
        };
    }
    catch (e) {
        if (e instanceof TimeError)
            return fail(e.field, e.worded);
        throw e;
    }
}
export function parseMeasurement(raw) {
    const p = schemaProblem('measurement', raw);
    if (p)
        return { ok: false, problem: p };
    const r = raw;
    try {
        const m = {
            objective: str(r['objective']),
            metric: str(r['metric']),
            kpi: str(r['kpi']),
            period: str(r['period']),
            at: optTime(str(r['at']), 'at'),
            value: num(r['value']),
            score: num(r['score']),
            outOf: num(r['outOf']),
            firstTimeRight: bool(r['firstTimeRight']),
            reopened: bool(r['reopened']),
            errors: num(r['errors']),
            tasks: num(r['tasks']),
            forecast: num(r['forecast']),
        };
        if (m.forecast !== null) {
            if (m.objective === null)
                return fail('objective', worded('forecast-objective'));
            if (m.period === null)
                return fail('period', worded('forecast-needs-period'));
            const others = [m.value, m.score, m.firstTimeRight, m.reopened, m.errors, m.metric, m.at].filter((x) => x !== null).length;
            if (others > 0)
                return fail('forecast', worded('forecast-only'));
            return { ok: true, record: m };
        }
        if (m.objective === null && m.metric === null)
            return fail('objective', worded('measurement-subject'));
        if (m.metric === 'kpi' && m.objective === null && m.kpi === null)
            return fail('kpi', worded('kpi-name'));
        if ((m.period === null) === (m.at === null))
            return fail(m.period === null ? 'period' : 'at', worded('period-or-at'));
        if (m.value !== null && m.period === null)
            return fail('period', worded('value-needs-period'));
        const observations = [m.score, m.firstTimeRight, m.reopened, m.errors].filter((x) => x !== null).length;
        if (m.value !== null && observations > 0)
            return fail('value', worded('value-or-observation'));
        if (m.value === null && observations === 0)
            return fail('value', worded('value-needed'));
        if (observations > 1)
            return fail('score', worded('one-observation'));
        if ((m.errors === null) !== (m.tasks === null))
            return fail(m.errors === null ? 'errors' : 'tasks', worded('errors-with-tasks'));
        return { ok: true, record: m };
    }
    catch (e) {
        if (e instanceof TimeError)
            return fail(e.field, e.worded);
        throw e;
    }
}
