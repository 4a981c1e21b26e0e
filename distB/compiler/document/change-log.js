/**
 * The change-log annex: the semantic changes since a previous version, listed after the other
 * annexes when the caller (`slac render`/`build` given an earlier version) supplies them. The
 * sentences come in the document's language from the change list of `slac diff`; the annex's
 * own wording is in the templates (partials/annex-changes.hbs).
 */
import { formatDate } from './format/date.js';
/** The annex's view: lettered after the annexes the contract has. */
export function changeLogView(input, annexes, lang) {
    const used = Object.values(annexes).filter((l) => l !== null).length;
    return {
        letter: String.fromCharCode(65 + used),
        since: { version: input.since.version, date: input.since.date ? formatDate(input.since.date, lang) : null },
        entries: input.entries.map((e) => ({ where: e.article, text: e.text })),
    };
}
