/**
 * The change-log annex: the semantic changes since a previous version, listed after the other
 * annexes when the caller (`slac render`/`build` given an earlier version) supplies them. The
 * sentences come in the document's language from the change list of `slac diff`; the annex's
 * own wording is in the templates (partials/annex-changes.hbs).
 */
import { formatDate } from './format/date.js';
import type { DocLang } from './format/locale.js';

export interface ChangeLogInput {
  /** The version the changes are counted from. */
  since: { version: string | null; date: string | null };
  /** One sentence per change, with the article it lands in (`7`, `Bijlage A`), if any. */
  entries: Array<{ article: string | null; text: string }>;
}

export interface VmChangeLog {
  letter: string;
  since: { version: string | null; date: string | null };
  entries: Array<{ where: string | null; text: string }>;
}

/** The annex's view: lettered after the annexes the contract has. */
export function changeLogView(input: ChangeLogInput, annexes: Record<string, string | null>, lang: DocLang): VmChangeLog {
  const used = Object.values(annexes).filter((l): l is string => l !== null).length;
  return {
    letter: String.fromCharCode(65 + used),
    since: { version: input.since.version, date: input.since.date ? formatDate(input.since.date, lang) : null },
    entries: input.entries.map((e) => ({ where: e.article, text: e.text })),
  };
}
