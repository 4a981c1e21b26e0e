/**
 * The change-log annex of a document (compiler/document/change-log.ts): the change list of
 * `slac diff` between an earlier version and this one, one sentence per change in the document's
 * language, with the article or annex it lands in, in the order of the change list.
 */
import type { ChangeLogInput } from '../document/change-log.js';
import type { DocLang } from '../document/format/locale.js';
import type { ContractModel } from '../model.js';
import type { Place } from './change.js';
import { diffContracts } from './compare.js';
import { describeChange } from './describe.js';
import { word } from './words.js';

function where(place: Place | null, lang: DocLang): string | null {
  if (place === null) return null;
  if (place.kind === 'heading') return word(lang, 'place-heading');
  return place.kind === 'article' ? place.number : word(lang, 'place-annex', { letter: place.letter });
}

export function changeLogOf(before: ContractModel, after: ContractModel, lang: DocLang): ChangeLogInput {
  return {
    since: { version: before.agreement.version, date: before.revisions.date },
    entries: diffContracts(before, after).map((c) => ({ article: where(c.place, lang), text: describeChange(c, lang) })),
  };
}
