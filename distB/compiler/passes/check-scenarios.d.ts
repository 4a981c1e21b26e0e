/** Scenarios: a time zone to read their times in, unique tickets, events in order, expectations that refer to what exists. */
import type * as A from '../../grammar/ast.js';
import { type CheckContext } from './context.js';
/** A scenario time as comparable text: `2026-03-10 02:00`. */
export declare const instant: (dt: A.DateTimeLit) => string;
export declare function checkScenarios(ctx: CheckContext): void;
