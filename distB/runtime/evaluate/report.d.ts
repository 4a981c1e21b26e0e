/**
 * The evaluation report: one JSON document per run, described by runtime/schemas/report.json.
 * Deterministic: the same contract, data and options give the same bytes (no generation time,
 * no machine zone; instants are written in the contract's zone with their offset).
 */
import type { DataProblem, RecordKind } from '../data/types.js';
import type { RtClock, RtClockKind } from '../contract.js';
import type { BreachRuleResult } from './breach-rules.js';
import type { IncidentCredit } from './incident-credits.js';
import type { ProblemCode } from '../data/problems.js';
export declare const REPORT_FORMAT = "slac-report/1";
/** Where a record came from. */
export interface RecordRef {
    kind: RecordKind | 'tally';
    id: string | null;
    file: string | null;
    line: number | null;
    /** 0-based position among the records of its kind in its input. */
    index: number;
}
/** A span of time, ISO instants in the contract's zone, end exclusive. */
export interface Window {
    from: string;
    to: string;
}
/**
 * One step of the reasoning behind a number: which clause (`rule`, `line`), in words (`text`),
 * on which records and windows.
 */
export interface Explanation {
    rule: string;
    text: string;
    /** Line in the .sla file of the clause applied, or null. */
    line: number | null;
    records?: RecordRef[];
    windows?: Window[];
}
/** What a clock came to; `uncertain`: the ticket has statuses the contract does not know. */
export type ClockStatus = 'met' | 'breached' | 'pending' | 'paused' | 'not-started' | 'uncertain';
export interface ClockResult {
    kind: RtClockKind;
    /** The priority whose target applies: the one in force when the clock stopped (or at the evaluation instant). */
    priority: string;
    /** The target as the contract writes it: `4 business hours`. */
    target: string;
    targetLine: number;
    calendar: string | null;
    clock: RtClock;
    /** The instant the allowed time runs out (projected from the stop for a stopped clock); null while paused indefinitely. */
    due: string | null;
    /** When the clock started: creation, assignment or a status; for next reply and update, the start of the cycle reported. */
    started: string | null;
    /** When the clock stopped (first response, final resolution), or null while it runs. */
    stopped: string | null;
    status: ClockStatus;
    /** For an uncertain clock: the status it would have if the unknown statuses changed nothing; otherwise null. */
    assumed: Exclude<ClockStatus, 'uncertain'> | null;
    /**
     * Next reply and update clocks run once per cycle (a customer message owed a reply, an interval
     * between updates): how many cycles and how many were late. The clock reported is the first late
     * cycle, else the one running, else the last. Null for response and resolution.
     */
    cycles: {
        count: number;
        late: number;
    } | null;
    /** Time counted on the clock (open time of its calendar, or wall time) up to the stop or the evaluation instant. */
    elapsedMs: number;
    /** Real time the clock was paused. */
    pausedMs: number;
    /** Day clocks (working or calendar days): whole days counted. */
    elapsedDays: number | null;
    /** Time clocks not yet stopped: counted time left until due (negative: overdue). */
    remainingMs: number | null;
    explain: Explanation[];
}
export interface EscalationReached {
    escalation: string;
    step: number;
    role: string;
    contact: string | null;
    /** When the step was reached. */
    at: string;
    line: number;
    /** The next step and when it is due, for an open ticket. */
    next: {
        step: number;
        role: string;
        at: string;
    } | null;
}
/**
 * A notification due by the evaluation instant (runtime/evaluate/notifications.ts): a warning
 * threshold a ticket clock reached, or an escalation step a ticket reached.
 */
export interface Notification {
    /** When it was due. */
    at: string;
    ticket: string;
    kind: 'warning' | 'escalation';
    /** The clock warned about; null for an escalation step. */
    clock: RtClockKind | null;
    /** The warning threshold in percent of the clock's allowed time; null for an escalation step. */
    threshold: number | null;
    /** Who is told: the warning's `to`, or the step's role; null for a warning without `to`. */
    to: string | null;
    escalation: string | null;
    step: number | null;
    contact: string | null;
    /** Line in the .sla file of the warning or the step. */
    line: number;
}
/** How many notifications `notifications` lists: the earliest `max`, the rest counted. */
export interface NotificationSelection {
    max: number;
    omitted: number;
}
export interface TicketResult {
    id: string;
    source: RecordRef;
    tier: string | null;
    channel: string | null;
    /** Priority in force at the end (resolution, or the evaluation instant). */
    priority: string;
    created: string;
    resolved: string | null;
    open: boolean;
    reopened: number;
    priorityChanges: Array<{
        at: string;
        priority: string;
    }>;
    response: ClockResult | null;
    resolution: ClockResult | null;
    nextReply: ClockResult | null;
    update: ClockResult | null;
    /** Statuses in the ticket's history that the contract does not know (its clocks are uncertain). */
    unknownStatuses: string[];
    escalation: EscalationReached[];
}
export interface OpenTicket {
    id: string;
    priority: string;
    tier: string | null;
    created: string;
    clocks: Array<{
        kind: RtClockKind;
        due: string | null;
        remainingMs: number | null;
        status: ClockResult['status'];
        /** Share of the allowed time used, in percent. */
        used: number | null;
        /** Warning threshold in percent (`warn at 75% of resolution time`), or null when none applies. */
        warnAt: number | null;
        atRisk: boolean;
        /** The warning ladder for this clock: each threshold, who is told, and when it is (or was) reached. */
        warnings: Array<{
            at: number;
            to: string | null;
            line: number;
            when: string | null;
            reached: boolean;
        }>;
    }>;
    escalation: EscalationReached[];
}
export interface Money {
    /** Minor units (cents), or null when the contract has no fee to take a percentage of. */
    minor: number | null;
    /** Percentage of the monthly fee, or null for a fixed amount without a fee. */
    percentOfFee: number | null;
    currency: string | null;
}
export interface DowntimePart {
    ms: number;
    windows: Window[];
    records: RecordRef[];
}
export interface AvailabilityDetail {
    kind: 'availability';
    service: string;
    calendar: string | null;
    /** Time in the measurement window (real time while the calendar is open). */
    windowMs: number;
    /** Downtime counted against the objective, in the window. */
    downtimeMs: number;
    counted: DowntimePart & {
        overCapMs: number;
    };
    excluded: Array<DowntimePart & {
        reason: 'maintenance' | 'force-majeure' | 'customer-caused' | 'third-party';
        line: number;
    }>;
    /** Outage time outside the window (never counted). */
    outsideWindowMs: number;
    /** Allowed downtime left and how fast it is used (runtime/evaluate/error-budget.ts); null for an `at most` target. */
    budget: ErrorBudget | null;
}
export interface ErrorBudget {
    /** Downtime the target allows in the window. */
    allowedMs: number;
    usedMs: number;
    /** allowed − used; negative when overspent. */
    leftMs: number;
    /** Window time passed at the evaluation instant. */
    passedMs: number;
    /** Share of the budget used ÷ share of the window passed; null when nothing is allowed or nothing has passed. */
    burnRate: number | null;
}
export interface ShareDetail {
    kind: 'share';
    source: 'contacts' | 'tickets';
    channel: string | null;
    event: 'answered' | 'abandoned' | 'responded' | 'resolved' | 'replied' | 'updated';
    within: string | null;
    calendar: string | null;
    /** Items counted (the denominator). */
    counted: number;
    /** Items that meet the condition (answered in time, abandoned, resolved in time …). */
    hits: number;
    /** Not yet decided at the evaluation instant (not counted). */
    pending: number;
    /** Contacts that arrived while the calendar was closed (not counted). */
    outsideHours: number;
    /** Items whose cause the objective excludes (not counted). */
    excluded: number;
    /** Items beyond the allowed share of the forecast volume, latest arrivals first (not counted). */
    aboveForecast: number;
    /** Items of the channel that do not meet the objective's conditions (not counted). */
    unmatched: number;
    /** `replied` / `updated on time`: resolved tickets never owed a next reply or an update (not counted). */
    notOwed: number;
}
export interface QualityDetail {
    kind: 'quality';
    metric: string;
    kpi: string | null;
    /** `value`: a period value was given; `observations`: aggregated from single observations. */
    /** `tickets`: computed from the ticket data (`reopen ratio of tickets`): observations are the resolved tickets, records the reopened ones. */
    basis: 'value' | 'observations' | 'tickets' | 'none';
    observations: number;
    records: RecordRef[];
    /** Basis `tickets`: traced tickets beyond the first 1000 per period (counted, not listed); absent when none. */
    recordsOmitted?: number;
}
/** Averages and percentiles of times (runtime/evaluate/time-stats.ts). */
export interface TimeDetail {
    kind: 'time';
    statistic: 'average' | 'percentile';
    percentile: number | null;
    clock: 'response' | 'resolution' | 'answer' | 'handling';
    source: 'contacts' | 'tickets';
    channel: string | null;
    calendar: string | null;
    /** Times counted. */
    counted: number;
    /** Tickets or contacts whose clock had not stopped at the evaluation instant (not counted). */
    pending: number;
    /** Items whose cause the objective excludes (not counted). */
    excluded: number;
    /** The average or percentile in milliseconds (null without times). */
    valueMs: number | null;
    /** The records the number is computed from: all of them for an average, the one at the rank for a percentile. */
    records: RecordRef[];
    recordsOmitted: number;
}
export interface ObjectiveResult {
    objective: string;
    title: string | null;
    line: number;
    period: string;
    from: string;
    to: string;
    /** `per 12 months`: the window ends with `period`. */
    rolling: string | null;
    /** Measured value in the target's unit (percent, score, rate per N, number), or null without data. */
    sli: number | null;
    target: number;
    unit: string;
    direction: 'at least' | 'at most';
    met: boolean | null;
    /** How far the SLI is on the good side of the target (negative: missed by). */
    margin: number | null;
    detail: AvailabilityDetail | ShareDetail | QualityDetail | TimeDetail;
    explain: Explanation[];
    /** For a missed period: the step reached in each escalation that names the objective (`for objective …`). */
    escalation: EscalationReached[];
}
export interface BandRef {
    comparison: 'below' | 'above';
    threshold: number;
    amount: string;
    line: number;
}
export interface CapApplied {
    scope: 'ladder' | 'credit terms' | 'acceptance';
    line: number;
    period: string;
    limit: Money;
    reducedBy: Money;
}
export interface CreditResult {
    kind: 'credit' | 'bonus';
    objective: string;
    period: string;
    /** The month (or other cap period) the amount is booked in: the one in which its measurement period ends. */
    bookedIn: string;
    sli: number | null;
    band: BandRef | null;
    /** Amount of the band, before caps. */
    amount: Money;
    /** What is credited (or paid as a bonus) after the acceptance period and caps. */
    granted: Money;
    caps: CapApplied[];
    inAcceptancePeriod: boolean;
    explain: Explanation[];
}
export interface PeriodTotal {
    period: string;
    credits: Money;
    bonuses: Money;
}
export interface TicketSummary {
    total: number;
    resolved: number;
    open: number;
    responseMet: number;
    responseBreached: number;
    resolutionMet: number;
    resolutionBreached: number;
    nextReplyMet: number;
    nextReplyBreached: number;
    updateMet: number;
    updateBreached: number;
    pending: number;
    /** Clocks of tickets with statuses the contract does not know: neither met nor breached. */
    uncertain: number;
}
/**
 * A value in the data that the contract does not know (runtime/evaluate/unknown-values.ts): a
 * status (after the aliases), a priority or tier (even after the aliases), a custom field value
 * outside the field's `values`, or a custom field the contract does not declare; with how often it
 * occurs and where it occurs first.
 */
export interface UnknownValue {
    kind: RecordKind;
    /** `status`, `priority`, `tier`, or the name of a custom field. */
    field: string;
    /** The value; null when the custom field itself is not declared. */
    value: string | null;
    /** Records it occurs in. */
    count: number;
    file: string | null;
    line: number | null;
    /** 0-based position of the first record, when there is no line. */
    index: number;
    /** The first ticket it occurs in (tickets only). */
    id: string | null;
    message: string;
    /** The message as a code with parameters (runtime/data/problems.ts), for reports in other languages. */
    code: ProblemCode;
    params: Record<string, string | number>;
}
export interface DataSummary {
    supplied: RecordKind[];
    accepted: Record<RecordKind, number>;
    /** Rejected records (errors). */
    rejected: Record<RecordKind, number>;
    /** Records read but not evaluated, with a warning (outside the term, after `now` …). */
    skipped: Record<RecordKind, number>;
    problems: DataProblem[];
    /** Problems counted but not listed (the list keeps the first 1000). */
    problemsOmitted: number;
    /** Statuses, priorities, tiers and custom field values in the data that the contract does not know, in order of first appearance. */
    unknownValues: UnknownValue[];
    /** Per input (a file, or an array given to `evaluate`): records read = accepted + rejected + skipped. */
    files: InputSummary[];
}
/** The records of one input. Problems of the file itself (an unknown column, a truncated array) are not records. */
export interface InputSummary {
    /** The file, or null for an array given to `evaluate`. */
    file: string | null;
    kind: RecordKind;
    /** `parquet`: read by the SQL engine (--engine duckdb). */
    format: 'json' | 'ndjson' | 'csv' | 'parquet' | null;
    read: number;
    accepted: number;
    rejected: number;
    skipped: number;
    /** Records added without `beginInput` (internal; not in the report). */
    implicit?: true;
}
/** Which ticket results `tickets` lists. */
export interface TicketSelection {
    /** `all`; `exceptions`: a clock breached, or open at the evaluation instant; `none`. */
    include: 'all' | 'exceptions' | 'none';
    /** At most this many, the first in input order; null: no limit. */
    max: number | null;
    /** Tickets the selection includes beyond `max` (counted, not listed). */
    omitted: number;
}
export interface Report {
    format: typeof REPORT_FORMAT;
    /** The SQL engine that evaluated the tickets (cli/engines); absent for the JavaScript engine. */
    engine?: 'duckdb' | 'postgres';
    contract: {
        source: string | null;
        title: string | null;
        provider: string;
        customer: string;
        version: string | null;
        zone: string;
        currency: string | null;
        monthlyFeeMinor: number | null;
    };
    /** The requested period, `now`, and the instant open items were evaluated at. */
    options: {
        period: string | null;
        now: string | null;
        asOf: string | null;
    };
    objectives: ObjectiveResult[];
    credits: CreditResult[];
    bonuses: CreditResult[];
    /** Per month: credits (including credits per incident), bonuses, and the net settlement (credits − bonuses). */
    totals: Array<PeriodTotal & {
        net: Money;
    }>;
    /** Credits per ticket and per outage. */
    incidentCredits: IncidentCredit[];
    /** Improvement plans and termination rights after repeated breaches. */
    breachRules: BreachRuleResult[];
    ticketSummary: TicketSummary;
    /** Per ticket, as `ticketsListed` says (every ticket's result can be streamed with `onTicket` / `--tickets-out`). */
    tickets: TicketResult[];
    ticketsListed: TicketSelection;
    /** Open tickets at `now` (only with `now`). */
    open: OpenTicket[];
    /** Warnings and escalation steps reached by the tickets reported, in time order. */
    notifications: Notification[];
    notificationsListed: NotificationSelection;
    data: DataSummary;
}
