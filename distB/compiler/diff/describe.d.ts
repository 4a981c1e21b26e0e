/** A change in words (templates/<lang>/words.hbs), and the whole change list as text by article. */
import type { DocLang } from '../document/format/locale.js';
import type { Change, Place, WordPart } from './change.js';
/** Word-level differences inline: `[-removed-]{+added+}` (as wdiff writes them). */
export declare function inlineWords(parts: readonly WordPart[]): string;
/** One change as a sentence in contract terms: `Resolution time P1 (Vital): 4 hours → 2 hours …`. */
export declare function describeChange(change: Change, lang: DocLang): string;
/** Where a change lands, as the id of the document's heading (`art-7`, `annex-A`), or `heading` / `none`. */
export declare function placeKey(place: Place | null): string;
