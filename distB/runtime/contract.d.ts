/**
 * The runtime contract: everything an evaluator needs to know about an agreement, as plain,
 * JSON-serialisable data. The compiler produces it from the contract model
 * (`compiler/emit/runtime-contract.ts`) and bakes it into each generated module; the engine in
 * `runtime/evaluate/` reads nothing else. No AST or compiler types here: the runtime never
 * depends on the parser.
 *
 * Conventions:
 *  - every element carries `line`, its 1-based line in the .sla file, for explanation traces;
 *  - durations keep the unit they were written in and a normalised `amount` (see RtDuration);
 *  - money is in minor units (cents); percentages are numbers such as 99.9.
 */
import type { CalendarSpec } from './calendar-spec.js';
import type { RtBreachRule, RtOutageCredits, RtTicketCredits } from './contract-legal.js';
export type * from './contract-legal.js';
export declare const CONTRACT_FORMAT = "slac-contract/1";
/** Wording by language code; a language-neutral string (a proper name) is stored under "*". */
export type RtText = Record<string, string>;
export type RtTimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
/**
 * How a duration is counted (see the language reference):
 * - `elapsed`: plain time; on a calendar it counts that calendar's open time;
 * - `business`: open time of the calendar in force;
 * - `working`: whole working days of the calendar in force;
 * - `calendar`: calendar days regardless of opening hours.
 */
export type RtClock = 'elapsed' | 'business' | 'working' | 'calendar';
export interface RtDuration {
    value: number;
    unit: RtTimeUnit;
    clock: RtClock;
    /**
     * Elapsed and business clocks: milliseconds. Working and calendar clocks: a number of days.
     * Months and years (0 here) are calendar arithmetic in the contract's zone.
     */
    amount: number;
}
export interface RtPeriod {
    unit: 'day' | 'week' | 'month' | 'quarter' | 'year';
    /** `per 12 months` → 12 (rolling); `per month` → 1. */
    count: number;
    rolling: boolean;
}
/** A value as the contract writes it: a threshold, a target or an expected outcome. */
export type RtValue = {
    kind: 'percentage';
    value: number;
} | {
    kind: 'money';
    minor: number;
    currency: string;
} | {
    kind: 'duration';
    duration: RtDuration;
} | {
    kind: 'number';
    value: number;
} | {
    kind: 'score';
    value: number;
    outOf: number;
} | {
    kind: 'rate';
    count: number;
    per: number;
    noun: string;
};
/** A credit or bonus amount: a percentage of the monthly fee, or a fixed sum. */
export type RtAmount = {
    kind: 'percentage';
    value: number;
} | {
    kind: 'money';
    minor: number;
    currency: string;
};
export interface RtCalendar extends CalendarSpec {
    line: number;
    title: RtText | null;
}
export interface RtNamed {
    name: string;
    line: number;
    title: RtText | null;
}
/** The ticket clocks: first response, next reply, periodic update, resolution. */
export type RtClockKind = 'response' | 'resolution' | 'next-reply' | 'update';
export interface RtTarget {
    priority: string;
    target: RtClockKind;
    within: RtDuration;
    /** Calendar the clock runs on; null: wall-clock time. */
    calendar: string | null;
    line: number;
    /** Whether the target is the tier's own or inherited from the `targets` block. */
    from: 'tier' | 'defaults';
    /**
     * `for team "Netwerk"`: the target applies to the tickets that match every condition. Of the
     * targets for one priority and clock, the first with conditions that match applies, else the
     * one without. Absent: every ticket of the priority.
     */
    conditions?: RtCondition[];
}
export interface RtPause {
    condition: 'customer' | 'third-party' | 'status';
    /** The ticket status for `paused while status "on hold"`. */
    status: string | null;
    /** Paused time allowed per ticket (beyond it the clock runs), or null. */
    cap: RtDuration | null;
    line: number;
}
export interface RtClockStart {
    at: 'creation' | 'assignment' | 'status';
    status: string | null;
    line: number;
}
export type RtStatusMeaning = 'starts' | 'pauses' | 'resolves' | 'closes' | 'reopens' | 'none';
export interface RtStatus {
    name: string;
    meaning: RtStatusMeaning;
    /** Why a pausing status pauses: a tier pauses for the reasons it names; null pauses every clock. */
    reason: 'customer' | 'third-party' | null;
    /** 0 for the built-in vocabulary. */
    line: number;
}
export interface RtAlias {
    field: 'priority' | 'tier' | 'status';
    value: string;
    target: string;
    line: number;
}
export interface RtTier extends RtNamed {
    /** The tier of a contract without tiers: tickets need not name it. */
    implicit: boolean;
    targets: RtTarget[];
    pauses: RtPause[];
    /** Where response and resolution clocks start; null: at creation. */
    start: RtClockStart | null;
}
export type RtDirection = 'at least' | 'at most';
export type RtMeasure = {
    kind: 'availability';
    service: string;
    direction: RtDirection;
    target: RtValue;
    calendar: string | null;
} | {
    kind: 'share';
    direction: RtDirection;
    target: RtValue;
    /** The counted items as written (calls, e-mails, tickets …). */
    noun: string;
    verb: string;
    source: 'contacts' | 'tickets';
    /** Contact channel or ticket channel in the data; null counts every record of the source. */
    channel: string | null;
    event: 'answered' | 'abandoned' | 'responded' | 'resolved' | 'replied' | 'updated';
    within: RtDuration | null;
    /** Each item against its own target (the tier's target for the clock). */
    onTime: boolean;
    calendar: string | null;
} | RtTimeMeasure | {
    kind: 'quality';
    metric: 'first-time-right' | 'csat' | 'nps' | 'reopen-ratio' | 'error-rate' | 'kpi';
    kpi: string | null;
    /** `reopen ratio of tickets`, `first time right of tickets`: computed from the ticket data (runtime/evaluate/reopens.ts); absent or null: from measurements. */
    noun?: string | null;
    channel?: string | null;
    direction: RtDirection;
    target: RtValue;
};
/** Averages and percentiles of ticket and contact times (runtime/evaluate/time-stats.ts). */
export interface RtTimeMeasure {
    kind: 'time';
    statistic: 'average' | 'percentile';
    percentile: number | null;
    clock: 'response' | 'resolution' | 'answer' | 'handling';
    source: 'contacts' | 'tickets';
    noun: string | null;
    channel: string | null;
    direction: RtDirection;
    target: RtValue;
    calendar: string | null;
}
/** A declared field of the data: `values` lists the allowed values, null for open text. */
export interface RtField {
    name: string;
    title: RtText | null;
    values: string[] | null;
    line: number;
}
/** A record matches when its `field` has one of `values` (runtime/evaluate/conditions.ts). */
export interface RtCondition {
    field: string;
    values: string[];
    line: number;
}
export interface RtExclusion {
    /** `calamity` and `volume` stand on contact and ticket objectives only. */
    exclusion: 'maintenance' | 'force-majeure' | 'customer-caused' | 'third-party' | 'calamity' | 'volume';
    notice: RtDuration | null;
    cap: RtDuration | null;
    capPeriod: RtPeriod | null;
    /** `excluding volume above 115% of forecast` → 115; absent or null otherwise. */
    volumeAbove?: number | null;
    /** `every sunday 02:00 to 06:00`: minute ranges per ISO weekday (0 = Monday), local to the objective's calendar (else the contract's zone). */
    window?: ReadonlyArray<ReadonlyArray<readonly [number, number]>> | null;
    /** The calendar the notice is counted on; absent or null: the objective's. */
    noticeCalendar?: string | null;
    line: number;
}
export interface RtObjective extends RtNamed {
    measure: RtMeasure;
    /** All must hold; absent in contracts compiled before conditions existed. */
    conditions?: RtCondition[];
    period: RtPeriod;
    exclusions: RtExclusion[];
}
export interface RtBand {
    comparison: 'below' | 'above';
    threshold: RtValue;
    amount: RtAmount;
    line: number;
}
export interface RtCap {
    amount: RtAmount;
    period: RtPeriod;
    line: number;
}
export interface RtLadder {
    objective: string;
    /** Mildest band first, most severe last. */
    bands: RtBand[];
    caps: RtCap[];
    soleRemedy: boolean;
    line: number;
}
export interface RtCreditTerms {
    caps: RtCap[];
    soleRemedy: boolean;
    line: number;
}
export interface RtEscalationStep {
    number: number;
    role: RtText;
    after: RtDuration;
    calendar: string | null;
    /** A name or address under `*`, or a role per language. */
    contact: RtText | null;
    line: number;
}
export interface RtEscalation extends RtNamed {
    /** Empty: every priority. */
    priorities: string[];
    countedFrom: 'creation' | 'breach';
    /** The warning ladder, in the contract's order; `to` is who is told. */
    warnings: Array<{
        at: number;
        target: RtClockKind;
        to: RtText | null;
        line: number;
    }>;
    /** Step times count paused time too (`including paused time`); otherwise pauses are skipped. */
    includePaused: boolean;
    /**
     * Objectives whose missed periods escalate (`for objective …`), counted from the end of the
     * period. An escalation that names objectives applies to tickets only when it names priorities too.
     */
    objectives: string[];
    steps: RtEscalationStep[];
    /** Conditions on fields other than priority; all must hold. */
    conditions?: RtCondition[];
}
export interface RtAgreement {
    title: RtText;
    provider: string;
    customer: string;
    kind: 'customer' | 'internal' | 'multilevel';
    version: string | null;
    /** Local dates (ISO) in the contract's zone; `to` is the last day of the term. */
    term: {
        from: string;
        to: string;
    };
    fee: {
        minor: number;
        currency: string;
        period: 'month' | 'quarter' | 'year';
        monthlyMinor: number;
    } | null;
    acceptance: RtDuration | null;
    languages: string[];
    line: number;
}
export interface RuntimeContract {
    format: typeof CONTRACT_FORMAT;
    /** Base name of the .sla file the contract was compiled from (for traces), or null. */
    source: string | null;
    /**
     * The zone measurement periods, the term and the acceptance period are read in: the
     * agreement's `timezone`, else the first calendar's, else UTC.
     */
    zone: string;
    agreement: RtAgreement;
    /** Declared custom fields of the data. */
    fields?: RtField[];
    services: RtNamed[];
    calendars: RtCalendar[];
    priorities: RtNamed[];
    tiers: RtTier[];
    objectives: RtObjective[];
    credits: RtLadder[];
    bonuses: RtLadder[];
    creditTerms: RtCreditTerms | null;
    escalations: RtEscalation[];
    /** The statuses of the provider's tool; null: the built-in vocabulary (runtime/evaluate/statuses.ts). */
    statuses: RtStatus[] | null;
    aliases: RtAlias[];
    /** Absent in contracts compiled before credits per incident existed: read as none. */
    ticketCredits?: RtTicketCredits | null;
    outageCredits?: RtOutageCredits[];
    breachRules?: RtBreachRule[];
}
/** What a generated module exports as `metadata`: who, what and which names the data may use. */
export interface ContractMetadata {
    format: typeof CONTRACT_FORMAT;
    source: string | null;
    title: RtText;
    provider: string;
    customer: string;
    version: string | null;
    term: {
        from: string;
        to: string;
    };
    zone: string;
    priorities: string[];
    tiers: string[];
    services: string[];
    objectives: string[];
    calendars: string[];
}
export declare function contractMetadata(c: RuntimeContract): ContractMetadata;
/** A text in the preferred language: `lang`, else English, else the neutral string, else any. */
export declare function pickText(text: RtText | null | undefined, lang?: string): string | null;
