import type * as A from '../../grammar/ast.js';
import { type CheckContext } from './context.js';
export declare const weekdayOrder: readonly A.Weekday[];
export declare function isValidZone(name: string): boolean;
/** The weekdays a statement covers, by index 0 = Monday. */
export declare function coveredDays(hours: Extract<A.CalendarStmt, {
    kind: 'Hours';
}>): number[];
/** Minute ranges of a statement: no ranges written means the whole day. */
export declare function minuteRanges(hours: Extract<A.CalendarStmt, {
    kind: 'Hours';
}>): Array<[number, number, A.Range]>;
export declare function checkCalendars(ctx: CheckContext): void;
