/**
 * Every named thing in a document and every place it is used, built on the compiler's own
 * symbol tables (collectSymbols / collectReferences) plus scenario tickets, which are named and
 * referenced inside one scenario. Definition, references, rename, hover and semantic tokens all
 * read this one index.
 */
import type * as A from '../../grammar/ast.js';
import type { Namespace } from '../../compiler/symbols.js';
import type { SlacDocument } from './document.js';

export type NameKind = Namespace | 'ticket';

export interface Occurrence {
  kind: NameKind;
  name: string;
  ident: A.Ident;
  declaration: boolean;
  /** For tickets: the scenario that scopes the name. */
  scope: A.ScenarioDecl | null;
  /** The file of a declaration this document imports; undefined in this document. */
  file?: string;
}

export const namespaces: readonly Namespace[] = [
  'calendar',
  'priority',
  'tier',
  'service',
  'objective',
  'escalation',
  'impact level',
  'urgency level',
];

const cache = new WeakMap<SlacDocument, Occurrence[]>();

/** All occurrences in source order. */
export function occurrences(doc: SlacDocument): Occurrence[] {
  let list = cache.get(doc);
  if (list) return list;
  list = [];
  for (const ns of namespaces) {
    for (const decl of doc.symbols.all(ns))
      if (doc.origin(decl.node) === undefined) list.push({ kind: ns, name: decl.name, ident: decl.ident, declaration: true, scope: null });
  }
  for (const ref of importedNames(doc)) list.push(ref);
  for (const { again } of doc.symbols.duplicates) {
    list.push({ kind: again.namespace, name: again.name, ident: again.ident, declaration: true, scope: null });
  }
  for (const ref of doc.references)
    list.push({ kind: ref.namespace, name: ref.ident.name, ident: ref.ident, declaration: false, scope: null });
  for (const decl of doc.document.declarations) {
    if (decl.kind !== 'Scenario') continue;
    for (const s of decl.body) {
      if (s.kind === 'Ticket' && s.id.name) list.push({ kind: 'ticket', name: s.id.name, ident: s.id, declaration: true, scope: decl });
      else if (
        (s.kind === 'ExpectTicket' ||
          s.kind === 'ExpectClock' ||
          s.kind === 'ExpectAtRisk' ||
          s.kind === 'ExpectStep' ||
          s.kind === 'ExpectTicketCredit') &&
        s.ticket.name
      )
        list.push({ kind: 'ticket', name: s.ticket.name, ident: s.ticket, declaration: false, scope: decl });
    }
  }
  list = list.filter((o) => o.name !== '' && o.ident.range.end.offset > o.ident.range.start.offset);
  list.sort((a, b) => a.ident.range.start.offset - b.ident.range.start.offset);
  cache.set(doc, list);
  return list;
}

/** The names of import items (`import calendar office from …`): references to what they import. */
function importedNames(doc: SlacDocument): Occurrence[] {
  const out: Occurrence[] = [];
  for (const d of doc.document.declarations) {
    if (d.kind !== 'Import' || !d.items) continue;
    for (const item of d.items) {
      if (!item.name?.name) continue;
      const what = item.what;
      const kind =
        namespaces.find((ns) => (what === null || what === ns) && doc.symbols.get(ns, item.name!.name)) ?? (what as Namespace | null);
      if (kind) out.push({ kind, name: item.name.name, ident: item.name, declaration: false, scope: null });
    }
  }
  return out;
}

/** The declarations this document imports, in the files they are written in. */
export function importedDeclarations(doc: SlacDocument): Occurrence[] {
  if (!doc.program) return [];
  const out: Occurrence[] = [];
  for (const ns of namespaces) {
    for (const decl of doc.symbols.all(ns)) {
      const file = doc.origin(decl.node);
      if (file !== undefined) out.push({ kind: ns, name: decl.name, ident: decl.ident, declaration: true, scope: null, file });
    }
  }
  return out;
}

/** The name under (or just before) the cursor. */
export function occurrenceAt(doc: SlacDocument, offset: number): Occurrence | undefined {
  let best: Occurrence | undefined;
  for (const o of occurrences(doc)) {
    const { start, end } = o.ident.range;
    if (start.offset > offset) break;
    if (offset <= end.offset) {
      // Prefer the name the cursor is inside over one that merely ends at the cursor.
      if (!best || offset < end.offset) best = o;
    }
  }
  return best;
}

function sameName(a: Occurrence, b: { kind: NameKind; name: string; scope: A.ScenarioDecl | null }): boolean {
  return a.kind === b.kind && a.name === b.name && a.scope === b.scope;
}

/** Where a name is declared (the first declaration when it is declared twice), here or in an imported file. */
export function declarationOf(
  doc: SlacDocument,
  o: { kind: NameKind; name: string; scope: A.ScenarioDecl | null },
): Occurrence | undefined {
  return occurrences(doc).find((x) => x.declaration && sameName(x, o)) ?? importedDeclarations(doc).find((x) => sameName(x, o));
}

/** Every occurrence of the same name in the same namespace (and scenario, for tickets). */
export function occurrencesOf(doc: SlacDocument, o: { kind: NameKind; name: string; scope: A.ScenarioDecl | null }): Occurrence[] {
  return occurrences(doc).filter((x) => sameName(x, o));
}

/** The declaration node of a namespace's name, for hovers. */
export function declarationNode(
  doc: SlacDocument,
  kind: NameKind,
  name: string,
): A.Declaration | A.MatrixStmt | A.ScenarioTicket | undefined {
  if (kind === 'ticket') return undefined;
  return doc.symbols.get(kind, name)?.node;
}
