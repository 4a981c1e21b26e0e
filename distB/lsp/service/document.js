import { analyze, countProblems } from '../../compiler/analyze.js';
// The editor checks underpinning blocks as the command line does (registers itself with the Program).
import '../../compiler/underpinning/program-check.js';
import { diagnostic } from '../../diagnostics/index.js';
import { collectReferences, collectSymbols } from '../../compiler/symbols.js';
import { parse } from '../../grammar/index.js';
import { IncrementalAnalyzer } from './incremental.js';
import { Program } from '../../compiler/program.js';
import { readSourceFile } from '../../compiler/source-files.js';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument as TextDocuments } from 'vscode-languageserver-textdocument';
/** The file path of a `file:` URI, or null (an untitled document resolves no imports). */
export function pathOf(uri) {
    if (!uri.startsWith('file:'))
        return null;
    try {
        return fileURLToPath(uri);
    }
    catch {
        return null;
    }
}
export function uriOf(path) {
    return pathToFileURL(path).href;
}
export class SlacDocument {
    uri;
    version;
    text;
    textDocument;
    analysis;
    lastModel;
    program;
    symbolTable;
    referenceList;
    facts = new Map();
    others = new Map();
    constructor(uri, version, text, textDocument, analysis, 
    /** The model of the newest version without errors, for hovers while the text is broken. */
    lastModel, 
    /** The files this version imports, for a document with imports (see DocumentStore). */
    program = null) {
        this.uri = uri;
        this.version = version;
        this.text = text;
        this.textDocument = textDocument;
        this.analysis = analysis;
        this.lastModel = lastModel;
        this.program = program;
    }
    get document() {
        return this.analysis.document;
    }
    /** The names declared in this document and those it imports (see `origin`). */
    get symbols() {
        const imported = this.analysis.imports?.declarations ?? [];
        return (this.symbolTable ??= collectSymbols(imported.length === 0
            ? this.analysis.document
            : { ...this.analysis.document, declarations: [...this.analysis.document.declarations, ...imported] }));
    }
    /** The file an imported declaration is written in; undefined for this document's own. */
    origin(node) {
        if (!this.program)
            return undefined;
        const decl = isDeclaration(node)
            ? node
            : this.analysis.imports?.declarations.find((d) => d.kind === 'Matrix' && d.body.includes(node));
        const path = decl ? this.program.originOf(decl) : undefined;
        return path !== undefined && path !== pathOf(this.uri) ? path : undefined;
    }
    /** An AST range of another file of this document's program, as an LSP location. */
    locationIn(path, range) {
        const uri = uriOf(path);
        let other = this.others.get(path);
        if (!other)
            this.others.set(path, (other = TextDocuments.create(uri, 'slac', 0, this.program?.file(path).text ?? '')));
        return { uri, range: { start: other.positionAt(range.start.offset), end: other.positionAt(range.end.offset) } };
    }
    get references() {
        return (this.referenceList ??= collectReferences(this.analysis.document));
    }
    /** A fact of this version, computed on first request (requests compute only what they answer). */
    fact(key, compute) {
        if (this.facts.has(key))
            return this.facts.get(key);
        const value = compute();
        this.facts.set(key, value);
        return value;
    }
    /** A fact of this version if some request computed it already. */
    known(key) {
        return this.facts.get(key);
    }
    /** The 0-based character offset of an LSP position, clamped to the text. */
    offsetAt(position) {
        return this.textDocument.offsetAt(position);
    }
    positionAt(offset) {
        return this.textDocument.positionAt(offset);
    }
    /** An AST range (1-based lines and columns, 0-based offsets) as an LSP range (0-based). */
    range(range) {
        return { start: this.positionAt(range.start.offset), end: this.positionAt(range.end.offset) };
    }
}
function unresolved(analysis, imports) {
    const found = imports.map((d) => diagnostic('import-not-found', d.path.range, `cannot import '${d.path.value}' from a document that is not saved as a file: save it first`));
    const diagnostics = [...analysis.diagnostics, ...found];
    return { ...analysis, diagnostics, counts: countProblems(diagnostics), model: null };
}
function isDeclaration(node) {
    return node.kind !== 'Levels' && node.kind !== 'Cell' && node.kind !== 'TextStmt';
}
/** Runs the compiler's front end; if it fails on some input, falls back to the parse alone. */
export function safeAnalyze(text) {
    try {
        return analyze(text);
    }
    catch (error) {
        const parsed = parse(text);
        const at = { line: 1, column: 1, offset: 0 };
        const message = `internal error while checking this file (${error instanceof Error ? error.message : String(error)}); this is a bug in slac`;
        const diagnostics = [...parsed.diagnostics, diagnostic('syntax-error', { start: at, end: at }, message)];
        return { ...parsed, diagnostics, counts: countProblems(diagnostics), model: null };
    }
}
/**
 * Analyses per URI; a version is analysed once, older versions are forgotten. Successive versions
 * of a document are analysed incrementally (see incremental.ts), with the same result as `analyze`.
 */
export class DocumentStore {
    options;
    source;
    documents = new Map();
    analyzers = new Map();
    /** Texts of the files a document imports: each import read from what `source` gives, then the disk. */
    host;
    constructor(options = {}, 
    /** The current text of a workspace file (an open document's, else the disk's as the server read it). */
    source = () => undefined) {
        this.options = options;
        this.source = source;
        this.host = {
            read: (path) => {
                const uri = uriOf(path);
                // The workspace index has an open document's newest text as soon as it changes.
                const text = this.source(uri) ?? this.documents.get(uri)?.text;
                return text !== undefined ? { ok: true, text } : readSourceFile(path);
            },
        };
    }
    /** A document with imports is analysed again in a program, which reads the files it imports. */
    withImports(uri, text, analysis) {
        const path = pathOf(uri);
        const imports = analysis.document.declarations.filter((d) => d.kind === 'Import');
        if (imports.length === 0)
            return { analysis, program: null };
        // An import's path is relative to the importing file: a document that is no file yet has none.
        if (path === null)
            return { analysis: unresolved(analysis, imports), program: null };
        const program = new Program(this.host);
        try {
            return { analysis: program.analyzeText(path, text), program };
        }
        catch {
            return { analysis, program: null };
        }
    }
    /** Whether the files a cached version imported still have the texts it read. */
    current(doc) {
        if (!doc.program)
            return true;
        const self = pathOf(doc.uri);
        return doc.program.paths().every((p) => {
            if (p === self)
                return true;
            const read = this.host.read(p);
            const was = doc.program.file(p);
            return read.ok ? was.error === null && was.text === read.text : was.error !== null;
        });
    }
    closed = new Map();
    /**
     * The analysis of a file for requests that span files (references, rename): the open document's
     * newest version, else the file's current text (workspace or disk), analysed once per text.
     */
    file(path) {
        const uri = uriOf(path);
        const open = this.documents.get(uri);
        if (open)
            return open;
        const read = this.host.read(path);
        if (!read.ok)
            return undefined;
        const cached = this.closed.get(uri);
        if (cached && cached.text === read.text && this.current(cached))
            return cached;
        const { analysis, program } = this.withImports(uri, read.text, safeAnalyze(read.text));
        const doc = new SlacDocument(uri, -1, read.text, TextDocuments.create(uri, 'slac', -1, read.text), analysis, analysis.model, program);
        this.closed.set(uri, doc);
        return doc;
    }
    /** The open documents whose analysis read the file at `uri` (to validate them again when it changes). */
    dependents(uri) {
        const path = pathOf(uri);
        if (path === null)
            return [];
        return [...this.documents.values()].filter((d) => d.uri !== uri && d.program?.paths().includes(path)).map((d) => d.uri);
    }
    analyzeText(uri, text) {
        if (this.options.incremental === false)
            return safeAnalyze(text);
        let analyzer = this.analyzers.get(uri);
        if (!analyzer)
            this.analyzers.set(uri, (analyzer = new IncrementalAnalyzer()));
        try {
            return analyzer.analyze(text);
        }
        catch {
            this.analyzers.delete(uri);
            return safeAnalyze(text);
        }
    }
    get(textDocument) {
        const text = textDocument.getText();
        const cached = this.documents.get(textDocument.uri);
        if (cached && cached.version === textDocument.version && cached.text === text && this.current(cached))
            return cached;
        const { analysis, program } = this.withImports(textDocument.uri, text, this.analyzeText(textDocument.uri, text));
        const lastModel = analysis.model ?? cached?.lastModel ?? null;
        const doc = new SlacDocument(textDocument.uri, textDocument.version, text, textDocument, analysis, lastModel, program);
        this.documents.set(textDocument.uri, doc);
        return doc;
    }
    /** The URIs of the documents analysed (open ones). */
    uris() {
        return [...this.documents.keys()];
    }
    /** The cached analysis for a URI, whatever its version (for stale-result checks). */
    peek(uri) {
        return this.documents.get(uri);
    }
    delete(uri) {
        this.documents.delete(uri);
        this.analyzers.delete(uri);
    }
}
