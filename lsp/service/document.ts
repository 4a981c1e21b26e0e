/**
 * One analysed version of an open document: the compiler's analysis (tokens, comments, AST,
 * diagnostics, model) plus the name tables the editor features share. Every feature reads the
 * same cached analysis, so a burst of requests on one version parses the text once.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position as LspPosition, Range as LspRange } from 'vscode-languageserver';
import { analyze, countProblems, type Analysis } from '../../compiler/analyze.js';
import { diagnostic } from '../../diagnostics/index.js';
import type { ContractModel } from '../../compiler/model.js';
import { collectReferences, collectSymbols, type Reference, type SymbolTable } from '../../compiler/symbols.js';
import { parse } from '../../grammar/index.js';
import type * as A from '../../grammar/ast.js';
import { IncrementalAnalyzer } from './incremental.js';

export class SlacDocument {
  private symbolTable: SymbolTable | undefined;
  private referenceList: Reference[] | undefined;
  private readonly facts = new Map<string, unknown>();

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    readonly textDocument: TextDocument,
    readonly analysis: Analysis,
    /** The model of the newest version without errors, for hovers while the text is broken. */
    readonly lastModel: ContractModel | null,
  ) {}

  get document(): A.Document {
    return this.analysis.document;
  }

  get symbols(): SymbolTable {
    return (this.symbolTable ??= collectSymbols(this.analysis.document));
  }

  get references(): Reference[] {
    return (this.referenceList ??= collectReferences(this.analysis.document));
  }

  /** A fact of this version, computed on first request (requests compute only what they answer). */
  fact<T>(key: string, compute: () => T): T {
    if (this.facts.has(key)) return this.facts.get(key) as T;
    const value = compute();
    this.facts.set(key, value);
    return value;
  }

  /** A fact of this version if some request computed it already. */
  known<T>(key: string): T | undefined {
    return this.facts.get(key) as T | undefined;
  }

  /** The 0-based character offset of an LSP position, clamped to the text. */
  offsetAt(position: LspPosition): number {
    return this.textDocument.offsetAt(position);
  }

  positionAt(offset: number): LspPosition {
    return this.textDocument.positionAt(offset);
  }

  /** An AST range (1-based lines and columns, 0-based offsets) as an LSP range (0-based). */
  range(range: A.Range): LspRange {
    return { start: this.positionAt(range.start.offset), end: this.positionAt(range.end.offset) };
  }
}

/** Runs the compiler's front end; if it fails on some input, falls back to the parse alone. */
export function safeAnalyze(text: string): Analysis {
  try {
    return analyze(text);
  } catch (error) {
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
  private readonly documents = new Map<string, SlacDocument>();
  private readonly analyzers = new Map<string, IncrementalAnalyzer>();

  constructor(private readonly options: { incremental?: boolean } = {}) {}

  private analyzeText(uri: string, text: string): Analysis {
    if (this.options.incremental === false) return safeAnalyze(text);
    let analyzer = this.analyzers.get(uri);
    if (!analyzer) this.analyzers.set(uri, (analyzer = new IncrementalAnalyzer()));
    try {
      return analyzer.analyze(text);
    } catch {
      this.analyzers.delete(uri);
      return safeAnalyze(text);
    }
  }

  get(textDocument: TextDocument): SlacDocument {
    const text = textDocument.getText();
    const cached = this.documents.get(textDocument.uri);
    if (cached && cached.version === textDocument.version && cached.text === text) return cached;
    const analysis = this.analyzeText(textDocument.uri, text);
    const lastModel = analysis.model ?? cached?.lastModel ?? null;
    const doc = new SlacDocument(textDocument.uri, textDocument.version, text, textDocument, analysis, lastModel);
    this.documents.set(textDocument.uri, doc);
    return doc;
  }

  /** The cached analysis for a URI, whatever its version (for stale-result checks). */
  peek(uri: string): SlacDocument | undefined {
    return this.documents.get(uri);
  }

  delete(uri: string): void {
    this.documents.delete(uri);
    this.analyzers.delete(uri);
  }
}
