/**
 * CST → AST. Total: a CST that error recovery left incomplete still gives a tree (missing names are
 * empty, missing values are zero), so the editor can outline and complete a document mid-edit.
 */
import type { CstNode, IToken } from 'chevrotain';
import type * as A from './ast.js';
export declare function tokenRange(t: IToken): A.Range;
/**
 * A document spans its significant tokens, from the first to the last, whether or not they parsed
 * (the CST leaves out tokens that recovery skipped); without tokens it is empty at 1:1.
 */
export declare function documentRange(tokens: readonly IToken[]): A.Range;
export declare function buildAst(cst: CstNode, tokens: readonly IToken[]): A.Document;
