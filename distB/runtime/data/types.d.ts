/**
 * Input records as they arrive in JSON, NDJSON or CSV (see docs/data.md and the JSON Schemas in
 * runtime/schemas/). Every timestamp is an ISO 8601 string with a UTC offset; a timestamp
 * without an offset is rejected, never guessed.
 */
import type { ProblemCode } from './problems.js';
/** `2026-03-06T17:00:00+01:00` */
export type Timestamp = string;
/** A status change or a priority change in a ticket's history. */
export type TicketEvent = 
/**
 * The ticket entered a status. What a status means (starts, pauses, resolves, closes, reopens,
 * none) is the contract's `statuses` block, or the built-in Dutch and English vocabulary; a
 * status neither knows is reported and makes the ticket's clocks uncertain.
 */
{
    at: Timestamp;
    status: string;
}
/** The priority changed; the new priority's target applies, with the time elapsed so far kept. */
 | {
    at: Timestamp;
    priority: string;
}
/** A message: from the customer (starts a next-reply clock), or a public reply or update from the provider. */
 | {
    at: Timestamp;
    message: 'customer' | 'provider';
};
export interface TicketRecord {
    id: string;
    /** Priority at creation (later changes are events). */
    priority: string;
    /** The tier whose targets apply; required when the contract declares tiers. */
    tier?: string | null;
    /** Informational: who raised the ticket. */
    customer?: string | null;
    /** What kind of ticket: incident, request, complaint, question … (for per-channel objectives). */
    channel?: string | null;
    created: Timestamp;
    /** First substantive response. */
    responded?: Timestamp | null;
    /** First assignment (for `clocks start at assignment`). */
    assigned?: Timestamp | null;
    /** Resolution; with reopenings, write the history in `events` (this adds a `resolved` status). */
    resolved?: Timestamp | null;
    events?: TicketEvent[];
}
export interface ContactRecord {
    id?: string | null;
    /** phone, email, chat, message, letter … */
    channel: string;
    /** Entered the queue. */
    arrived: Timestamp;
    answered?: Timestamp | null;
    abandoned?: Timestamp | null;
}
export type OutageKind = 'unplanned' | 'planned' | 'force-majeure' | 'customer-caused' | 'third-party';
export interface OutageRecord {
    id?: string | null;
    service: string;
    start: Timestamp;
    /** Null or absent: still going on (counted until `now`, or the end of the evaluated periods). */
    end?: Timestamp | null;
    kind: OutageKind;
    /** When planned maintenance was announced. */
    announced?: Timestamp | null;
}
export type QualityMetric = 'first-time-right' | 'csat' | 'nps' | 'reopen-ratio' | 'error-rate' | 'kpi';
/**
 * A quality measurement: either a value for a whole period (`period` + `value`), or one
 * observation at an instant (`at` + `score` / `firstTimeRight` / `reopened` / `errors` and
 * `tasks`), which the evaluator aggregates per period.
 */
export interface MeasurementRecord {
    /** The objective it feeds; or give `metric` (and `kpi`) to feed every objective measuring it. */
    objective?: string | null;
    metric?: QualityMetric | null;
    kpi?: string | null;
    /** `2026-03`, `2026-Q1`, `2026`, `2026-W11`, `2026-03-10`. */
    period?: string | null;
    at?: Timestamp | null;
    /** A period value in the unit of the objective's target: 87 for 87%, 7.8 for 7.8 out of 10, 1.4 for 1.4 per 100 tasks. */
    value?: number | null;
    /** One survey answer (CSAT or NPS). */
    score?: number | null;
    /** Scale of `score` (CSAT); default: the target's scale. */
    outOf?: number | null;
    firstTimeRight?: boolean | null;
    reopened?: boolean | null;
    errors?: number | null;
    tasks?: number | null;
}
export interface Dataset {
    tickets?: readonly TicketRecord[];
    contacts?: readonly ContactRecord[];
    outages?: readonly OutageRecord[];
    measurements?: readonly MeasurementRecord[];
}
export type RecordKind = 'ticket' | 'contact' | 'outage' | 'measurement';
export declare const recordKinds: readonly RecordKind[];
/** Where a record came from: a file and line, or a position in an array handed to `evaluate`. */
export interface RecordSource {
    file: string | null;
    /** 1-based line where the record starts (files only). */
    line: number | null;
    /** 0-based position among the records of its kind in its input. */
    index: number;
}
/** A rejected record, or a warning about an input. */
export interface DataProblem {
    severity: 'error' | 'warning';
    kind: RecordKind | null;
    file: string | null;
    line: number | null;
    index: number | null;
    /** JSON pointer-ish path of the field (`created`, `events/2/at`), or '' for the whole record. */
    field: string;
    message: string;
    /**
     * The problem as a code with parameters (runtime/data/problems.ts), from which a report words
     * it in its own language; null for problems that so far have only the English message.
     */
    code: ProblemCode | null;
    params: Record<string, string | number> | null;
    /** The record's id, when it has one. */
    id: string | null;
}
