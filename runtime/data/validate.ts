/**
 * Record validation: the JSON Schemas in runtime/schemas/ (compiled once with ajv), then the
 * checks a schema cannot express (timestamps are real instants, events in order, an end after its
 * start). Produces parsed records with epoch-millisecond times, or the problems of the record:
 * each with its field, so a rejected row can be reported with file, line and field.
 */
import AjvModule from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import ticketSchema from '../schemas/ticket.json' with { type: 'json' };
import contactSchema from '../schemas/contact.json' with { type: 'json' };
import outageSchema from '../schemas/outage.json' with { type: 'json' };
import measurementSchema from '../schemas/measurement.json' with { type: 'json' };
import reportJsonSchema from '../schemas/report.json' with { type: 'json' };
import { parseTimestamp, type WallTimes } from '../time.js';
import { clip } from './echo.js';
import { type ProblemCode, type Worded, worded } from './problems.js';
import type { OutageKind, QualityMetric, RecordKind } from './types.js';

type AjvClass = typeof import('ajv').default;
const Ajv = ((AjvModule as unknown as { default?: AjvClass }).default ?? AjvModule) as AjvClass;

export const schemas: Readonly<Record<RecordKind, object>> = {
  ticket: ticketSchema,
  contact: contactSchema,
  outage: outageSchema,
  measurement: measurementSchema,
};

/** The JSON Schema of evaluation reports (runtime/schemas/report.json). */
export const reportSchema: object = reportJsonSchema;

let compiled: Record<RecordKind, ValidateFunction> | undefined;

function validators(): Record<RecordKind, ValidateFunction> {
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

/** One problem of a record: the field (`created`, `events/2/at`, '' for the record) and a message. */
export interface FieldProblem {
  field: string;
  message: string;
  /** The message as a code with parameters (problems.ts), where it has one. */
  code?: ProblemCode;
  params?: Record<string, string | number>;
}

const problem = (field: string, w: Worded): FieldProblem => ({ field, ...w });

const fieldOf = (e: ErrorObject): string => e.instancePath.replace(/^\//, '');

function describe(e: ErrorObject, record: unknown): FieldProblem {
  const field = fieldOf(e);
  switch (e.keyword) {
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      return problem(field ? `${field}/${missing}` : missing, worded('required', { field: clip(missing) }));
    }
    case 'additionalProperties': {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      return problem(field ? `${field}/${extra}` : extra, worded('unknown-field', { field: clip(extra) }));
    }
    case 'pattern': {
      const value = valueAt(record, field);
      if (
        typeof value === 'string' &&
        /(^|\/)(created|responded|resolved|at|arrived|answered|abandoned|start|end|announced)$/.test(field)
      ) {
        const parsed = parseTimestamp(value, local);
        if (!parsed.ok) return problem(field, timeProblem(value, parsed));
      }
      return problem(field, worded('not-in-form', { value: String(value) }));
    }
    case 'enum':
      return problem(
        field,
        worded('one-of', { allowed: (e.params as { allowedValues: unknown[] }).allowedValues.map((v) => String(v)).join(', ') }),
      );
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

function valueAt(record: unknown, path: string): unknown {
  let v = record;
  for (const part of path === '' ? [] : path.split('/')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** Schema check only. */
export function schemaProblem(kind: RecordKind, record: unknown): FieldProblem | null {
  const validate = validators()[kind];
  if (validate(record)) return null;
  const errors = validate.errors ?? [];
  // ajv reports the leaves of anyOf/oneOf before the combinator: the first error is the most specific,
  // except for `X or null` where the first error is X's, which is the one to show anyway.
  const first =
    errors.find((e) => e.keyword !== 'anyOf' && !(e.keyword === 'type' && (e.params as { type?: string }).type === 'null')) ?? errors[0];
  return first ? describe(first, record) : { field: '', message: 'is not valid' };
}

// ---------------------------------------------------------------------------------------------
// Parsed records (epoch ms). Produced only from schema-valid input.

export interface ParsedTicket {
  id: string;
  priority: string;
  tier: string | null;
  channel: string | null;
  language: string | null;
  /** Custom fields (`fields` in the data). */
  fields: Record<string, string>;
  /** A cause outside the provider's control that an objective may exclude. */
  cause: string | null;
  created: number;
  responded: number | null;
  /** First assignment to an engineer or team. */
  assigned: number | null;
  /**
   * Status changes, priority changes and messages, in time order (stable for equal times); the
   * `resolved` field is folded in as an event with `resolves` set, whatever the statuses are called.
   */
  events: TicketEventParsed[];
}

export interface TicketEventParsed {
  at: number;
  status: string | null;
  priority: string | null;
  /** A message on the ticket: from the customer, or a public reply or update from the provider. */
  message: 'customer' | 'provider' | null;
  resolves: boolean;
}

export interface ParsedContact {
  id: string | null;
  channel: string;
  language: string | null;
  fields: Record<string, string>;
  cause: string | null;
  arrived: number;
  answered: number | null;
  abandoned: number | null;
  /** End of handling, for handling time. */
  ended: number | null;
}

export interface ParsedOutage {
  id: string | null;
  service: string;
  start: number;
  end: number | null;
  kind: OutageKind;
  announced: number | null;
}

export interface ParsedMeasurement {
  objective: string | null;
  metric: QualityMetric | null;
  kpi: string | null;
  period: string | null;
  at: number | null;
  value: number | null;
  score: number | null;
  outOf: number | null;
  firstTimeRight: boolean | null;
  reopened: boolean | null;
  errors: number | null;
  tasks: number | null;
  /** The forecast volume of a percentage objective for `period`. */
  forecast: number | null;
}

export type Parsed<T> = { ok: true; record: T } | { ok: false; problem: FieldProblem };

const fail = (field: string, message: string | Worded): { ok: false; problem: FieldProblem } => ({
  ok: false,
  problem: typeof message === 'string' ? { field, message } : problem(field, message),
});

/** A timestamp that cannot be read, worded from its code (the parameters beyond the text: the zone and offsets of a local time). */
function timeProblem(value: string, r: Extract<ReturnType<typeof parseTimestamp>, { ok: false }>): Worded {
  type Local = { value: string; zone: string; before: string; after: string; first: string; second: string };
  return worded(r.code, { value, ...r.params } as Local);
}

class TimeError extends Error {
  constructor(
    readonly field: string,
    readonly worded: Worded,
  ) {
    super(worded.message);
  }
}

/** The data's zone for timestamps without an offset, while one record is parsed (set by the parse functions). */
let local: WallTimes | null = null;

function time(value: string, field: string): number {
  const r = parseTimestamp(value, local);
  if (!r.ok) throw new TimeError(field, timeProblem(value, r));
  return r.ms;
}

function optTime(value: string | null | undefined, field: string): number | null {
  return value === null || value === undefined ? null : time(value, field);
}

/** Runs `parse` with `zone` as the zone of timestamps without an offset. */
export function withZone<T>(zone: WallTimes | null, parse: () => T): T {
  const saved = local;
  local = zone;
  try {
    return parse();
  } finally {
    local = saved;
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

export function parseTicket(raw: unknown): Parsed<ParsedTicket> {
  const p = schemaProblem('ticket', raw);
  if (p) return { ok: false, problem: p };
  const r = raw as Record<string, unknown>;
  try {
    const created = time(r['created'] as string, 'created');
    const responded = optTime(str(r['responded']), 'responded');
    const resolved = optTime(str(r['resolved']), 'resolved');
    const assigned = optTime(str(r['assigned']), 'assigned');
    if (assigned !== null && assigned < created) return fail('assigned', worded('assigned-before-created'));
    if (responded !== null && responded < created) return fail('responded', worded('responded-before-created'));
    if (resolved !== null && resolved < created) return fail('resolved', worded('resolved-before-created'));
    const rawEvents = (r['events'] as Array<Record<string, unknown>> | undefined) ?? [];
    const events: ParsedTicket['events'] = [];
    rawEvents.forEach((e, i) => {
      const at = time(e['at'] as string, `events/${i}/at`);
      if (at < created) throw new TimeError(`events/${i}/at`, worded('event-before-created'));
      const message = str(e['message']);
      events.push({
        at,
        status: str(e['status']),
        priority: str(e['priority']),
        message: message === 'customer' || message === 'provider' ? message : null,
        resolves: false,
      });
    });
    if (resolved !== null) events.push({ at: resolved, status: null, priority: null, message: null, resolves: true });
    // Stable: events at the same instant keep their order; the folded-in resolution goes after them.
    const ordered = events
      .map((e, i) => ({ e, i }))
      .sort((a, b) => a.e.at - b.e.at || a.i - b.i)
      .map((x) => x.e);
    return {
      ok: true,
      record: {
        id: r['id'] as string,
        priority: r['priority'] as string,
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
  } catch (e) {
    if (e instanceof TimeError) return fail(e.field, e.worded);
    throw e;
  }
}

/** The custom fields of a schema-valid record (a fresh object: records are never shared). */
function fieldsOf(r: Record<string, unknown>): Record<string, string> {
  return { ...((r['fields'] as Record<string, string> | undefined) ?? {}) };
}
export function parseContact(raw: unknown): Parsed<ParsedContact> {
  const p = schemaProblem('contact', raw);
  if (p) return { ok: false, problem: p };
  const r = raw as Record<string, unknown>;
  try {
    const arrived = time(r['arrived'] as string, 'arrived');
    const answered = optTime(str(r['answered']), 'answered');
    const abandoned = optTime(str(r['abandoned']), 'abandoned');
    if (answered !== null && abandoned !== null) return fail('abandoned', worded('answered-and-abandoned'));
    if (answered !== null && answered < arrived) return fail('answered', worded('answered-before-arrived'));
    if (abandoned !== null && abandoned < arrived) return fail('abandoned', worded('abandoned-before-arrived'));
    const ended = optTime(str(r['ended']), 'ended');
    if (ended !== null && (answered === null || ended < answered))
      return fail('ended', worded(answered === null ? 'ended-unanswered' : 'ended-before-answered'));
    return {
      ok: true,
      record: {
        id: str(r['id']),
        channel: r['channel'] as string,
        language: str(r['language']),
        fields: fieldsOf(r),
        cause: str(r['cause']),
        arrived,
        answered,
        abandoned,
        ended,
      },
    };
  } catch (e) {
    if (e instanceof TimeError) return fail(e.field, e.worded);
    throw e;
  }
}

export function parseOutage(raw: unknown): Parsed<ParsedOutage> {
  const p = schemaProblem('outage', raw);
  if (p) return { ok: false, problem: p };
  const r = raw as Record<string, unknown>;
  try {
    const start = time(r['start'] as string, 'start');
    const end = optTime(str(r['end']), 'end');
    const announced = optTime(str(r['announced']), 'announced');
    if (end !== null && end <= start) return fail('end', worded('outage-order'));
    return {
      ok: true,
      record: { id: str(r['id']), service: r['service'] as string, start, end, kind: r['kind'] as OutageKind, announced },
    };
  } catch (e) {
    if (e instanceof TimeError) return fail(e.field, e.worded);
    throw e;
  }
}

export function parseMeasurement(raw: unknown): Parsed<ParsedMeasurement> {
  const p = schemaProblem('measurement', raw);
  if (p) return { ok: false, problem: p };
  const r = raw as Record<string, unknown>;
  try {
    const m: ParsedMeasurement = {
      objective: str(r['objective']),
      metric: str(r['metric']) as QualityMetric | null,
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
      if (m.objective === null) return fail('objective', worded('forecast-objective'));
      if (m.period === null) return fail('period', worded('forecast-needs-period'));
      const others = [m.value, m.score, m.firstTimeRight, m.reopened, m.errors, m.metric, m.at].filter((x) => x !== null).length;
      if (others > 0) return fail('forecast', worded('forecast-only'));
      return { ok: true, record: m };
    }
    if (m.objective === null && m.metric === null) return fail('objective', worded('measurement-subject'));
    if (m.metric === 'kpi' && m.objective === null && m.kpi === null) return fail('kpi', worded('kpi-name'));
    if ((m.period === null) === (m.at === null)) return fail(m.period === null ? 'period' : 'at', worded('period-or-at'));
    if (m.value !== null && m.period === null) return fail('period', worded('value-needs-period'));
    const observations = [m.score, m.firstTimeRight, m.reopened, m.errors].filter((x) => x !== null).length;
    if (m.value !== null && observations > 0) return fail('value', worded('value-or-observation'));
    if (m.value === null && observations === 0) return fail('value', worded('value-needed'));
    if (observations > 1) return fail('score', worded('one-observation'));
    if ((m.errors === null) !== (m.tasks === null)) return fail(m.errors === null ? 'errors' : 'tasks', worded('errors-with-tasks'));
    return { ok: true, record: m };
  } catch (e) {
    if (e instanceof TimeError) return fail(e.field, e.worded);
    throw e;
  }
}
