/** AST → contract model for the ticket lifecycle: statuses, aliases, clock starts, pause caps, warnings. */
import type * as A from '../grammar/ast.js';
import type * as M from './model.js';
export declare const statusMeanings: readonly A.StatusMeaning[];
/** The meaning of a status line; the checker has rejected words that are not meanings. */
export declare function statusMeaning(s: A.StatusStmt): A.StatusMeaning;
export declare function lowerStatuses(doc: A.Document): M.StatusesModel | null;
export declare function lowerAliases(doc: A.Document): M.AliasModel[];
export declare function lowerClockStart(body: readonly A.TargetBlockStmt[]): M.ClockStartModel | null;
export declare function lowerPauseCap(s: A.PauseStmt): M.DurationModel | null;
/** The warning ladder of an escalation, in the contract's order (the evaluator orders it by threshold). */
export declare function lowerWarnings(body: readonly A.EscalationStmt[]): M.EscalationModel['warnings'];
