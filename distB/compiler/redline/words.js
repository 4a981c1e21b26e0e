/**
 * The word-level difference of two versions of one block (a paragraph, a heading, a list item, a
 * table cell): the block's inline content of the new version, with what the old version had and
 * the new one lacks in `<del>` and what the new one adds in `<ins>`.
 *
 * Both blocks are flattened to their text, each character remembering the leaf it came from (a
 * text node, or a `<br>`/`<wbr>`) and that leaf's inline ancestors (`<strong>`, `<code>`, a link).
 * The texts are split into words with Intl.Segmenter and diffed with jsdiff; the result is
 * rebuilt as a tree, each piece under a copy of its own ancestors, the change mark innermost
 * (`<strong><del>4</del></strong>`), so a bold or code span keeps its look in the redline.
 */
import { diffArrays } from 'diff';
import { Element, Text } from 'domhandler';
/** A void element takes one character of the flattened text, so it is diffed and placed like a word. */
const VOID = { br: '\n', wbr: '\u200b' };
function flatten(nodes) {
    const flat = { text: '', leaves: [] };
    const walk = (list, ancestors) => {
        for (const node of list) {
            if (node.type === 'text')
                add(node, node.data, ancestors);
            else if (node instanceof Element) {
                const stand = VOID[node.name];
                if (stand !== undefined)
                    add(node, stand, ancestors);
                else
                    walk(node.children, [...ancestors, node]);
            }
        }
    };
    const add = (node, text, ancestors) => {
        if (text === '')
            return;
        flat.leaves.push({ node, start: flat.text.length, end: flat.text.length + text.length, ancestors });
        flat.text += text;
    };
    walk(nodes, []);
    return flat;
}
const segmenters = new Map();
function words(text, lang) {
    let s = segmenters.get(lang);
    if (!s)
        segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'word' })));
    return [...s.segment(text)].map((x) => x.segment);
}
/**
 * The changes from `before` to `after`, word by word. A run of only spaces or punctuation between
 * two changes joins them (`<del>4 uur</del><ins>2 werkdagen</ins>`, not four marks); within a
 * change, what was deleted comes before what was inserted.
 */
export function wordOps(before, after, lang) {
    const parts = diffArrays(words(before, lang), words(after, lang));
    const ops = [];
    let del = '';
    let ins = '';
    const flush = () => {
        // Spaces both sides have at the edges of a change are no part of it.
        const lead = common(del, ins, /^\s+/);
        const trail = common(del.slice(lead.length), ins.slice(lead.length), /\s+$/);
        del = del.slice(lead.length, del.length - trail.length);
        ins = ins.slice(lead.length, ins.length - trail.length);
        if (lead)
            ops.push({ mark: 'eq', text: lead });
        if (del)
            ops.push({ mark: 'del', text: del });
        if (ins)
            ops.push({ mark: 'ins', text: ins });
        if (trail)
            ops.push({ mark: 'eq', text: trail });
        del = ins = '';
    };
    for (const [i, part] of parts.entries()) {
        const text = part.value.join('');
        if (part.removed)
            del += text;
        else if (part.added)
            ins += text;
        else if ((del || ins) && i < parts.length - 1 && /^\s{1,2}$/.test(text)) {
            del += text;
            ins += text;
        }
        else {
            flush();
            ops.push({ mark: 'eq', text });
        }
    }
    flush();
    return ops;
}
/** The whitespace at one edge (`edge`: /^\s+/ or /\s+$/) that `a` and `b` share. */
function common(a, b, edge) {
    const [x, y] = [edge.exec(a)?.[0] ?? '', edge.exec(b)?.[0] ?? ''];
    const n = Math.min(x.length, y.length);
    return edge.source.startsWith('^') ? x.slice(0, n) : x.slice(x.length - n);
}
/** The inline content of the new block with the word changes from the old one marked. */
export function diffInline(before, after, lang) {
    const old = flatten(before);
    const cur = flatten(after);
    const builder = new TreeBuilder();
    let o = 0;
    let n = 0;
    for (const op of wordOps(old.text, cur.text, lang)) {
        const len = op.text.length;
        if (op.mark === 'del')
            builder.take(old, o, o + len, 'del');
        else
            builder.take(cur, n, n + len, op.mark);
        if (op.mark !== 'ins')
            o += len;
        if (op.mark !== 'del')
            n += len;
    }
    return builder.children();
}
/** Every text of a subtree in one mark (a block deleted or inserted whole). */
export function markInline(nodes, mark) {
    const flat = flatten(nodes);
    const builder = new TreeBuilder();
    builder.take(flat, 0, flat.text.length, mark);
    return builder.children();
}
/** Builds a tree from pieces of leaves: each piece under copies of its ancestors, shared while they stay the same. */
class TreeBuilder {
    root = [];
    /** The open elements: the source element (or mark) each copy stands for, and the copy. */
    stack = [];
    take(flat, from, to, mark) {
        for (const leaf of flat.leaves) {
            const a = Math.max(from, leaf.start);
            const b = Math.min(to, leaf.end);
            if (a >= b)
                continue;
            const want = [...leaf.ancestors, ...(mark === 'eq' ? [] : [mark])];
            let k = 0;
            while (k < this.stack.length && k < want.length && this.stack[k].source === want[k])
                k++;
            this.stack.length = k;
            for (const source of want.slice(k)) {
                const copy = typeof source === 'string' ? new Element(source, {}) : new Element(source.name, { ...source.attribs });
                this.append(copy);
                this.stack.push({ source, copy });
            }
            const node = leaf.node;
            this.append(node instanceof Element
                ? new Element(node.name, { ...node.attribs })
                : new Text(node.data.slice(a - leaf.start, b - leaf.start)));
        }
    }
    append(node) {
        const parent = this.stack[this.stack.length - 1]?.copy;
        if (parent) {
            node.parent = parent;
            parent.children.push(node);
        }
        else
            this.root.push(node);
    }
    children() {
        return this.root;
    }
}
