/**
 * The contract model: what a checked .sla file means, with names resolved, tier targets merged
 * with the defaults, units normalised and every element pointing back to its source line. The
 * evaluator emitter, the document renderer and the language server's hover read this, never the
 * raw AST, so each rule of meaning lives in one place (lower.ts).
 */
import type { UnderpinningModel } from './model-underpinning.js';
import type { CalendarSpec } from '../runtime/calendar-spec.js';
import type * as A from '../grammar/ast.js';
import type { LegalModel, OutageCreditsModel, PartyModel, RevisionsModel, TicketCreditsModel } from './model-legal.js';
export type * from './model-legal.js';
export type * from './model-underpinning.js';
/** Source line (1-based) of the element, for comments in generated code and for traces. */
export interface Located {
    line: number;
}
/** Wording by language; `null` key holds a language-neutral string (a proper name). */
export interface TextModel {
    /** language → text; a language-neutral string is stored under "*". */
    byLang: Record<string, string>;
}
export interface DurationModel {
    value: number;
    unit: A.TimeUnit;
    clock: A.DurationClock;
    /**
     * For elapsed and business clocks: milliseconds of (open) time. For working and calendar days:
     * the number of days. Months and years are never converted to milliseconds (0 here): they are
     * calendar arithmetic, done with luxon where they are used.
     */
    amount: number;
}
export type ValueModel = {
    kind: 'percentage';
    value: number;
} | {
    kind: 'money';
    minor: number;
    currency: string;
} | {
    kind: 'duration';
    duration: DurationModel;
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
export interface PeriodModel {
    unit: A.MeasurementPeriod;
    count: number;
    rolling: boolean;
}
export interface AgreementModel extends Located {
    title: TextModel;
    provider: string;
    customer: string;
    kind: A.AgreementKind;
    version: string | null;
    term: {
        from: string;
        to: string;
    };
    /** The fee as written, and normalised to one month. */
    fee: {
        minor: number;
        currency: string;
        period: 'month' | 'quarter' | 'year';
        monthlyMinor: number;
    } | null;
    languages: string[];
    review: DurationModel | null;
    governingLaw: string | null;
    changeProcedure: TextModel | null;
    acceptance: DurationModel | null;
    timeZone: string | null;
    texts: TextModel[];
}
export interface NamedModel extends Located {
    name: string;
    title: TextModel | null;
    texts: TextModel[];
}
export interface CalendarModel extends NamedModel {
    spec: CalendarSpec;
    /** The weekly hours as written, for documents: one entry per `Hours` statement. */
    hours: Array<{
        everyDay: boolean;
        days: Array<{
            from: A.Weekday;
            to: A.Weekday;
        }>;
        ranges: Array<{
            from: string;
            to: string;
        }>;
    }>;
    /** `open on …` lines as written, for documents. */
    special: Array<{
        dates: string[];
        holidays: boolean;
        ranges: Array<{
            from: string;
            to: string;
        }>;
    }>;
}
export interface MatrixModel extends Located {
    impact: string[];
    urgency: string[];
    cells: Array<{
        impact: string;
        urgency: string;
        priority: string;
    }>;
    texts: TextModel[];
}
export interface TargetModel extends Located {
    priority: string;
    target: A.TargetKind;
    within: DurationModel;
    /** The calendar the clock runs on; null: wall-clock time. */
    calendar: string | null;
    /** Where the target came from: the tier itself or the default `targets` block. */
    from: 'tier' | 'defaults';
    /** `for team "Netwerk"`: the tickets the target applies to; empty: every ticket of the priority. */
    conditions: ConditionModel[];
}
export interface PauseModel extends Located {
    condition: A.PauseCondition;
    status: string | null;
    /** At most this much paused time per ticket; beyond it the clock runs. */
    cap: DurationModel | null;
}
/** When a tier's response and resolution clocks start. */
export interface ClockStartModel extends Located {
    at: 'creation' | 'assignment' | 'status';
    status: string | null;
}
/** One status of the provider's tool and what it means for the clocks. */
export interface StatusModel extends Located {
    name: string;
    meaning: A.StatusMeaning;
    reason: 'customer' | 'third-party' | null;
}
export interface StatusesModel extends Located {
    statuses: StatusModel[];
    texts: TextModel[];
}
/** `priority "1 - Kritiek" is P1`: a value in the data that stands for a name of the contract. */
export interface AliasModel extends Located {
    field: 'priority' | 'tier' | 'status';
    value: string;
    target: string;
}
export interface TierModel extends NamedModel {
    /** True for the implicit tier of a contract without tiers: the default targets alone. */
    implicit: boolean;
    targets: TargetModel[];
    pauses: PauseModel[];
    /** Where response and resolution clocks start; creation when the contract does not say. */
    start: ClockStartModel | null;
}
export interface ExclusionModel extends Located {
    exclusion: A.ExclusionKind;
    notice: DurationModel | null;
    cap: DurationModel | null;
    capPeriod: PeriodModel | null;
    /** `excluding volume above 115% of forecast` → 115. */
    volumeAbove: number | null;
    /** `every sunday 02:00 to 06:00`: minute ranges per ISO weekday (0 = Monday), and as written. */
    window: {
        weekly: Array<Array<[number, number]>>;
        everyDay: boolean;
        days: Array<{
            from: A.Weekday;
            to: A.Weekday;
        }>;
        ranges: Array<{
            from: string;
            to: string;
        }>;
    } | null;
    /** The calendar the notice is counted on (`announced … ahead on office`); null: the objective's. */
    noticeCalendar: string | null;
}
export type MeasureModel = {
    kind: 'availability';
    service: string;
    direction: A.Direction;
    target: ValueModel;
    calendar: string | null;
} | {
    kind: 'share';
    direction: A.Direction;
    target: ValueModel;
    noun: string;
    verb: string;
    source: 'contacts' | 'tickets';
    channel: string | null;
    event: 'answered' | 'abandoned' | 'responded' | 'resolved' | 'replied' | 'updated';
    within: DurationModel | null;
    /** `on time`: each item against its own target (the ticket's tier target for the clock). */
    onTime: boolean;
    calendar: string | null;
} | TimeMeasureModel | {
    kind: 'quality';
    metric: A.QualityMetric;
    kpi: string | null;
    /** `reopen ratio of incidents`: the ticket data's items and channel; null noun: from measurements. */
    noun: string | null;
    channel: string | null;
    direction: A.Direction;
    target: ValueModel;
};
/** `average resolution time …`, `90th percentile of answer time of calls …` (compiler/lower-goals.ts). */
export interface TimeMeasureModel {
    kind: 'time';
    statistic: 'average' | 'percentile';
    percentile: number | null;
    clock: 'response' | 'resolution' | 'answer' | 'handling';
    source: 'contacts' | 'tickets';
    /** The counted items as written (null: every ticket or contact) and their channel. */
    noun: string | null;
    channel: string | null;
    direction: A.Direction;
    target: ValueModel;
    calendar: string | null;
}
/** `field team "Team" values "Netwerk", "Werkplek"`: a field of the data; `values` null for open text. */
export interface FieldModel extends NamedModel {
    values: string[] | null;
}
/** `for team "Netwerk", "Werkplek"`: a record matches when its field has one of the values. */
export interface ConditionModel extends Located {
    /** `priority`, `tier`, `channel`, `language` or a declared field. */
    field: string;
    values: string[];
}
export interface ObjectiveModel extends NamedModel {
    measure: MeasureModel;
    /** All must hold (and); the values of one condition are alternatives (or). */
    conditions: ConditionModel[];
    /** Measurement period; `per month` when the contract does not say. */
    period: PeriodModel;
    exclusions: ExclusionModel[];
}
export interface AmountModel {
    /** Percentages are of the monthly fee. */
    value: {
        kind: 'percentage';
        value: number;
    } | {
        kind: 'money';
        minor: number;
        currency: string;
    };
}
export interface BandModel extends Located {
    comparison: 'below' | 'above';
    threshold: ValueModel;
    amount: AmountModel;
}
export interface CapModel extends Located {
    amount: AmountModel;
    period: PeriodModel;
}
export interface LadderModel extends Located {
    objective: string;
    /** Ordered from the mildest band to the most severe. */
    bands: BandModel[];
    caps: CapModel[];
    soleRemedy: boolean;
    texts: TextModel[];
}
export interface CreditTermsModel extends Located {
    caps: CapModel[];
    soleRemedy: boolean;
    /** The credits are a penalty (boete, art. 6:91 BW) rather than a price reduction. */
    penalty: boolean;
    texts: TextModel[];
}
export interface EscalationStepModel extends Located {
    number: number;
    role: TextModel;
    after: DurationModel;
    calendar: string | null;
    /** A name or address (language-neutral) or a role per language. */
    contact: TextModel | null;
}
export interface EscalationModel extends NamedModel {
    /** Empty: every priority. */
    priorities: string[];
    countedFrom: 'creation' | 'breach';
    /** The warning ladder, in the contract's order. */
    warnings: Array<{
        at: number;
        target: A.TargetKind;
        to: TextModel | null;
        line: number;
    }>;
    /** `including paused time`: step times run through pauses. */
    includePaused: boolean;
    /** `for objective …`: the objectives whose missed periods escalate. */
    objectives: string[];
    steps: EscalationStepModel[];
    /** Conditions on fields other than priority (`for priority` adds to `priorities`). */
    conditions: ConditionModel[];
}
export interface ReportModel extends Located {
    title: TextModel;
    frequency: A.Frequency;
    recipient: TextModel | null;
    covering: string[];
}
export interface ScenarioModel extends Located {
    title: TextModel;
    /** The AST statements, which the scenario runner interprets with the contract's zone. */
    zone: string | null;
    body: A.ScenarioStmt[];
}
export interface ContractModel {
    agreement: AgreementModel;
    fields: FieldModel[];
    services: NamedModel[];
    exclusions: TextModel[];
    responsibilities: TextModel[];
    calendars: CalendarModel[];
    priorities: NamedModel[];
    matrix: MatrixModel | null;
    /** At least one: the implicit tier when the contract declares none. */
    tiers: TierModel[];
    /** Wording of the default `targets` block: it applies to every tier (and is not a tier's own). */
    targetTexts: TextModel[];
    objectives: ObjectiveModel[];
    credits: LadderModel[];
    bonuses: LadderModel[];
    creditTerms: CreditTermsModel | null;
    escalations: EscalationModel[];
    reports: ReportModel[];
    reportingTexts: TextModel[];
    scenarios: ScenarioModel[];
    /** The contract's own statuses; null: the built-in Dutch and English vocabulary applies. */
    statuses: StatusesModel | null;
    aliases: AliasModel[];
    parties: {
        provider: PartyModel;
        customer: PartyModel;
    };
    legal: LegalModel;
    outageCredits: OutageCreditsModel[];
    ticketCredits: TicketCreditsModel | null;
    revisions: RevisionsModel;
    /** The OLAs and underpinning contracts this SLA names; absent or null: none. */
    underpinning?: UnderpinningModel | null;
    /** SHA-256 of the .sla source and the files it imports (hex), printed in the documents' footer; '' when unknown. */
    sourceHash: string;
}
