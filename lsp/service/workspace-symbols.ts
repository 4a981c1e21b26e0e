/**
 * Workspace symbols: the declarations of every `.sla` file of the workspace folders. The server
 * reads the files (the service does no I/O) and reports changes; each file is parsed once per
 * content, on the first query after it changed, and an open document's current text wins over the
 * file on disk.
 */
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { countProblems } from '../../compiler/analyze.js';
import { parse } from '../../grammar/index.js';
import { SlacDocument } from './document.js';
import { documentSymbols } from './symbols.js';

interface Entry {
  text: string;
  symbols?: WorkspaceSymbol[];
}

/** Kinds a workspace search lists: the declarations and the named things inside them. */
const listed = new Set<SymbolKind>([
  SymbolKind.Namespace,
  SymbolKind.Module,
  SymbolKind.Class,
  SymbolKind.EnumMember,
  SymbolKind.Enum,
  SymbolKind.Object,
  SymbolKind.Struct,
  SymbolKind.Function,
  SymbolKind.Array,
  SymbolKind.Event,
  SymbolKind.Method,
]);

export class WorkspaceIndex {
  private readonly files = new Map<string, Entry>();

  /** A file's text as on disk, or an open document's current text. */
  set(uri: string, text: string): void {
    if (this.files.get(uri)?.text !== text) this.files.set(uri, { text });
  }

  delete(uri: string): void {
    this.files.delete(uri);
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  /** A file's text as the index knows it. */
  text(uri: string): string | undefined {
    return this.files.get(uri)?.text;
  }

  /** Every indexed file's URI and text. */
  *entries(): Iterable<[string, string]> {
    for (const [uri, entry] of this.files) yield [uri, entry.text];
  }

  /** Symbols whose name contains the query's characters in order (case-insensitive), best first. */
  symbols(query: string, limit = 500): WorkspaceSymbol[] {
    const q = query.toLowerCase();
    const hits: Array<{ symbol: WorkspaceSymbol; score: number }> = [];
    for (const [uri, entry] of this.files) {
      entry.symbols ??= symbolsOf(uri, entry.text);
      for (const symbol of entry.symbols) {
        const score = match(symbol.name.toLowerCase(), q);
        if (score !== null) hits.push({ symbol, score });
      }
    }
    hits.sort((a, b) => a.score - b.score || a.symbol.name.localeCompare(b.symbol.name));
    return hits.slice(0, limit).map((h) => h.symbol);
  }
}

/** Lower is better: a prefix, then a substring, then a subsequence; null when no match. */
function match(name: string, query: string): number | null {
  if (query === '') return 2;
  if (name.startsWith(query)) return 0;
  if (name.includes(query)) return 1;
  let i = 0;
  for (const ch of name) if (ch === query[i]) i++;
  return i === query.length ? 2 : null;
}

function symbolsOf(uri: string, text: string): WorkspaceSymbol[] {
  const parsed = parse(text);
  const doc = new SlacDocument(
    uri,
    0,
    text,
    TextDocument.create(uri, 'slac', 0, text),
    { ...parsed, counts: countProblems(parsed.diagnostics), model: null },
    null,
  );
  const out: WorkspaceSymbol[] = [];
  const walk = (symbols: DocumentSymbol[], container?: string) => {
    for (const s of symbols) {
      if (!listed.has(s.kind)) continue;
      const symbol: WorkspaceSymbol = { name: s.name, kind: s.kind, location: { uri, range: s.selectionRange } };
      if (container) symbol.containerName = container;
      out.push(symbol);
      if (s.children) walk(s.children, s.name);
    }
  };
  walk(documentSymbols(doc));
  return out;
}
