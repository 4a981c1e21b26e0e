/**
 * Names across files: a name declared in a shared file and imported by others. References and
 * rename look in the declaring file and in every workspace or open file that imports anything,
 * and keep the occurrences that resolve to the same declaration (file and position).
 */
import type { Location, TextEdit } from 'vscode-languageserver';
import { type SlacDocument } from './document.js';
import { type Occurrence } from './names.js';
/** The documents a cross-file request may look at (the store and the workspace index give them). */
export interface Files {
    /** The analysed document of a file path, open or not. */
    document(path: string): SlacDocument | undefined;
    /** The documents that import something: open ones and workspace files. */
    importing(): SlacDocument[];
}
type Name = Pick<Occurrence, 'kind' | 'name' | 'scope'>;
/** Every occurrence of the name, in each document where it resolves to the same declaration. */
export declare function occurrencesAcross(doc: SlacDocument, o: Name, files: Files): Array<{
    doc: SlacDocument;
    occurrence: Occurrence;
}>;
export declare function locationOf(doc: SlacDocument, o: Occurrence): Location;
/** Edits per URI, for a rename's WorkspaceEdit. */
export declare function editsByUri(found: ReadonlyArray<{
    doc: SlacDocument;
    occurrence: Occurrence;
}>, newText: string): Record<string, TextEdit[]>;
export {};
