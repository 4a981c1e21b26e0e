/**
 * The HTML document as a tree. The DOCX is built from the same helper output as the HTML (one set
 * of templates, one set of structure helpers): a closed set of elements and classes that
 * render.ts writes, with every .sla text already escaped there and decoded again here into text
 * nodes, so no text can become structure.
 */
import { parseDocument } from 'htmlparser2';
/** The contract's body: the children of `<main class="contract">`. */
export function contractBody(html) {
    const main = findElement(parseDocument(html).children, (e) => e.name === 'main');
    if (!main)
        throw new Error('rendered document has no <main> element');
    return main.children;
}
/** A fragment of inline HTML (the running footer) as nodes. */
export function fragment(html) {
    return parseDocument(html).children;
}
export function isElement(node) {
    return node.type === 'tag';
}
export function hasClass(node, name) {
    return (node.attribs['class'] ?? '').split(' ').includes(name);
}
export function elements(nodes) {
    return nodes.filter(isElement);
}
export function findElement(nodes, test) {
    for (const node of nodes) {
        if (!isElement(node))
            continue;
        if (test(node))
            return node;
        const inner = findElement(node.children, test);
        if (inner)
            return inner;
    }
    return undefined;
}
/** The text of nodes, as the reader sees it (entities decoded). */
export function textOf(nodes) {
    return nodes.map((n) => (n.type === 'text' ? n.data : isElement(n) ? textOf(n.children) : '')).join('');
}
