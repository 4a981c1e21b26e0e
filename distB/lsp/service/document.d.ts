/**
 * One analysed version of an open document: the compiler's analysis (tokens, comments, AST,
 * diagnostics, model) plus the name tables the editor features share. Every feature reads the
 * same cached analysis, so a burst of requests on one version parses the text once.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position as LspPosition, Range as LspRange } from 'vscode-languageserver';
import { type Analysis } from '../../compiler/analyze.js';
import '../../compiler/underpinning/program-check.js';
import type { ContractModel } from '../../compiler/model.js';
import { type Reference, type SymbolTable } from '../../compiler/symbols.js';
import type * as A from '../../grammar/ast.js';
import { Program, type SourceHost } from '../../compiler/program.js';
/** The file path of a `file:` URI, or null (an untitled document resolves no imports). */
export declare function pathOf(uri: string): string | null;
export declare function uriOf(path: string): string;
export declare class SlacDocument {
    readonly uri: string;
    readonly version: number;
    readonly text: string;
    readonly textDocument: TextDocument;
    readonly analysis: Analysis;
    /** The model of the newest version without errors, for hovers while the text is broken. */
    readonly lastModel: ContractModel | null;
    /** The files this version imports, for a document with imports (see DocumentStore). */
    readonly program: Program | null;
    private symbolTable;
    private referenceList;
    private readonly facts;
    private readonly others;
    constructor(uri: string, version: number, text: string, textDocument: TextDocument, analysis: Analysis, 
    /** The model of the newest version without errors, for hovers while the text is broken. */
    lastModel: ContractModel | null, 
    /** The files this version imports, for a document with imports (see DocumentStore). */
    program?: Program | null);
    get document(): A.Document;
    /** The names declared in this document and those it imports (see `origin`). */
    get symbols(): SymbolTable;
    /** The file an imported declaration is written in; undefined for this document's own. */
    origin(node: A.Declaration | A.MatrixStmt): string | undefined;
    /** An AST range of another file of this document's program, as an LSP location. */
    locationIn(path: string, range: A.Range): {
        uri: string;
        range: LspRange;
    };
    get references(): Reference[];
    /** A fact of this version, computed on first request (requests compute only what they answer). */
    fact<T>(key: string, compute: () => T): T;
    /** A fact of this version if some request computed it already. */
    known<T>(key: string): T | undefined;
    /** The 0-based character offset of an LSP position, clamped to the text. */
    offsetAt(position: LspPosition): number;
    positionAt(offset: number): LspPosition;
    /** An AST range (1-based lines and columns, 0-based offsets) as an LSP range (0-based). */
    range(range: A.Range): LspRange;
}
/** Runs the compiler's front end; if it fails on some input, falls back to the parse alone. */
export declare function safeAnalyze(text: string): Analysis;
/**
 * Analyses per URI; a version is analysed once, older versions are forgotten. Successive versions
 * of a document are analysed incrementally (see incremental.ts), with the same result as `analyze`.
 */
export declare class DocumentStore {
    private readonly options;
    /** The current text of a workspace file (an open document's, else the disk's as the server read it). */
    private readonly source;
    private readonly documents;
    private readonly analyzers;
    /** Texts of the files a document imports: each import read from what `source` gives, then the disk. */
    readonly host: SourceHost;
    constructor(options?: {
        incremental?: boolean;
    }, 
    /** The current text of a workspace file (an open document's, else the disk's as the server read it). */
    source?: (uri: string) => string | undefined);
    /** A document with imports is analysed again in a program, which reads the files it imports. */
    private withImports;
    /** Whether the files a cached version imported still have the texts it read. */
    private current;
    private readonly closed;
    /**
     * The analysis of a file for requests that span files (references, rename): the open document's
     * newest version, else the file's current text (workspace or disk), analysed once per text.
     */
    file(path: string): SlacDocument | undefined;
    /** The open documents whose analysis read the file at `uri` (to validate them again when it changes). */
    dependents(uri: string): string[];
    private analyzeText;
    get(textDocument: TextDocument): SlacDocument;
    /** The URIs of the documents analysed (open ones). */
    uris(): string[];
    /** The cached analysis for a URI, whatever its version (for stale-result checks). */
    peek(uri: string): SlacDocument | undefined;
    delete(uri: string): void;
}
