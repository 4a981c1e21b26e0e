import { pathOf } from './document.js';
import { declarationOf, occurrencesOf } from './names.js';
function declarationKey(doc, o) {
    const decl = declarationOf(doc, o);
    if (!decl)
        return null;
    return `${decl.file ?? pathOf(doc.uri) ?? doc.uri}@${decl.ident.range.start.offset}`;
}
/** Every occurrence of the name, in each document where it resolves to the same declaration. */
export function occurrencesAcross(doc, o, files) {
    const local = occurrencesOf(doc, o).map((occurrence) => ({ doc, occurrence }));
    const key = o.kind === 'ticket' ? null : declarationKey(doc, o);
    if (key === null)
        return local;
    const declared = declarationOf(doc, o).file;
    const docs = new Map([[doc.uri, doc]]);
    for (const d of [declared === undefined ? undefined : files.document(declared), ...files.importing()]) {
        if (d && !docs.has(d.uri))
            docs.set(d.uri, d);
    }
    const out = [...local];
    for (const d of docs.values()) {
        if (d === doc || declarationKey(d, o) !== key)
            continue;
        for (const occurrence of occurrencesOf(d, o))
            out.push({ doc: d, occurrence });
    }
    return out;
}
export function locationOf(doc, o) {
    return { uri: doc.uri, range: doc.range(o.ident.range) };
}
/** Edits per URI, for a rename's WorkspaceEdit. */
export function editsByUri(found, newText) {
    const changes = {};
    for (const { doc, occurrence } of found)
        (changes[doc.uri] ??= []).push({ range: doc.range(occurrence.ident.range), newText });
    return changes;
}
