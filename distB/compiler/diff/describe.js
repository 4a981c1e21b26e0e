import { word } from './words.js';
/** Word-level differences inline: `[-removed-]{+added+}` (as wdiff writes them). */
export function inlineWords(parts) {
    return parts.map((p) => (p.op === 'same' ? p.text : p.op === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');
}
/** One change as a sentence in contract terms: `Resolution time P1 (Vital): 4 hours → 2 hours …`. */
export function describeChange(change, lang) {
    const context = {
        kind: change.kind,
        label: change.label[lang],
        // `New objective: …`: the kind in running text.
        noun: change.noun ? change.noun[lang].charAt(0).toLocaleLowerCase(lang) + change.noun[lang].slice(1) : null,
        name: change.name?.[lang] ?? null,
        part: change.item?.[lang] ?? null,
        aspect: change.aspectLabel?.[lang] ?? null,
        old: change.old?.text[lang] ?? null,
        new: change.new?.text[lang] ?? null,
        words: change.words ? inlineWords(change.words[lang]) : null,
        note: change.note?.[lang] ?? null,
        // A text changed in another language only: this language's text is the same.
        elsewhere: change.words?.[lang].every((p) => p.op === 'same') ?? false,
        // Only a text of a list is added or removed with an aspect: elements come and go whole.
        text: change.aspect !== null,
    };
    return word(lang, `change-${change.kind}`, context);
}
/** Where a change lands, as the id of the document's heading (`art-7`, `annex-A`), or `heading` / `none`. */
export function placeKey(place) {
    if (place === null)
        return 'none';
    return place.kind === 'heading' ? 'heading' : place.kind === 'article' ? `art-${place.number}` : `annex-${place.letter}`;
}
