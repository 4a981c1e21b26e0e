import type { DocLang } from '../document/format/locale.js';
import type { ContractModel } from '../model.js';
import type { ObjectiveResult, Report } from '../../runtime/evaluate/report.js';
import { type TicketFacts } from './tickets.js';
/** The trend shows this many periods, ending at the report's. */
export declare const TREND_PERIODS = 12;
/** A table cell: a value from the data or the contract, or a word of the templates (with the values it reads). */
export type Cell = string | {
    word: string;
    context?: object;
};
export interface Table {
    /** Names the table (the CSV file, the heading partial `table-<name>`). */
    name: string;
    /** A breakdown by a custom field: the field's title (the heading partial `table-by-field` reads it). */
    field?: string | null;
    /** Column keys: the header partials `col-<key>`. */
    columns: string[];
    /** Columns with numbers (right-aligned). */
    numeric: number[];
    rows: Cell[][];
}
export type Reason = {
    kind: 'paused';
    total: string;
    windows: Array<{
        from: string;
        to: string;
    }>;
} | {
    kind: 'reopened';
    count: number;
} | {
    kind: 'priority';
    changes: Array<{
        priority: string;
        at: string;
    }>;
} | {
    kind: 'calendar';
    calendar: string;
} | {
    kind: 'running';
    asOf: string;
} | {
    kind: 'unknown';
    statuses: string[];
};
export interface Breach {
    id: string;
    priority: string;
    tier: string | null;
    /** `response`, `resolution`, `next-reply`, `update` (word keys `clock-…`). */
    clock: string;
    target: string;
    started: string | null;
    due: string | null;
    stopped: string | null;
    counted: string;
    cycles: {
        count: number;
        late: number;
    } | null;
    reasons: Reason[];
    /** The clock's course for the timeline: counted stretches and pauses, in local wall-clock ms (read as UTC). */
    timeline: {
        from: number;
        to: number;
        due: number | null;
        counted: Array<[number, number]>;
        paused: Array<[number, number]>;
    };
}
export interface TrendPoint {
    period: string;
    label: string;
    sli: number | null;
    met: boolean | null;
}
export interface ObjectiveView {
    name: string;
    title: string;
    kind: string;
    article: number;
    measured: string | null;
    target: string;
    direction: string;
    margin: string | null;
    met: boolean | null;
    unit: string;
    targetValue: number;
    /** The last TREND_PERIODS periods up to this one, oldest first (sli null: not measured). */
    trend: TrendPoint[];
    /** What a period of the trend is: `month`, `quarter`, `year`, `week` (word keys `periods-…`). */
    periodKind: string;
    /** Availability: allowed and used downtime in the period. */
    budget: {
        allowed: string;
        used: string;
        left: string;
        allowedMinutes: number;
        usedMinutes: number;
    } | null;
    /** Share objectives: items in time of those counted. */
    share: {
        hits: number;
        counted: number;
    } | null;
    downtime: string | null;
}
export interface ReportView {
    lang: DocLang;
    contract: {
        title: string;
        provider: string;
        customer: string;
        version: string | null;
        source: string | null;
    };
    period: {
        key: string | null;
        label: string;
    };
    asOf: string | null;
    now: string | null;
    objectives: ObjectiveView[];
    missed: ObjectiveView[];
    summary: Table;
    breaches: Breach[];
    breachesOmitted: number;
    settlement: {
        currency: string | null;
        table: Table;
        incidents: Table;
        /** Credits per incident beyond the listed ones: how many and what they grant, and all of them together. */
        incidentsOmitted: {
            count: number;
            granted: string;
            total: number;
            totalGranted: string;
        } | null;
        totals: Table;
        creditNote: {
            amount: string;
            invoiceMonth: string | null;
            basis: Cell[];
        } | null;
        hasAny: boolean;
    };
    breakdowns: Table[];
    /** Per clock (response, resolution) and priority, stopped clocks by the share of their target used. */
    distribution: Array<{
        clock: string;
        priority: string;
        bins: number[];
    }>;
    usedBounds: readonly number[];
    atRisk: Table | null;
    onTrack: number;
    quality: {
        files: Table;
        problems: Table;
        problemsOmitted: number;
        unknown: Table;
    };
    tables: Table[];
}
export interface ReportInput {
    report: Report;
    model: ContractModel;
    /** Every period's objective results (onObjective), in evaluation order. */
    history: ObjectiveResult[];
    tickets: TicketFacts;
    lang: DocLang;
}
/** `2026-03-09T11:00:00+01:00` → `9 maart 2026 11:00`: the local time the report JSON carries (ms are not shown). */
export declare function instant(iso: string, lang: DocLang): string;
/** At most this many credits per incident are listed (the largest), in the table and in the credit note's basis. */
export declare const MAX_INCIDENT_CREDITS = 50;
export declare function buildReportView({ report, model, history, tickets, lang }: ReportInput): ReportView;
