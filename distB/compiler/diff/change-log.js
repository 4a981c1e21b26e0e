import { diffContracts } from './compare.js';
import { describeChange } from './describe.js';
import { word } from './words.js';
function where(place, lang) {
    if (place === null)
        return null;
    if (place.kind === 'heading')
        return word(lang, 'place-heading');
    return place.kind === 'article' ? place.number : word(lang, 'place-annex', { letter: place.letter });
}
export function changeLogOf(before, after, lang) {
    return {
        since: { version: before.agreement.version, date: before.revisions.date },
        entries: diffContracts(before, after).map((c) => ({ article: where(c.place, lang), text: describeChange(c, lang) })),
    };
}
