/** AST → contract model for the parties, the legal frame and the credits per incident. */
import type * as A from '../grammar/ast.js';
import type { LegalModel, OutageCreditsModel, PartyModel, RevisionsModel, TicketCreditsModel } from './model-legal.js';
export declare function lowerParty(role: A.PartyRole, legalName: string, decl: A.PartyDecl | undefined): PartyModel;
export declare function lowerLegal(decl: A.LegalDecl | undefined): LegalModel;
export declare function lowerOutageCredits(d: A.OutageCreditsDecl): OutageCreditsModel;
export declare function lowerTicketCredits(d: A.TicketCreditsDecl): TicketCreditsModel;
export declare function lowerRevisions(decl: A.RevisionsDecl | undefined): RevisionsModel;
