/**
 * No silent unit traps: a duration in weeks, months, years or bare days that is counted on a
 * business calendar counts the calendar's open time (`1 week` on office hours Mon–Fri 08:00–18:00
 * is 168 open hours, about 17 working days). That is never what a contract means, so it is an error
 * whose message and fix say what to write instead: working days, or business hours.
 */
import type * as A from '../../grammar/ast.js';
import type { CheckContext } from './context.js';
/** Working days and open hours per week of a calendar, for the suggestion. */
export declare function weekly(decl: A.CalendarDecl | undefined): {
    days: number;
    hours: number;
} | null;
export declare const round: (n: number) => string;
export declare function checkDurationUnits(ctx: CheckContext): void;
