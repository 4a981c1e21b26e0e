import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
/** A sequence of single edits (in the order a user makes them) on `text`. */
export declare function editScript(text: string, count: number, seed?: number): TextDocumentContentChangeEvent[][];
export declare function benchLsp(log: (line: string) => void): Promise<void>;
