/**
 * The legal frame of an agreement and the credits per incident, as AST nodes: the parties' details,
 * the relation to the main agreement, disputes, term and termination, liability, data processing,
 * audit, improvement plans, and credit ladders per outage and per ticket. Part of `ast.ts`.
 */
import type { Range } from '../diagnostics/index.js';
import type { Amount, CapStmt, ConditionStmt, DateLit, DateTimeLit, Ident, NumberLit, PeriodLit, PeriodSpec, StringLit, TargetKind, Text, TextStmt, Value } from './ast.js';
export type PartyRole = 'provider' | 'customer';
/** `party provider { kvk "…" address "…" represented by … called … }` */
export interface PartyDecl {
    kind: 'Party';
    range: Range;
    role: PartyRole;
    body: PartyStmt[];
}
export type PartyStmt = 
/** `kvk "30123456"`: the number in the Dutch trade register (Kamer van Koophandel). */
{
    kind: 'Kvk';
    range: Range;
    value: StringLit;
} | {
    kind: 'Address';
    range: Range;
    value: StringLit;
}
/** `represented by nl "J. de Vries, directeur" en "J. de Vries, managing director"` */
 | {
    kind: 'Representative';
    range: Range;
    text: Text;
}
/** `called nl "Dienstverlener" en "the Provider"`: the defined term used throughout the contract. */
 | {
    kind: 'DefinedTerm';
    range: Range;
    text: Text;
} | TextStmt;
export type Forum = 'mediation' | 'arbitration' | 'court';
/** `n consecutive breaches`, `n breaches in m months`: when a repeated-breach rule applies. */
export interface BreachRule {
    kind: 'BreachRule';
    range: Range;
    consecutive: NumberLit | null;
    /** `4 breaches in 12 months` */
    inWindow: {
        count: NumberLit;
        months: NumberLit;
    } | null;
}
export type LegalStmt = 
/** `main agreement nl "…" en "…"`: the hoofdovereenkomst this SLA belongs to. */
{
    kind: 'MainAgreement';
    range: Range;
    text: Text;
}
/** `main agreement prevails`: in a conflict the main agreement wins (otherwise this SLA does). */
 | {
    kind: 'MainPrevails';
    range: Range;
}
/** `prevailing language nl` */
 | {
    kind: 'PrevailingLanguage';
    range: Range;
    language: Ident;
}
/** `disputes mediation then court "Rechtbank Midden-Nederland"` */
 | {
    kind: 'Disputes';
    range: Range;
    steps: Array<{
        range: Range;
        forum: Forum;
        name: StringLit | null;
    }>;
}
/** `renewal every 12 months, notice 3 months`: tacit renewal; without it the agreement ends with its term. */
 | {
    kind: 'Renewal';
    range: Range;
    every: Value;
    notice: Value | null;
}
/** `liability at most EUR 150000 per year`, `liability at most 12 months of fee`. */
 | {
    kind: 'Liability';
    range: Range;
    amount: Value;
    ofFee: boolean;
    period: PeriodSpec | null;
}
/** `data processing agreement nl "…" en "…"`: the verwerkersovereenkomst (AVG art. 28). */
 | {
    kind: 'DataProcessing';
    range: Range;
    text: Text;
}
/** `audit of measurements per year, notice 10 working days` */
 | {
    kind: 'Audit';
    range: Range;
    period: PeriodSpec | null;
    notice: Value | null;
}
/** `improvement plan for uptime after 2 consecutive breaches within 10 working days` */
 | {
    kind: 'ImprovementPlan';
    range: Range;
    norms: Ident[];
    rule: BreachRule;
    within: Value;
}
/** `termination for uptime after 3 consecutive breaches or 4 breaches in 12 months` */
 | {
    kind: 'Termination';
    range: Range;
    norms: Ident[];
    rule: BreachRule;
} | TextStmt;
/** `legal { … }`: the legal frame of the agreement. */
export interface LegalDecl {
    kind: 'Legal';
    range: Range;
    body: LegalStmt[];
}
/** `at least 30 minutes credit 5% of monthly fee`: a band of the ladder by the length of one outage. */
export interface OutageBandStmt {
    kind: 'OutageBand';
    range: Range;
    length: Value;
    amount: Amount;
}
/** `resolution P1, P2 credit EUR 250`: the credit for each ticket that misses that target. */
export interface TicketBandStmt {
    kind: 'TicketBand';
    range: Range;
    target: TargetKind;
    priorities: Ident[];
    amount: Amount;
    /** `… for team "Netwerk"`: the credit for the tickets that match every condition. */
    conditions: ConditionStmt[];
}
/** `credits per outage for uptime { … }`: a credit for each outage, by its counted length. */
export interface OutageCreditsDecl {
    kind: 'OutageCredits';
    range: Range;
    objective: Ident;
    body: Array<OutageBandStmt | CapStmt | TextStmt>;
}
/** `credits per ticket { … }`: a credit for each ticket that misses its target, by priority. */
export interface TicketCreditsDecl {
    kind: 'TicketCredits';
    range: Range;
    body: Array<TicketBandStmt | CapStmt | TextStmt>;
}
export type RevisionStmt = 
/** `status draft` / `status final`: printed in the running footer. */
{
    kind: 'DocumentStatus';
    range: Range;
    status: 'draft' | 'final';
}
/** `date 2026-01-15`: the date of this version of the document. */
 | {
    kind: 'DocumentDate';
    range: Range;
    date: DateLit;
}
/** `change "1.3" 2026-01-15 nl "…" en "…"`: one entry of the change log. */
 | {
    kind: 'Revision';
    range: Range;
    version: StringLit;
    date: DateLit;
    text: Text;
};
/** `revisions { … }`: the document's status, date and change log. */
export interface RevisionsDecl {
    kind: 'Revisions';
    range: Range;
    body: RevisionStmt[];
}
export type ExpectBreachRuleConsequence = 'improvement-plan' | 'termination';
/** Scenario expectations on credits per incident and repeated-breach rules. */
export type IncidentExpectation = 
/** `expect credit for ticket T1 resolution is EUR 250` / `… is none`: the credit the ticket's clock earns. */
{
    kind: 'ExpectTicketCredit';
    range: Range;
    ticket: Ident;
    target: TargetKind;
    amount: Amount | null;
}
/** `expect credit for outage of uptime from 2026-03-10 02:00 is 5% of monthly fee`: the outage counted at that instant. */
 | {
    kind: 'ExpectOutageCredit';
    range: Range;
    objective: Ident;
    from: DateTimeLit;
    amount: Amount | null;
}
/** `expect improvement plan for uptime in 2026-05` (triggered by that period), `expect termination for uptime none`. */
 | {
    kind: 'ExpectBreachRule';
    range: Range;
    consequence: ExpectBreachRuleConsequence;
    objective: Ident;
    period: PeriodLit | null;
};
