/**
 * Workspace symbols: the declarations of every `.sla` file of the workspace folders. The server
 * reads the files (the service does no I/O) and reports changes; each file is parsed once per
 * content, on the first query after it changed, and an open document's current text wins over the
 * file on disk.
 */
import { type WorkspaceSymbol } from 'vscode-languageserver';
export declare class WorkspaceIndex {
    private readonly files;
    /** A file's text as on disk, or an open document's current text. */
    set(uri: string, text: string): void;
    delete(uri: string): void;
    has(uri: string): boolean;
    /** A file's text as the index knows it. */
    text(uri: string): string | undefined;
    /** Every indexed file's URI and text. */
    entries(): Iterable<[string, string]>;
    /** Symbols whose name contains the query's characters in order (case-insensitive), best first. */
    symbols(query: string, limit?: number): WorkspaceSymbol[];
}
