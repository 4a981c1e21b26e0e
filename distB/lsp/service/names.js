export const namespaces = [
    'calendar',
    'priority',
    'tier',
    'service',
    'objective',
    'escalation',
    'impact level',
    'urgency level',
];
const cache = new WeakMap();
/** All occurrences in source order. */
export function occurrences(doc) {
    let list = cache.get(doc);
    if (list)
        return list;
    list = [];
    for (const ns of namespaces) {
        for (const decl of doc.symbols.all(ns))
            if (doc.origin(decl.node) === undefined)
                list.push({ kind: ns, name: decl.name, ident: decl.ident, declaration: true, scope: null });
    }
    for (const ref of importedNames(doc))
        list.push(ref);
    for (const { again } of doc.symbols.duplicates) {
        list.push({ kind: again.namespace, name: again.name, ident: again.ident, declaration: true, scope: null });
    }
    for (const ref of doc.references)
        list.push({ kind: ref.namespace, name: ref.ident.name, ident: ref.ident, declaration: false, scope: null });
    for (const decl of doc.document.declarations) {
        if (decl.kind !== 'Scenario')
            continue;
        for (const s of decl.body) {
            if (s.kind === 'Ticket' && s.id.name)
                list.push({ kind: 'ticket', name: s.id.name, ident: s.id, declaration: true, scope: decl });
            else if ((s.kind === 'ExpectTicket' ||
                s.kind === 'ExpectClock' ||
                s.kind === 'ExpectAtRisk' ||
                s.kind === 'ExpectStep' ||
                s.kind === 'ExpectTicketCredit') &&
                s.ticket.name)
                list.push({ kind: 'ticket', name: s.ticket.name, ident: s.ticket, declaration: false, scope: decl });
        }
    }
    list = list.filter((o) => o.name !== '' && o.ident.range.end.offset > o.ident.range.start.offset);
    list.sort((a, b) => a.ident.range.start.offset - b.ident.range.start.offset);
    cache.set(doc, list);
    return list;
}
/** The names of import items (`import calendar office from …`): references to what they import. */
function importedNames(doc) {
    const out = [];
    for (const d of doc.document.declarations) {
        if (d.kind !== 'Import' || !d.items)
            continue;
        for (const item of d.items) {
            if (!item.name?.name)
                continue;
            const what = item.what;
            const kind = namespaces.find((ns) => (what === null || what === ns) && doc.symbols.get(ns, item.name.name)) ?? what;
            if (kind)
                out.push({ kind, name: item.name.name, ident: item.name, declaration: false, scope: null });
        }
    }
    return out;
}
/** The declarations this document imports, in the files they are written in. */
export function importedDeclarations(doc) {
    if (!doc.program)
        return [];
    const out = [];
    for (const ns of namespaces) {
        for (const decl of doc.symbols.all(ns)) {
            const file = doc.origin(decl.node);
            if (file !== undefined)
                out.push({ kind: ns, name: decl.name, ident: decl.ident, declaration: true, scope: null, file });
        }
    }
    return out;
}
/** The name under (or just before) the cursor. */
export function occurrenceAt(doc, offset) {
    let best;
    for (const o of occurrences(doc)) {
        const { start, end } = o.ident.range;
        if (start.offset > offset)
            break;
        if (offset <= end.offset) {
            // Prefer the name the cursor is inside over one that merely ends at the cursor.
            if (!best || offset < end.offset)
                best = o;
        }
    }
    return best;
}
function sameName(a, b) {
    return a.kind === b.kind && a.name === b.name && a.scope === b.scope;
}
/** Where a name is declared (the first declaration when it is declared twice), here or in an imported file. */
export function declarationOf(doc, o) {
    return occurrences(doc).find((x) => x.declaration && sameName(x, o)) ?? importedDeclarations(doc).find((x) => sameName(x, o));
}
/** Every occurrence of the same name in the same namespace (and scenario, for tickets). */
export function occurrencesOf(doc, o) {
    return occurrences(doc).filter((x) => sameName(x, o));
}
/** The declaration node of a namespace's name, for hovers. */
export function declarationNode(doc, kind, name) {
    if (kind === 'ticket')
        return undefined;
    return doc.symbols.get(kind, name)?.node;
}
