/**
 * Declarations and references by namespace. The checker resolves names with it; the language
 * server uses the same tables for definition, references and rename.
 */
import type * as A from '../grammar/ast.js';
export type Namespace = 'calendar' | 'priority' | 'tier' | 'service' | 'objective' | 'escalation' | 'impact level' | 'urgency level' | 'field'
/** An underpinning agreement, named in the `underpinning` block. */
 | 'agreement';
export interface SymbolDecl {
    namespace: Namespace;
    name: string;
    ident: A.Ident;
    /** The declaring node: a declaration, or the Levels statement of a matrix. */
    node: A.Declaration | A.MatrixStmt;
}
export interface Reference {
    namespace: Namespace;
    ident: A.Ident;
}
export declare class SymbolTable {
    private readonly byNamespace;
    /** Second and later declarations of a name already taken. */
    readonly duplicates: Array<{
        first: SymbolDecl;
        again: SymbolDecl;
    }>;
    add(decl: SymbolDecl): void;
    get(namespace: Namespace, name: string): SymbolDecl | undefined;
    names(namespace: Namespace): string[];
    all(namespace: Namespace): SymbolDecl[];
}
/** The declarations another file can import (compiler/program.ts): shared definitions, no norms. */
export declare const importableKinds: ReadonlySet<A.Declaration['kind']>;
/** Fields every ticket or contact has; a condition on them needs no `field` declaration. */
export declare const builtInFields: ReadonlySet<string>;
export declare function collectSymbols(document: A.Document): SymbolTable;
/** Every name used as a reference, with the namespace it must resolve in, in source order. */
export declare function collectReferences(document: A.Document): Reference[];
