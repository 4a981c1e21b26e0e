/**
 * The annex of underpinning agreements: which OLAs and underpinning contracts support the SLA, the
 * chains of levels its times rest on, and availability in series. Wording lives in the templates
 * (annex-underpinning.hbs); this builds only the facts, in the document's language.
 */
import type * as M from '../model.js';
import type { DocLang } from './format/locale.js';
import { type Txt } from './view-model.js';
export interface VmUnderpinning {
    title: Txt;
    hasTitle: boolean;
    texts: Txt[];
    agreements: Array<{
        name: string;
        /** The other agreement's own title; null when its file was not read with this one. */
        title: Txt;
        known: boolean;
        kind: string;
        provider: string;
        customer: string;
        version: string | null;
        term: string;
        path: string;
    }>;
    chains: Array<{
        target: M.ChainModel['target'];
        priorities: Txt[];
        tier: Txt;
        hasTier: boolean;
        levels: Array<{
            agreement: Txt;
            tier: string | null;
            handover: string | null;
            window: Txt;
            hasWindow: boolean;
        }>;
    }>;
    series: Array<{
        objective: Txt;
        components: Array<{
            agreement: Txt;
            target: string | null;
        }>;
        product: string | null;
    }>;
}
export interface UnderpinningTitles {
    priority(name: string): Txt;
    tier(name: string): Txt;
    objective(name: string): Txt;
    calendar(name: string | null): Txt;
}
export declare function buildUnderpinningView(model: M.ContractModel, lang: DocLang, titles: UnderpinningTitles): VmUnderpinning | null;
