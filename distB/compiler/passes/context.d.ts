/** What every checker pass receives: the tree, the symbol table and the diagnostics sink. */
import type * as A from '../../grammar/ast.js';
import { type Diagnostic, type DiagnosticCode, type Fix, type Related } from '../../diagnostics/index.js';
import { type SymbolTable } from '../symbols.js';
export declare class CheckContext {
    readonly document: A.Document;
    readonly diagnostics: Diagnostic[];
    readonly symbols: SymbolTable;
    readonly agreement: A.AgreementDecl | undefined;
    constructor(document: A.Document, diagnostics: Diagnostic[]);
    report(code: DiagnosticCode, range: A.Range, message: string, extra?: {
        related?: Related[];
        fix?: Fix;
    }): void;
    /** The agreement's clauses of one kind. */
    clauses<K extends A.AgreementStmt['kind']>(kind: K): Array<Extract<A.AgreementStmt, {
        kind: K;
    }>>;
    /** The contract languages, as declared by `languages nl, en`. */
    get languages(): string[];
    /** The agreement's default time zone, if it names one. */
    get timeZone(): string | undefined;
    declarations<K extends A.Declaration['kind']>(kind: K): Array<Extract<A.Declaration, {
        kind: K;
    }>>;
}
export type CheckPass = (ctx: CheckContext) => void;
/** Reports every statement after the first of a kind that may appear once in its block. */
export declare function reportRepeated<S extends {
    kind: string;
    range: A.Range;
}>(ctx: CheckContext, statements: readonly S[], kinds: readonly string[], describe: (s: S) => string, key?: (s: S) => string): void;
