/**
 * The legal frame in the view model: the parties as defined terms, the relation to the main
 * agreement, term and termination, improvement plans, liability, data processing, audit, disputes,
 * the remedy clause chosen by the contract, and the credits per outage and per ticket. Data and
 * enumeration keys only; the wording is in the templates.
 */
import type * as M from '../model.js';
import type { DocLang } from './format/locale.js';
import { type Txt, type VmAmount, type VmPeriod } from './view-model.js';
import { type Titles, type VmCondition } from './view-goals.js';
export interface VmParty {
    role: M.PartyModel['role'];
    legalName: string;
    kvk: string | null;
    address: string | null;
    representative: Txt;
    hasRepresentative: boolean;
    /** The defined term; null: the template's default (Dienstverlener / Afnemer). */
    term: Txt;
    hasTerm: boolean;
    texts: Txt[];
}
export interface VmBreachRule {
    consequence: M.BreachRuleModel['consequence'];
    norms: Txt[];
    consecutive: string | null;
    inWindow: {
        count: string;
        months: string;
    } | null;
    within: string | null;
}
export interface VmLegal {
    parties: {
        provider: VmParty;
        customer: VmParty;
    };
    mainAgreement: Txt;
    hasMainAgreement: boolean;
    mainPrevails: boolean;
    prevailingLanguage: string | null;
    disputes: Array<{
        forum: string;
        name: string | null;
        first: boolean;
    }>;
    renewal: {
        every: string;
        notice: string | null;
    } | null;
    liability: {
        money: string | null;
        months: string | null;
        period: VmPeriod | null;
    } | null;
    dataProcessing: Txt;
    hasDataProcessing: boolean;
    audit: {
        period: VmPeriod | null;
        notice: string | null;
    } | null;
    improvementPlans: VmBreachRule[];
    terminations: VmBreachRule[];
    texts: Txt[];
    /** The one remedy clause: which variant, and for which norms when not all. */
    remedy: {
        soleRemedy: boolean;
        penalty: boolean;
        norms: Txt[];
        allNorms: boolean;
    } | null;
    outageCredits: Array<{
        objective: Txt;
        bands: Array<{
            length: string;
            amount: VmAmount;
        }>;
        caps: Array<{
            amount: VmAmount;
            period: VmPeriod;
        }>;
        texts: Txt[];
    }>;
    ticketCredits: {
        bands: Array<{
            target: string;
            priority: Txt;
            amount: VmAmount;
            conditions: VmCondition[];
        }>;
        caps: Array<{
            amount: VmAmount;
            period: VmPeriod;
        }>;
        texts: Txt[];
    } | null;
    /** Credits and bonuses both exist: they are settled against each other per period. */
    netSettlement: boolean;
    revisions: {
        status: 'draft' | 'final' | null;
        date: string | null;
        changes: Array<{
            version: string;
            date: string;
            text: Txt;
        }>;
    };
    /** The first 12 hex digits of the source's SHA-256, for the footer; null when unknown. */
    sourceHash: string | null;
}
export declare function buildLegalView(model: M.ContractModel, lang: DocLang, names: {
    objective: (n: string) => Txt;
    priority: (n: string) => Txt;
    titles: Titles;
}): VmLegal;
