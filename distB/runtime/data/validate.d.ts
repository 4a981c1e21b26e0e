import { type WallTimes } from '../time.js';
import { type ProblemCode } from './problems.js';
import type { OutageKind, QualityMetric, RecordKind } from './types.js';
export declare const schemas: Readonly<Record<RecordKind, object>>;
/** The JSON Schema of evaluation reports (runtime/schemas/report.json). */
export declare const reportSchema: object;
/** One problem of a record: the field (`created`, `events/2/at`, '' for the record) and a message. */
export interface FieldProblem {
    field: string;
    message: string;
    /** The message as a code with parameters (problems.ts), where it has one. */
    code?: ProblemCode;
    params?: Record<string, string | number>;
}
/** Schema check only. */
export declare function schemaProblem(kind: RecordKind, record: unknown): FieldProblem | null;
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
export type Parsed<T> = {
    ok: true;
    record: T;
} | {
    ok: false;
    problem: FieldProblem;
};
/** Runs `parse` with `zone` as the zone of timestamps without an offset. */
export declare function withZone<T>(zone: WallTimes | null, parse: () => T): T;
export declare function parseTicket(raw: unknown): Parsed<ParsedTicket>;
export declare function parseContact(raw: unknown): Parsed<ParsedContact>;
export declare function parseOutage(raw: unknown): Parsed<ParsedOutage>;
export declare function parseMeasurement(raw: unknown): Parsed<ParsedMeasurement>;
