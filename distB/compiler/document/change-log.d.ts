import type { DocLang } from './format/locale.js';
export interface ChangeLogInput {
    /** The version the changes are counted from. */
    since: {
        version: string | null;
        date: string | null;
    };
    /** One sentence per change, with the article it lands in (`7`, `Bijlage A`), if any. */
    entries: Array<{
        article: string | null;
        text: string;
    }>;
}
export interface VmChangeLog {
    letter: string;
    since: {
        version: string | null;
        date: string | null;
    };
    entries: Array<{
        where: string | null;
        text: string;
    }>;
}
/** The annex's view: lettered after the annexes the contract has. */
export declare function changeLogView(input: ChangeLogInput, annexes: Record<string, string | null>, lang: DocLang): VmChangeLog;
