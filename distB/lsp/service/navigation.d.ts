/** Go to definition, find references and rename, for every named thing (see names.ts). */
import type { Location, Position, Range as LspRange, WorkspaceEdit } from 'vscode-languageserver';
import type { SlacDocument } from './document.js';
import { type Files } from './cross-file.js';
/** A request the user can fix (an invalid new name): the server reports it as an error message. */
import { UserError } from './protocol.js';
export { UserError };
export declare function definition(doc: SlacDocument, position: Position): Location[];
/** In this document, in the file that declares the name and in the files that import it. */
export declare function references(doc: SlacDocument, position: Position, includeDeclaration?: boolean, files?: Files): Location[];
/** Highlights of the name under the cursor (write = declaration, read = reference). */
export declare function documentHighlights(doc: SlacDocument, position: Position): Array<{
    range: LspRange;
    kind: 2 | 3;
}>;
export declare function prepareRename(doc: SlacDocument, position: Position): {
    range: LspRange;
    placeholder: string;
} | null;
/** Renames in every file where the name resolves to the same declaration (see cross-file.ts). */
export declare function rename(doc: SlacDocument, position: Position, newName: string, files?: Files): WorkspaceEdit | null;
