/**
 * The agreements that underpin an SLA (OLAs with internal teams, underpinning contracts with
 * suppliers) and the chains of levels its targets rest on, as AST nodes. Part of `ast.ts`.
 */
import type { Range } from '../diagnostics/index.js';
import type { Ident, StringLit, Text, TextStmt, Value } from './ast.js';
/** `underpinning nl "Onderliggende overeenkomsten" en "Underpinning agreements" { … }` */
export interface UnderpinningDecl {
    kind: 'Underpinning';
    range: Range;
    title: Text | null;
    body: UnderpinningStmt[];
}
export type UnderpinningStmt = UnderpinningAgreementStmt | ChainStmt | SeriesAvailabilityStmt | TextStmt;
/** `agreement network "ola-network.sla"`: a name for another agreement, by its path from this file. */
export interface UnderpinningAgreementStmt {
    kind: 'UnderpinningAgreement';
    range: Range;
    name: Ident;
    path: StringLit;
}
/**
 * `resolution P1, P2 for tier Vitaal by network after 15 minutes then hardware after 30 minutes`:
 * the SLA's target (of every tier, or of the one named) rests on these levels, one after the other.
 */
export interface ChainStmt {
    kind: 'Chain';
    range: Range;
    target: 'response' | 'resolution';
    priorities: Ident[];
    /** `for tier Vitaal`; null: every tier of the SLA. */
    tier: Ident | null;
    levels: ChainLevel[];
}
/** `hardware tier Spoed after 30 minutes on office`: a level and the hand-over time before it starts. */
export interface ChainLevel {
    kind: 'ChainLevel';
    range: Range;
    agreement: Ident;
    /** The tier of the underpinning agreement whose targets apply; null: its only (or implicit) tier. */
    tier: Ident | null;
    /** `after 15 minutes`: from the previous level's end (the SLA clock's start for the first level). */
    handover: Value | null;
    /** `on office`: a calendar of this file that counts the hand-over time. */
    calendar: Ident | null;
}
/** `availability uptime by network lan_uptime, hardware server_uptime`: components in series. */
export interface SeriesAvailabilityStmt {
    kind: 'SeriesAvailability';
    range: Range;
    objective: Ident;
    components: ComponentObjective[];
}
export interface ComponentObjective {
    kind: 'ComponentObjective';
    range: Range;
    agreement: Ident;
    objective: Ident;
}
