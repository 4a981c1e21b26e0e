/**
 * Two contract models compared element by element (elements.ts): what was added, removed or
 * changed in meaning. Elements match by identity, never by position, so a file with its
 * declarations (or texts) in another order gives no change.
 */
import { diffWords } from 'diff';
import { sectionsOfPartials } from '../document/articles.js';
import { docLangs } from '../document/format/locale.js';
import { annexLetters } from '../document/view-model.js';
import { elementsOf } from './elements.js';
import { canonical, sameValue, textIn } from './entity.js';
/** Where a partial lands in the document of `model`. */
function placeOf(partial, model) {
    if (partial === null)
        return { kind: 'heading' };
    const section = sectionsOfPartials('nl').get(partial);
    if (!section)
        return { kind: 'heading' };
    if (section.kind === 'article')
        return { kind: 'article', number: section.number };
    const letter = annexLetters(model)[section.annex];
    return letter ? { kind: 'annex', letter } : null;
}
/**
 * Word-level differences of two texts (jsdiff). A text rewritten for the most part reads better
 * as the old text replaced by the new than as a mosaic of single words: when less than half of the
 * words stay, the whole text is one removal and one addition.
 */
export function wordDiff(before, after) {
    const parts = diffWords(before, after).map((p) => ({
        op: p.added ? 'added' : p.removed ? 'removed' : 'same',
        text: p.value,
    }));
    const count = (s) => s.split(/\s+/).filter(Boolean).length;
    const kept = parts.filter((p) => p.op === 'same').reduce((n, p) => n + count(p.text), 0);
    if (kept * 2 >= Math.max(count(before), count(after)))
        return parts;
    return [
        { op: 'removed', text: before },
        { op: 'added', text: after },
    ];
}
function words(before, after) {
    return Object.fromEntries(docLangs.map((l) => [l, wordDiff(before[l], after[l])]));
}
const side = (value, text) => ({ value: canonical(value), text });
const textSide = (t) => side(t.byLang, Object.fromEntries(docLangs.map((l) => [l, textIn(t, l)])));
/** The semantic changes from `before` to `after`, in document order (by article, then as declared). */
export function diffContracts(before, after) {
    const olds = elementsOf(before);
    const news = elementsOf(after);
    const oldById = new Map(olds.map((e) => [e.id, e]));
    const newById = new Map(news.map((e) => [e.id, e]));
    const changes = [];
    const base = (e, model, partial = e.partial) => ({
        subject: e.subject,
        id: e.id,
        label: e.label,
        noun: e.noun,
        name: e.name,
        item: e.item,
        place: placeOf(partial, model),
        bears: e.bears,
    });
    const mainText = (e) => e.summary ?? e.aspects.find((x) => x.label === null)?.text ?? null;
    const whole = (kind, e, model) => {
        const text = mainText(e);
        const s = text ? side(Object.fromEntries(e.aspects.map((x) => [x.name || 'value', x.value])), text) : null;
        changes.push({
            kind,
            ...base(e, model),
            aspect: null,
            aspectLabel: null,
            note: null,
            old: kind === 'removed' ? s : null,
            new: kind === 'added' ? s : null,
            words: null,
        });
    };
    for (const e of news) {
        const o = oldById.get(e.id);
        if (!o) {
            if (e.parent === null || oldById.has(e.parent))
                whole('added', e, after);
            continue;
        }
        const differs = (name) => {
            const now = e.aspects.find((x) => x.name === name);
            const was = o.aspects.find((x) => x.name === name);
            return !now || !was || !sameValue(was.value, now.value);
        };
        /** Aspects said as the note of another that changed too (see Aspect.note). */
        const merged = new Set(e.aspects.filter((x) => x.note && differs(x.name) && differs(x.note)).map((x) => x.note));
        for (const aspect of e.aspects) {
            const was = o.aspects.find((x) => x.name === aspect.name);
            if (merged.has(aspect.name) || !differs(aspect.name))
                continue;
            const partial = aspect.partial ?? e.partial;
            const both = merged.has(aspect.note ?? '');
            const isProse = aspect.prose === true && was !== undefined && was.value !== null && aspect.value !== null;
            const noteAspect = (of) => (aspect.note ? of.aspects.find((x) => x.name === aspect.note) : undefined);
            const noteOf = (of) => noteAspect(of)?.text;
            const sideValue = (of, v) => both ? { [aspect.name || 'value']: v, [aspect.note]: noteAspect(of)?.value ?? null } : v;
            const withNote = (text, note) => note ? Object.fromEntries(docLangs.map((l) => [l, `${text[l]} (${note[l]})`])) : text;
            changes.push({
                kind: 'changed',
                ...base(e, after, partial),
                aspect: aspect.name === '' ? 'value' : aspect.name,
                aspectLabel: aspect.label,
                note: both ? null : (noteOf(e) ?? null),
                old: was ? side(sideValue(o, was.value), both ? withNote(was.text, noteOf(o)) : was.text) : null,
                new: side(sideValue(e, aspect.value), both ? withNote(aspect.text, noteOf(e)) : aspect.text),
                words: isProse ? words(was.text, aspect.text) : null,
            });
        }
        for (const list of e.texts) {
            const had = o.texts.find((x) => x.name === list.name)?.texts ?? [];
            changes.push(...textChanges(had, list.texts).map((c) => ({
                ...base(e, after, list.partial ?? e.partial),
                aspect: list.name,
                aspectLabel: list.label,
                note: null,
                ...c,
            })));
        }
    }
    for (const e of olds)
        if (!newById.has(e.id) && (e.parent === null || newById.has(e.parent)))
            whole('removed', e, before);
    return sortByPlace(changes);
}
/**
 * Two lists of contract texts: texts in both (in any order) are unchanged; of the rest, the n-th
 * old and the n-th new text are one changed text (shown word by word), the remainder added or removed.
 */
function textChanges(before, after) {
    const key = (t) => JSON.stringify(canonical(t.byLang));
    const left = [...before];
    const added = [];
    for (const t of after) {
        const i = left.findIndex((x) => key(x) === key(t));
        if (i >= 0)
            left.splice(i, 1);
        else
            added.push(t);
    }
    const out = [];
    const pairs = Math.min(left.length, added.length);
    for (let i = 0; i < pairs; i++) {
        const o = textSide(left[i]);
        const n = textSide(added[i]);
        out.push({ kind: 'changed', old: o, new: n, words: words(o.text, n.text) });
    }
    for (const t of added.slice(pairs))
        out.push({ kind: 'added', old: null, new: textSide(t), words: null });
    for (const t of left.slice(pairs))
        out.push({ kind: 'removed', old: textSide(t), new: null, words: null });
    return out;
}
/** Heading first, then articles by number, then annexes by letter; within one place, the order found. */
function sortByPlace(changes) {
    const rank = (p) => p === null ? [3, 0] : p.kind === 'heading' ? [0, 0] : p.kind === 'article' ? [1, Number(p.number)] : [2, p.letter.charCodeAt(0)];
    return changes
        .map((c, i) => ({ c, i, r: rank(c.place) }))
        .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.i - b.i)
        .map((x) => x.c);
}
