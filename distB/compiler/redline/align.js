/**
 * Two renderings of a contract, aligned block by block: the new document's tree with every change
 * against the old one marked. Containers (articles, annexes, clauses, lists, tables, rows) are
 * aligned child by child; blocks that hold text (paragraphs, headings, list items, cells) are
 * diffed word by word (words.ts). A block only in the old version stays in the redline marked
 * deleted, one only in the new version is marked inserted: `data-change="del|ins"` on the block,
 * its text in `<del>`/`<ins>`.
 *
 * Alignment is jsdiff's diffArrays over the children with a comparator that pairs "the same
 * block": an article by its number, an annex by its title, a table row by its first cell, anything
 * else by the share of words the two versions have in common. A paired block that is not
 * identical is diffed inside; unpaired ones are whole insertions and deletions.
 */
import { diffArrays } from 'diff';
import render from 'dom-serializer';
import { Element, Text } from 'domhandler';
import { diffInline, markInline } from './words.js';
/** Elements that hold blocks; every other element holds inline content and is diffed word by word. */
const CONTAINERS = new Set(['main', 'section', 'div', 'ol', 'ul', 'table', 'thead', 'tbody', 'tr']);
/** Paired blocks with less than this share of words in common are shown as one deleted and one inserted. */
const SIMILAR = 0.5;
/** The new version's blocks with the changes from the old version's marked. */
export function alignBlocks(before, after, lang) {
    const state = { changed: false, lang };
    return { nodes: alignChildren(before, after, state), changed: state.changed };
}
function children(nodes) {
    return nodes.filter((n) => n instanceof Element || (n.type === 'text' && n.data.trim() !== ''));
}
function alignChildren(before, after, state) {
    const olds = children(before);
    const news = children(after);
    const out = [];
    // Identical blocks first, so a changed block is not paired with a similar one while its unchanged
    // counterpart stands next to it; then, between two identical ones, the same block by key or words.
    let [o, n, gapO, gapN] = [0, 0, 0, 0];
    for (const part of [...diffArrays(olds, news, { comparator: identical }), null]) {
        if (part && (part.removed || part.added)) {
            if (part.removed)
                o += part.count;
            else
                n += part.count;
            continue;
        }
        out.push(...alignGap(olds.slice(gapO, o), news.slice(gapN, n), state));
        for (let k = 0; k < (part?.count ?? 0); k++)
            out.push(pair(olds[o + k], news[n + k], state));
        [o, n] = [o + (part?.count ?? 0), n + (part?.count ?? 0)];
        [gapO, gapN] = [o, n];
    }
    // One block a line, as render.ts writes them.
    return out.flatMap((node, i) => (i === 0 ? [node] : [new Text('\n'), node]));
}
/** The blocks between two identical ones: paired where they are the same block, the rest deleted or inserted whole. */
function alignGap(olds, news, state) {
    const out = [];
    let o = 0;
    let n = 0;
    for (const part of diffArrays(olds, news, { comparator: sameBlock })) {
        for (let k = 0; k < part.count; k++) {
            if (part.removed)
                out.push(marked(olds[o++], 'del', state));
            else if (part.added)
                out.push(marked(news[n++], 'ins', state));
            else
                out.push(pair(olds[o++], news[n++], state));
        }
    }
    return out;
}
/** The same text in the same kind of block, whatever its number (a clause renumbered by a deletion before it is still itself). */
const identical = (a, b) => content(a) === content(b);
const contents = new WeakMap();
function content(node) {
    let c = contents.get(node);
    if (c === undefined) {
        const text = (n) => n instanceof Element ? (classOf(n).split(' ').includes('clause-no') ? '' : n.children.map(text).join('')) : textOf(n);
        c = `${node instanceof Element ? `${node.name}.${classOf(node)}` : '#text'}:${text(node).replace(/\s+/g, ' ').trim()}`;
        contents.set(node, c);
    }
    return c;
}
/** Two versions of one block. */
function pair(old, cur, state) {
    if (signature(old) === signature(cur))
        return cur;
    // The table of contents follows the headings, which carry the changes.
    if (!(old instanceof Element) || !(cur instanceof Element) || cur.name === 'nav') {
        if (cur instanceof Element && cur.name === 'nav')
            return cur;
        state.changed = true;
        return shell(null, diffInline([old], [cur], state.lang));
    }
    if (CONTAINERS.has(cur.name) && !hasLooseText(cur) && !hasLooseText(old)) {
        // A table keeps the new version's column widths.
        const [oldCols, curCols] = [old, cur].map((e) => e.children.filter((c) => c instanceof Element && c.name === 'colgroup'));
        const [olds, news] = [old.children.filter((c) => !oldCols.includes(c)), cur.children.filter((c) => !curCols.includes(c))];
        const body = fixedShape(old, cur) ? zip(olds, news, state) : alignChildren(olds, news, state);
        return shell(cur, [...curCols, ...body]);
    }
    state.changed = true;
    return shell(cur, diffInline(old.children, cur.children, state.lang));
}
/**
 * A row's cells, and a clause's number and body, are compared place by place when both versions
 * have the same shape: a changed cell stays in its column.
 */
function fixedShape(old, cur) {
    if (cur.name !== 'tr' && !classOf(cur).split(' ').includes('clause'))
        return false;
    const shape = (e) => children(e.children).map((c) => (c instanceof Element ? `${c.name}.${classOf(c)}` : '#text'));
    return shape(old).join() === shape(cur).join();
}
function zip(before, after, state) {
    const olds = children(before);
    return children(after).flatMap((cur, i) => (i === 0 ? [pair(olds[i], cur, state)] : [new Text('\n'), pair(olds[i], cur, state)]));
}
/** A block only one version has: a copy with every text in the mark, the block itself marked. */
function marked(node, change, state) {
    state.changed = true;
    if (!(node instanceof Element))
        return shell(null, markInline([node], change));
    const copy = (el) => {
        if (!CONTAINERS.has(el.name) || hasLooseText(el))
            return shell(el, markInline(el.children, change));
        if (el.name === 'nav')
            return el;
        return shell(el, el.children.map((c) => (c instanceof Element && c.name !== 'colgroup' ? copy(c) : c)));
    };
    const top = copy(node);
    top.attribs['data-change'] = change;
    // What was deleted is no link target: its id (`clause-5-3`, `annex-A`) may be the id of a new block.
    if (change === 'del')
        dropIds(top);
    return top;
}
function dropIds(el) {
    delete el.attribs['id'];
    for (const c of el.children)
        if (c instanceof Element)
            dropIds(c);
}
/** A copy of `el` (or a span, for loose text) with other children. */
function shell(el, kids) {
    const copy = new Element(el?.name ?? 'span', el ? { ...el.attribs } : {});
    for (const kid of kids)
        kid.parent = copy;
    copy.children = kids;
    return copy;
}
function hasLooseText(el) {
    return el.children.some((c) => c.type === 'text' && c.data.trim() !== '');
}
const signatures = new WeakMap();
function signature(node) {
    let s = signatures.get(node);
    if (s === undefined)
        signatures.set(node, (s = render(node, { encodeEntities: 'utf8' })));
    return s;
}
function textOf(node) {
    if (node.type === 'text')
        return node.data;
    return node instanceof Element ? node.children.map(textOf).join('') : '';
}
function classOf(el) {
    return el.attribs['class'] ?? '';
}
/** What identifies a block across versions, where something does; null where only its words do. */
function key(el) {
    const kids = el.children.filter((c) => c instanceof Element);
    if (el.name === 'section') {
        // Articles keep their numbers; annexes are lettered in order of appearance, so an annex is its title.
        if (classOf(el).split(' ').includes('article'))
            return el.attribs['id'] ?? null;
        const h2 = kids.find((c) => c.name === 'h2');
        return h2
            ? h2.children
                .filter((c) => !(c instanceof Element && c.name === 'span'))
                .map(textOf)
                .join('')
                .trim()
            : null;
    }
    if (el.name === 'tr')
        return kids[0] ? textOf(kids[0]).trim() : null;
    return null;
}
function sameBlock(a, b) {
    if (!(a instanceof Element) || !(b instanceof Element))
        return a.type === b.type && similarity(a, b) >= SIMILAR;
    if (a.name !== b.name || classOf(a) !== classOf(b))
        return false;
    if (a.name === 'nav')
        return true;
    const [ka, kb] = [key(a), key(b)];
    if (ka !== null && kb !== null && ka === kb)
        return true;
    if (a.name === 'section')
        return false;
    return signature(a) === signature(b) || similarity(a, b) >= SIMILAR;
}
const wordSets = new WeakMap();
function wordCounts(node) {
    let m = wordSets.get(node);
    if (!m) {
        m = new Map();
        for (const w of textOf(node)
            .toLowerCase()
            .match(/[\p{L}\p{N}]+/gu) ?? [])
            m.set(w, (m.get(w) ?? 0) + 1);
        wordSets.set(node, m);
    }
    return m;
}
/** The Dice coefficient of the two blocks' words (1: the same words, 0: none in common). */
function similarity(a, b) {
    const [wa, wb] = [wordCounts(a), wordCounts(b)];
    let common = 0;
    let total = 0;
    for (const [w, c] of wa) {
        common += Math.min(c, wb.get(w) ?? 0);
        total += c;
    }
    for (const c of wb.values())
        total += c;
    return total === 0 ? 1 : (2 * common) / total;
}
