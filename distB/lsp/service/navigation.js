import { keywordWords } from '../../grammar/tokens.js';
import { declarationOf, occurrenceAt, occurrencesOf } from './names.js';
import { editsByUri, locationOf, occurrencesAcross } from './cross-file.js';
/** Without other files: a document on its own (tests of one file). */
const alone = { document: () => undefined, importing: () => [] };
/** A request the user can fix (an invalid new name): the server reports it as an error message. */
import { UserError } from './protocol.js';
export { UserError };
export function definition(doc, position) {
    const at = occurrenceAt(doc, doc.offsetAt(position));
    if (!at)
        return [];
    const decl = declarationOf(doc, at);
    if (!decl)
        return [];
    return [decl.file === undefined ? { uri: doc.uri, range: doc.range(decl.ident.range) } : doc.locationIn(decl.file, decl.ident.range)];
}
/** In this document, in the file that declares the name and in the files that import it. */
export function references(doc, position, includeDeclaration = true, files = alone) {
    const at = occurrenceAt(doc, doc.offsetAt(position));
    if (!at)
        return [];
    return occurrencesAcross(doc, at, files)
        .filter(({ occurrence }) => includeDeclaration || !occurrence.declaration)
        .map(({ doc: d, occurrence }) => locationOf(d, occurrence));
}
/** Highlights of the name under the cursor (write = declaration, read = reference). */
export function documentHighlights(doc, position) {
    const at = occurrenceAt(doc, doc.offsetAt(position));
    if (!at)
        return [];
    return occurrencesOf(doc, at).map((o) => ({ range: doc.range(o.ident.range), kind: o.declaration ? 3 : 2 }));
}
export function prepareRename(doc, position) {
    const at = occurrenceAt(doc, doc.offsetAt(position));
    return at ? { range: doc.range(at.ident.range), placeholder: at.name } : null;
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*$/;
const reserved = new Set([...keywordWords.values()]);
/** Renames in every file where the name resolves to the same declaration (see cross-file.ts). */
export function rename(doc, position, newName, files = alone) {
    const at = occurrenceAt(doc, doc.offsetAt(position));
    if (!at)
        return null;
    const name = newName.trim();
    if (!IDENTIFIER.test(name)) {
        throw new UserError(`'${newName}' is not a valid name: use letters, digits, '_' and inner '-', starting with a letter or '_'`);
    }
    if (reserved.has(name) || name === 'calendar')
        throw new UserError(`'${name}' is a keyword of the language and cannot be a name`);
    if (name !== at.name && declarationOf(doc, { kind: at.kind, name, scope: at.scope })) {
        throw new UserError(`a ${at.kind} named '${name}' already exists`);
    }
    return { changes: editsByUri(occurrencesAcross(doc, at, files), name) };
}
