/**
 * The sentence a clause reads as in the contract, from the contract documents (compiler/document,
 * `describeClause`), so a hover shows the contract's own wording. It needs the contract model: the
 * current one, or while the text has errors the newest one without (names may then be missing:
 * no sentence, and the hover falls back to the service's own summary).
 */
import { describeClause } from '../../compiler/document/index.js';
import { spend } from './steps.js';
/** Sentences per model: describing a clause builds the whole document view, so ask once per version. */
const memo = new WeakMap();
export function clauseSentence(doc, ref, lang) {
    const model = doc.analysis.model ?? doc.lastModel;
    if (!ref || !model)
        return null;
    let known = memo.get(model);
    if (!known)
        memo.set(model, (known = new Map()));
    const key = `${lang}|${JSON.stringify(ref)}`;
    if (known.has(key))
        return known.get(key);
    spend();
    let sentence;
    try {
        sentence = describeClause(model, ref, lang).trim() || null;
    }
    catch {
        sentence = null;
    }
    known.set(key, sentence);
    return sentence;
}
/** The tier whose table shows a target of the `targets` block: the implicit tier, or the first that takes it over. */
export function tierOfDefaultTarget(doc, priority, target) {
    const model = doc.analysis.model ?? doc.lastModel;
    if (!model)
        return '';
    const implicit = model.tiers.find((t) => t.implicit);
    if (implicit)
        return '';
    const tier = model.tiers.find((t) => t.targets.some((x) => x.priority === priority && x.target === target && x.from === 'defaults'));
    return tier?.name ?? model.tiers[0]?.name ?? '';
}
