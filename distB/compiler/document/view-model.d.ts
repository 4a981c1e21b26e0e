/**
 * Contract model → view model: plain data for the document templates, in one language. Every
 * derived fact (allowed downtime, amounts of the monthly fee, the end of the acceptance period,
 * holidays in the term) is computed here, and every value is already formatted for the locale.
 * The view model holds data and enumeration keys only; all contract wording is in the templates.
 */
import { type VmCondition, type VmField, type VmSpecialHours } from './view-goals.js';
import type * as A from '../../grammar/ast.js';
import type * as M from '../model.js';
import { type DocLang } from './format/locale.js';
import { type VmStatuses } from './lifecycle-view.js';
import { type VmLegal } from './view-legal.js';
import { type ChangeLogInput, type VmChangeLog } from './change-log.js';
import { type VmUnderpinning } from './view-underpinning.js';
/** A text in the document's language; null when that language is missing (the template shows a marker). */
export type Txt = string | null;
export interface VmPeriod {
    unit: A.MeasurementPeriod;
    count: number;
    countText: string;
    rolling: boolean;
}
export interface VmValue {
    kind: M.ValueModel['kind'];
    text: string;
    /** The counted noun of a rate (`tasks`), as written; the template words it. */
    noun: string | null;
}
export interface VmAmount {
    ofFee: boolean;
    /** `5%` or `€ 250,00`. */
    text: string;
    /** For a share of the monthly fee: the amount it comes to, when the fee is known. */
    money: string | null;
}
export interface VmTarget {
    duration: string;
    clock: A.DurationClock;
    /** Title of the service window the clock runs in; null: plain clock time. */
    window: Txt;
    hasWindow: boolean;
}
export interface VmCalendar {
    name: string;
    title: Txt;
    hours: string[];
    alwaysOpen: boolean;
    zone: string;
    holidays: Array<{
        country: string;
        countryName: string;
        region: string | null;
        regionName: string | null;
    }>;
    closed: string[];
    special: VmSpecialHours[];
    texts: Txt[];
}
export interface VmDowntimeLength {
    days: number;
    daysText: string;
    window: string;
    allowed: string;
    allowedMs: number;
}
export interface VmDowntimeWindow {
    label: string;
    open: string;
    allowed: string;
    openMs: number;
    allowedMs: number;
}
export interface VmDowntime {
    /** 24×7 window: nominal figures. */
    alwaysOpen: boolean;
    average: {
        days: string;
        window: string;
        allowed: string;
        allowedMs: number;
    } | null;
    lengths: VmDowntimeLength[];
    /** Other windows: open time and allowed downtime per measurement window of the term. */
    windows: VmDowntimeWindow[];
    range: {
        min: string;
        max: string;
        minMs: number;
        maxMs: number;
    } | null;
    /** Days and weeks are not listed window by window. */
    enumerated: boolean;
}
export interface VmExclusion {
    exclusion: A.ExclusionKind;
    notice: string | null;
    cap: string | null;
    capPeriod: VmPeriod | null;
    /** `excluding volume above 115% of forecast`: the share, worded. */
    volumeAbove: string | null;
    /** The maintenance window (`every Sunday 02:00–06:00`), worded. */
    window: string | null;
    /** The service window the notice is counted on, when it is not the objective's. */
    noticeWindow: Txt;
}
export interface VmObjective {
    name: string;
    title: Txt;
    kind: M.MeasureModel['kind'];
    atLeast: boolean;
    target: VmValue;
    period: VmPeriod;
    texts: Txt[];
    /** Share objectives. */
    noun: string | null;
    verb: string | null;
    event: string | null;
    within: string | null;
    /** Availability and share objectives: the service window; null for plain clock time. */
    window: Txt;
    hasWindow: boolean;
    /** Quality objectives. */
    metric: A.QualityMetric | null;
    kpi: string | null;
    /** Availability objectives. */
    service: Txt;
    downtime: VmDowntime | null;
    exclusions: VmExclusion[];
    /** Share objectives: each item against its own target (`on time`). */
    onTime: boolean;
    /** Time objectives (view-goals.ts). */
    statistic: string | null;
    /** `90th`, `90e`. */
    percentile: string | null;
    /** The percentile as a number: 90. */
    rank: number | null;
    clock: string | null;
    source: 'tickets' | 'contacts' | null;
    conditions: VmCondition[];
    /** Contact and ticket objectives: the excluded causes, and the volume rule. */
    causes: VmExclusion[];
    volume: VmExclusion | null;
}
export interface VmLadder {
    objective: Txt;
    objectiveName: string;
    objectiveKind: M.MeasureModel['kind'] | null;
    bands: Array<{
        comparison: 'below' | 'above';
        threshold: VmValue;
        amount: VmAmount;
    }>;
    caps: Array<{
        amount: VmAmount;
        period: VmPeriod;
    }>;
    soleRemedy: boolean;
    texts: Txt[];
}
export type VmScenarioFact = {
    kind: 'ticket';
    id: string;
    priority: Txt;
    tier: Txt;
    hasTier: boolean;
    fields: VmCondition[];
    created: string;
    events: Array<{
        event: A.TicketEventKind;
        at: string;
        status: string | null;
        priority: Txt | null;
    }>;
} | {
    kind: 'outage';
    service: Txt;
    from: string;
    to: string;
    length: string;
    outage: A.OutageKind;
    announced: string | null;
} | {
    kind: 'contacts';
    count: string;
    noun: string;
    verb: string;
    after: string | null;
    period: string;
} | {
    kind: 'measurement';
    objective: Txt;
    period: string;
    value: VmValue;
};
/** `passed`: what the evaluation engine computed agrees (true) or not (false); null when it could not run. */
export type VmExpectation = {
    passed: boolean | null;
} & ({
    kind: 'ticket';
    ticket: string;
    target: A.TargetKind;
    outcome: A.ClockOutcome;
} | {
    kind: 'clock';
    ticket: string;
    target: A.TargetKind;
    measure: 'due' | 'elapsed' | 'remaining';
    value: string;
} | {
    kind: 'at-risk';
    ticket: string;
    target: A.TargetKind;
} | {
    kind: 'step';
    ticket: string;
    escalation: Txt | null;
    step: number | null;
} | {
    kind: 'credit';
    objective: Txt;
    period: string;
    amount: VmAmount | null;
} | {
    kind: 'objective';
    objective: Txt;
    period: string;
    outcome: A.ClockOutcome;
} | {
    kind: 'value';
    objective: Txt;
    period: string;
    value: VmValue;
} | {
    kind: 'ticket-credit';
    ticket: string;
    target: A.TargetKind;
    amount: VmAmount | null;
} | {
    kind: 'outage-credit';
    objective: Txt;
    from: string;
    amount: VmAmount | null;
}
/** `period` null: the rule is not triggered. */
 | {
    kind: 'breach-rule';
    consequence: A.ExpectBreachRuleConsequence;
    objective: Txt;
    period: string | null;
});
export interface VmScenario {
    number: number;
    title: Txt;
    zone: string | null;
    /** Some fact is at a time of day (tickets, outages, `now`): the time zone is worth saying. */
    hasTimes: boolean;
    now: string | null;
    texts: Txt[];
    facts: VmScenarioFact[];
    expectations: VmExpectation[];
    /** The engine ran the scenario and every expectation holds: the example is checked. */
    verified: boolean;
    /** The engine ran and some expectation does not hold (the draft shows a marker). */
    failed: boolean;
}
export interface DocumentView {
    lang: DocLang;
    locale: string;
    agreement: {
        title: Txt;
        provider: string;
        customer: string;
        kind: A.AgreementKind;
        version: string | null;
        from: string;
        to: string;
        fee: {
            amount: string;
            period: 'month' | 'quarter' | 'year';
            monthly: string;
        } | null;
        review: string | null;
        governingLaw: {
            code: string;
            name: string;
        } | null;
        /** Dutch law governs: the definitions may cite the Dutch Civil Code. */
        dutchLaw: boolean;
        changeProcedure: Txt;
        hasChangeProcedure: boolean;
        acceptance: {
            duration: string;
            from: string;
            to: string | null;
        } | null;
        timeZone: string | null;
        texts: Txt[];
    };
    services: Array<{
        name: string;
        title: Txt;
        texts: Txt[];
    }>;
    exclusions: Txt[];
    responsibilities: Txt[];
    calendars: VmCalendar[];
    priorities: Array<{
        name: string;
        title: Txt;
        texts: Txt[];
        aliases: string[];
    }>;
    matrix: {
        urgency: string[];
        rows: Array<{
            impact: string;
            cells: Txt[];
        }>;
        texts: Txt[];
    } | null;
    tiers: Array<{
        name: string;
        title: Txt;
        implicit: boolean;
        rows: Array<{
            name: string;
            priority: Txt;
            response: VmTarget | null;
            resolution: VmTarget | null;
            nextReply: VmTarget | null;
            update: VmTarget | null;
        }>;
        /** Targets with conditions (`for team "Netwerk"`), in the order written: they take precedence over the table. */
        conditioned: Array<{
            priority: Txt;
            target: A.TargetKind;
            value: VmTarget;
            conditions: VmCondition[];
        }>;
        /** Whether the table has next-reply and update columns, and the column widths that go with them. */
        hasNextReply: boolean;
        hasUpdate: boolean;
        widths: string;
        pauses: Array<{
            condition: A.PauseCondition;
            status: string | null;
            cap: string | null;
        }>;
        start: {
            at: 'assignment' | 'status';
            status: string | null;
        } | null;
        texts: Txt[];
    }>;
    /** The statuses of the provider's tool, when the contract declares them. */
    statuses: (VmStatuses & {
        texts: Txt[];
    }) | null;
    /** Some tier has response or resolution targets. */
    hasTargets: boolean;
    /** Wording of the default targets, for every tier. */
    targetTexts: Txt[];
    /** Every tier pauses its clocks for the same reasons: one clause says it for all. */
    commonPauses: Array<{
        condition: A.PauseCondition;
        status: string | null;
        cap: string | null;
    }> | null;
    /** Share and quality objectives (article 8). */
    performance: VmObjective[];
    /** Availability objectives (articles 9 and 10). */
    availability: VmObjective[];
    credits: VmLadder[];
    bonuses: VmLadder[];
    creditTerms: {
        caps: Array<{
            amount: VmAmount;
            period: VmPeriod;
        }>;
        soleRemedy: boolean;
        texts: Txt[];
    } | null;
    escalations: Array<{
        name: string;
        title: Txt;
        priorities: Txt[];
        countedFrom: 'creation' | 'breach';
        /** `hasTo`: the warning names whom it goes to (`to` is null when that text lacks the document's language). */
        warnings: Array<{
            at: string;
            target: A.TargetKind;
            to: Txt;
            hasTo: boolean;
        }>;
        includePaused: boolean;
        /** The objectives whose missed periods escalate, and whether the procedure applies to tickets too. */
        objectives: Txt[];
        forTickets: boolean;
        conditions: VmCondition[];
        steps: Array<{
            number: number;
            role: Txt;
            after: string;
            window: Txt;
            hasWindow: boolean;
            contact: Txt;
            hasContact: boolean;
        }>;
        texts: Txt[];
    }>;
    reports: Array<{
        title: Txt;
        frequency: A.Frequency;
        recipient: Txt;
        hasRecipient: boolean;
        covering: Txt[];
    }>;
    reportingTexts: Txt[];
    scenarios: VmScenario[];
    holidaySets: Array<{
        countryName: string;
        regionName: string | null;
        calendars: Txt[];
        days: Array<{
            date: string;
            name: string | null;
        }>;
    }>;
    closedDays: Array<{
        calendar: Txt;
        days: string[];
    }>;
    annexes: {
        holidays: string | null;
        downtime: string | null;
        examples: string | null;
        underpinning: string | null;
    };
    /** The annex of underpinning agreements; null: the contract names none. */
    underpinning: VmUnderpinning | null;
    /** The change-log annex, when the document is given the changes since a previous version. */
    changeLog: VmChangeLog | null;
    /** The time zones of the service windows (usually one). */
    zones: string[];
    /** The average month the 24×7 downtime figures use. */
    averageMonth: {
        days: string;
        hours: string;
        yearDays: string;
    };
    /** Which defined terms the contract uses: the definitions article explains only these. */
    uses: Record<string, boolean>;
    legal: VmLegal;
    /** Declared custom fields (definitions article). */
    fields: VmField[];
}
/** Contract wording (`text nl "…"`): only the document's language counts. */
export declare function wording(t: M.TextModel | null, lang: DocLang): Txt;
/**
 * A title: the document's language, or a language-neutral string when the title gives no language
 * at all (a proper name reads the same in every language). A title in other languages only is missing.
 */
export declare function title(t: M.TextModel | null, lang: DocLang): Txt;
/** The title of a named element, or its name when it has none. */
declare function nameOf(n: M.NamedModel, lang: DocLang): Txt;
export declare function period(p: M.PeriodModel, lang: DocLang): VmPeriod;
export declare function value(v: M.ValueModel, lang: DocLang): VmValue;
export declare function amount(a: M.AmountModel, fee: M.AgreementModel['fee'], lang: DocLang): VmAmount;
export interface ViewOptions {
    /** Run the scenarios through the evaluation engine to mark each worked example as checked (default true). */
    checkExamples?: boolean;
    /** The semantic changes since a previous version: the change-log annex (none without). */
    changeLog?: ChangeLogInput;
}
/** Annexes, lettered in order of appearance; known without computing what they list. */
export declare function annexLetters(model: M.ContractModel): DocumentView['annexes'];
/**
 * Builders for the parts of a view, one clause at a time: the full document builds every part,
 * a hover only the clause it words (and the allowed downtime only when a template reads it).
 */
export declare function viewParts(model: M.ContractModel, lang: DocLang): {
    calendarTitle: (name: string | null) => Txt;
    priorityTitle: (name: string) => Txt;
    objectiveTitle: (name: string) => Txt;
    serviceTitle: (name: string) => Txt;
    escalationTitle: (name: string) => Txt;
    tierTitle: (name: string) => Txt;
    titles: {
        field: (n: string) => M.FieldModel | undefined;
        priority: (name: string) => Txt;
        tier: (name: string) => Txt;
        named: (n: M.NamedModel) => Txt;
        lang: DocLang;
    };
    texts: (ts: readonly M.TextModel[]) => Txt[];
    objective: (o: M.ObjectiveModel) => VmObjective;
    ladder: (l: M.LadderModel) => VmLadder;
    tier: (t: M.TierModel) => DocumentView["tiers"][number];
    calendar: (c: M.CalendarModel) => VmCalendar;
    escalation: (e: M.EscalationModel) => DocumentView["escalations"][number];
    service: (x: {
        name: string;
        texts: readonly M.TextModel[];
    } & Parameters<typeof nameOf>[0]) => {
        name: string;
        title: Txt;
        texts: Txt[];
    };
    priority: (p: M.NamedModel) => {
        aliases: string[];
        name: string;
        title: Txt;
        texts: Txt[];
    };
};
export declare function buildView(model: M.ContractModel, lang: DocLang, options?: ViewOptions): DocumentView;
export {};
