/** Objectives: exactly one measure, each exclusion once; measurable channels and verbs. */
import type * as A from '../../grammar/ast.js';
import { type Event } from '../measures.js';
import type { CheckContext } from './context.js';
export declare function measureOf(objective: A.ObjectiveDecl): A.Measure | undefined;
/** Reports a channel or verb slac cannot measure; the event measured when both are known. */
export declare function checkMeasureWords(ctx: CheckContext, nounIdent: A.Ident, verbIdent: A.Ident): Event | undefined;
export declare function checkObjectives(ctx: CheckContext): void;
