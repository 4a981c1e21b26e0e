/**
 * Workspace symbols: the declarations of every `.sla` file of the workspace folders. The server
 * reads the files (the service does no I/O) and reports changes; each file is parsed once per
 * content, on the first query after it changed, and an open document's current text wins over the
 * file on disk.
 */
import { SymbolKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { countProblems } from '../../compiler/analyze.js';
import { parse } from '../../grammar/index.js';
import { SlacDocument } from './document.js';
import { documentSymbols } from './symbols.js';
/** Kinds a workspace search lists: the declarations and the named things inside them. */
const listed = new Set([
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
    files = new Map();
    /** A file's text as on disk, or an open document's current text. */
    set(uri, text) {
        if (this.files.get(uri)?.text !== text)
            this.files.set(uri, { text });
    }
    delete(uri) {
        this.files.delete(uri);
    }
    has(uri) {
        return this.files.has(uri);
    }
    /** A file's text as the index knows it. */
    text(uri) {
        return this.files.get(uri)?.text;
    }
    /** Every indexed file's URI and text. */
    *entries() {
        for (const [uri, entry] of this.files)
            yield [uri, entry.text];
    }
    /** Symbols whose name contains the query's characters in order (case-insensitive), best first. */
    symbols(query, limit = 500) {
        const q = query.toLowerCase();
        const hits = [];
        for (const [uri, entry] of this.files) {
            entry.symbols ??= symbolsOf(uri, entry.text);
            for (const symbol of entry.symbols) {
                const score = match(symbol.name.toLowerCase(), q);
                if (score !== null)
                    hits.push({ symbol, score });
            }
        }
        hits.sort((a, b) => a.score - b.score || a.symbol.name.localeCompare(b.symbol.name));
        return hits.slice(0, limit).map((h) => h.symbol);
    }
}
/** Lower is better: a prefix, then a substring, then a subsequence; null when no match. */
function match(name, query) {
    if (query === '')
        return 2;
    if (name.startsWith(query))
        return 0;
    if (name.includes(query))
        return 1;
    let i = 0;
    for (const ch of name)
        if (ch === query[i])
            i++;
    return i === query.length ? 2 : null;
}
function symbolsOf(uri, text) {
    const parsed = parse(text);
    const doc = new SlacDocument(uri, 0, text, TextDocument.create(uri, 'slac', 0, text), { ...parsed, counts: countProblems(parsed.diagnostics), model: null }, null);
    const out = [];
    const walk = (symbols, container) => {
        for (const s of symbols) {
            if (!listed.has(s.kind))
                continue;
            const symbol = { name: s.name, kind: s.kind, location: { uri, range: s.selectionRange } };
            if (container)
                symbol.containerName = container;
            out.push(symbol);
            if (s.children)
                walk(s.children, s.name);
        }
    };
    walk(documentSymbols(doc));
    return out;
}
