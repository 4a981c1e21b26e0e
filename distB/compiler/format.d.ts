/**
 * `slac fmt`: prints a document in the one canonical layout, keeping every comment.
 *
 * Layout rules:
 * - 2-space indentation, one statement per line, `header {` … `}` for every block (an empty block is
 *   `header {}`; a service or priority without statements and comments has no block at all);
 * - exactly one blank line between top-level declarations; inside a block, a blank line where the
 *   user had one or more, never at the start or end of a block;
 * - keywords in their canonical spelling, numbers as written (`raw`), strings re-escaped: units
 *   singular exactly when the value is 1, `availability of service X`, day lists as `a, b and c`,
 *   `, ` between names; the defaults `at least` (of a share) and `unplanned` (of an outage) are
 *   left out, since the tree cannot tell whether they were written;
 * - comments stay where they were relative to the statements: own-line comments before the
 *   statement that follows them, end-of-line comments at the end of their statement's line (one
 *   space before `//`), comments before `}` at the end of the block, comments at the end of the file
 *   at the end. A comment inside a statement (which is printed on one line) moves before it.
 *
 * A text with syntax errors is returned unchanged with the parse diagnostics.
 */
import type * as A from '../grammar/ast.js';
import type { Diagnostic } from '../diagnostics/index.js';
export interface FormatResult {
    text: string;
    diagnostics: Diagnostic[];
}
export declare function format(text: string): FormatResult;
/** A string literal that reads back as `value`. */
export declare function quote(value: string): string;
export declare function printNames(names: A.Ident[]): string;
export declare function printText(t: A.Text): string;
export declare function printValue(v: A.Value): string;
export declare function printPeriod(p: A.PeriodSpec | null): string | null;
export declare function printAmount(a: A.Amount): string;
export declare function printDateTime(dt: A.DateTimeLit): string;
export declare function printCondition(s: A.ConditionStmt): string;
