/**
 * The document's view of the ticket lifecycle: the statuses of the provider's tool and their
 * meaning (definitions article), aliases of priorities and statuses, where the clocks start, pause
 * caps, and the lifecycle facts and expectations of scenarios. Wording lives in the templates.
 */
import type * as A from '../../grammar/ast.js';
import type * as M from '../model.js';
import type { DocLang } from './format/locale.js';
export interface VmStatuses {
    /** One row per status line: the names (as the tool writes them) and what they mean. */
    rows: Array<{
        names: string[];
        meaning: A.StatusMeaning;
        reason: 'customer' | 'third-party' | null;
    }>;
    /** Status aliases: another name the tool uses for a status. */
    aliases: Array<{
        value: string;
        target: string;
    }>;
}
export declare function statusesView(model: M.ContractModel): VmStatuses | null;
/** Priority aliases per priority name: how the tool's export names it. */
export declare function priorityAliases(model: M.ContractModel): Map<string, string[]>;
export declare function pauseView(p: M.PauseModel, lang: DocLang): {
    condition: A.PauseCondition;
    status: string | null;
    cap: string | null;
};
export declare function startView(t: M.TierModel): {
    at: 'assignment' | 'status';
    status: string | null;
} | null;
/** What a clock expectation states, in the document's words: a date-time or a duration. */
export declare function clockExpectation(stmt: Extract<A.Expectation, {
    kind: 'ExpectClock';
}>, dateTime: (d: A.DateTimeLit) => string, lang: DocLang): {
    measure: 'due' | 'elapsed' | 'remaining';
    value: string;
};
