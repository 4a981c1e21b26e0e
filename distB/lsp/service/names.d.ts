/**
 * Every named thing in a document and every place it is used, built on the compiler's own
 * symbol tables (collectSymbols / collectReferences) plus scenario tickets, which are named and
 * referenced inside one scenario. Definition, references, rename, hover and semantic tokens all
 * read this one index.
 */
import type * as A from '../../grammar/ast.js';
import type { Namespace } from '../../compiler/symbols.js';
import type { SlacDocument } from './document.js';
export type NameKind = Namespace | 'ticket';
export interface Occurrence {
    kind: NameKind;
    name: string;
    ident: A.Ident;
    declaration: boolean;
    /** For tickets: the scenario that scopes the name. */
    scope: A.ScenarioDecl | null;
    /** The file of a declaration this document imports; undefined in this document. */
    file?: string;
}
export declare const namespaces: readonly Namespace[];
/** All occurrences in source order. */
export declare function occurrences(doc: SlacDocument): Occurrence[];
/** The declarations this document imports, in the files they are written in. */
export declare function importedDeclarations(doc: SlacDocument): Occurrence[];
/** The name under (or just before) the cursor. */
export declare function occurrenceAt(doc: SlacDocument, offset: number): Occurrence | undefined;
/** Where a name is declared (the first declaration when it is declared twice), here or in an imported file. */
export declare function declarationOf(doc: SlacDocument, o: {
    kind: NameKind;
    name: string;
    scope: A.ScenarioDecl | null;
}): Occurrence | undefined;
/** Every occurrence of the same name in the same namespace (and scenario, for tickets). */
export declare function occurrencesOf(doc: SlacDocument, o: {
    kind: NameKind;
    name: string;
    scope: A.ScenarioDecl | null;
}): Occurrence[];
/** The declaration node of a namespace's name, for hovers. */
export declare function declarationNode(doc: SlacDocument, kind: NameKind, name: string): A.Declaration | A.MatrixStmt | A.ScenarioTicket | undefined;
