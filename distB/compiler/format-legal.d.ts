/** `slac fmt` for the legal frame and the credits per incident: headers and statement lines. */
import type * as A from '../grammar/ast.js';
export type LegalDeclaration = A.PartyDecl | A.LegalDecl | A.OutageCreditsDecl | A.TicketCreditsDecl | A.RevisionsDecl;
export type LegalStatement = Exclude<A.PartyStmt | A.LegalStmt | A.OutageBandStmt | A.TicketBandStmt | A.RevisionStmt, A.TextStmt> | A.IncidentExpectation;
export declare function printLegalHeader(d: LegalDeclaration): string;
/** The consequence of a repeated-breach rule as the language writes it. */
export declare const consequenceWords: Record<A.ExpectBreachRuleConsequence, string>;
export declare function printLegalStatement(s: LegalStatement): string;
