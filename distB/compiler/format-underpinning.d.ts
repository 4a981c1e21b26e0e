/** `slac fmt` for the underpinning block: its header and statement lines. */
import type * as A from '../grammar/ast.js';
export type UnderpinningStatement = Exclude<A.UnderpinningStmt, A.TextStmt>;
export declare function isUnderpinningStatement(s: {
    kind: string;
}): s is UnderpinningStatement;
export declare function printUnderpinningHeader(d: A.UnderpinningDecl): string;
export declare function printUnderpinningStatement(s: UnderpinningStatement): string;
