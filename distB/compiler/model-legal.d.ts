/** The legal frame and the credits per incident in the contract model (see lower-legal.ts). */
import type * as A from '../grammar/ast.js';
import type { AmountModel, CapModel, ConditionModel, DurationModel, Located, PeriodModel, TextModel } from './model.js';
export interface PartyModel {
    role: A.PartyRole;
    /** The legal name, from the agreement's `provider` / `customer` clause. */
    legalName: string;
    kvk: string | null;
    address: string | null;
    representative: TextModel | null;
    /** The defined term (`called …`); null: the templates' default (Dienstverlener / Afnemer). */
    term: TextModel | null;
    texts: TextModel[];
}
/** A repeated-breach rule: an improvement plan or a termination right. */
export interface BreachRuleModel extends Located {
    consequence: 'improvement-plan' | 'termination';
    /** Objective names. */
    norms: string[];
    /** Breached in this many consecutive measurement periods. */
    consecutive: number | null;
    /** Breached in this many measurement periods within a rolling window of so many months. */
    inWindow: {
        count: number;
        months: number;
    } | null;
    /** Improvement plan: the time within which the provider delivers it. */
    within: DurationModel | null;
}
export type LiabilityCap = {
    kind: 'money';
    minor: number;
    currency: string;
} | {
    kind: 'fees';
    months: number;
};
export interface LegalModel {
    mainAgreement: TextModel | null;
    mainPrevails: boolean;
    prevailingLanguage: string | null;
    disputes: Array<{
        forum: A.Forum;
        name: string | null;
    }>;
    renewal: {
        every: DurationModel;
        notice: DurationModel | null;
    } | null;
    liability: {
        cap: LiabilityCap;
        period: PeriodModel | null;
    } | null;
    dataProcessing: TextModel | null;
    audit: {
        period: PeriodModel | null;
        notice: DurationModel | null;
    } | null;
    rules: BreachRuleModel[];
    texts: TextModel[];
}
/** The document's status, date and change log (`revisions { … }`). */
export interface RevisionsModel {
    status: 'draft' | 'final' | null;
    date: string | null;
    changes: Array<{
        version: string;
        date: string;
        text: TextModel;
    }>;
}
export interface OutageCreditsModel extends Located {
    objective: string;
    /** Ordered from the shortest outage to the longest. */
    bands: Array<Located & {
        length: DurationModel;
        amount: AmountModel;
    }>;
    caps: CapModel[];
    texts: TextModel[];
}
export interface TicketCreditsModel extends Located {
    /** In the order written; `conditions` empty: every ticket of the priority (see RtTicketBand). */
    bands: Array<Located & {
        target: A.TargetKind;
        priority: string;
        amount: AmountModel;
        conditions: ConditionModel[];
    }>;
    caps: CapModel[];
    texts: TextModel[];
}
