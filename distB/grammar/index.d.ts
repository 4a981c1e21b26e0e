/** The grammar's API: text in, AST, comments and syntax diagnostics out. Never throws. */
import type { IToken } from 'chevrotain';
import { type Diagnostic } from '../diagnostics/index.js';
import type { Comment, Document } from './ast.js';
export interface ParseResult {
    document: Document;
    comments: Comment[];
    diagnostics: Diagnostic[];
    /** All significant tokens, for the editor (semantic tokens, completion context). */
    tokens: IToken[];
}
export declare function parse(text: string): ParseResult;
export type { Document } from './ast.js';
