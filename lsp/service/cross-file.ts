/**
 * Names across files: a name declared in a shared file and imported by others. References and
 * rename look in the declaring file and in every workspace or open file that imports anything,
 * and keep the occurrences that resolve to the same declaration (file and position).
 */
import type { Location, TextEdit } from 'vscode-languageserver';
import { pathOf, type SlacDocument } from './document.js';
import { declarationOf, occurrencesOf, type Occurrence } from './names.js';

/** The documents a cross-file request may look at (the store and the workspace index give them). */
export interface Files {
  /** The analysed document of a file path, open or not. */
  document(path: string): SlacDocument | undefined;
  /** The documents that import something: open ones and workspace files. */
  importing(): SlacDocument[];
}

type Name = Pick<Occurrence, 'kind' | 'name' | 'scope'>;

function declarationKey(doc: SlacDocument, o: Name): string | null {
  const decl = declarationOf(doc, o);
  if (!decl) return null;
  return `${decl.file ?? pathOf(doc.uri) ?? doc.uri}@${decl.ident.range.start.offset}`;
}

/** Every occurrence of the name, in each document where it resolves to the same declaration. */
export function occurrencesAcross(doc: SlacDocument, o: Name, files: Files): Array<{ doc: SlacDocument; occurrence: Occurrence }> {
  const local = occurrencesOf(doc, o).map((occurrence) => ({ doc, occurrence }));
  const key = o.kind === 'ticket' ? null : declarationKey(doc, o);
  if (key === null) return local;
  const declared = declarationOf(doc, o)!.file;
  const docs = new Map<string, SlacDocument>([[doc.uri, doc]]);
  for (const d of [declared === undefined ? undefined : files.document(declared), ...files.importing()]) {
    if (d && !docs.has(d.uri)) docs.set(d.uri, d);
  }
  const out = [...local];
  for (const d of docs.values()) {
    if (d === doc || declarationKey(d, o) !== key) continue;
    for (const occurrence of occurrencesOf(d, o)) out.push({ doc: d, occurrence });
  }
  return out;
}

export function locationOf(doc: SlacDocument, o: Occurrence): Location {
  return { uri: doc.uri, range: doc.range(o.ident.range) };
}

/** Edits per URI, for a rename's WorkspaceEdit. */
export function editsByUri(
  found: ReadonlyArray<{ doc: SlacDocument; occurrence: Occurrence }>,
  newText: string,
): Record<string, TextEdit[]> {
  const changes: Record<string, TextEdit[]> = {};
  for (const { doc, occurrence } of found) (changes[doc.uri] ??= []).push({ range: doc.range(occurrence.ident.range), newText });
  return changes;
}
