/**
 * Units are types: every value position accepts only some kinds of value (a percentage, money, a
 * duration …), within a sensible range, and business time needs a calendar to be counted on.
 */
import type * as A from '../../grammar/ast.js';
import { type ValueKind } from '../values.js';
import type { CheckContext } from './context.js';
/** Reports a value of the wrong kind; true when the kind fits, so range checks can follow. */
export declare function expectKind(ctx: CheckContext, value: A.Value, allowed: readonly ValueKind[], place: string): boolean;
export declare function checkUnits(ctx: CheckContext): void;
