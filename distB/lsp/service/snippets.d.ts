/** Snippets for whole declarations (top level) and for common statements (inside a block). */
export type BlockKind = 'agreement' | 'service' | 'list' | 'calendar' | 'priority' | 'matrix' | 'targets' | 'tier' | 'objective' | 'credits' | 'creditTerms' | 'bonus' | 'escalation' | 'reporting' | 'scenario' | 'statuses' | 'aliases' | 'party' | 'legal' | 'incidentCredits' | 'revisions';
export interface Snippet {
    label: string;
    detail: string;
    /** TextMate snippet syntax: `${1:placeholder}`, `$0`. */
    body: string;
}
export declare const blockSnippets: readonly Snippet[];
export declare function statementSnippets(block: BlockKind): Snippet[];
