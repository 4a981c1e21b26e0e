export function forEachNode(root, visit, parent = null) {
    if (root === null || typeof root !== 'object')
        return;
    if (Array.isArray(root)) {
        for (const item of root)
            forEachNode(item, visit, parent);
        return;
    }
    const node = root;
    const isNode = typeof node.kind === 'string';
    if (isNode)
        visit(node, parent);
    // for…in rather than Object.entries: the walk runs on every keystroke in the editor.
    for (const key in node) {
        if (key === 'range')
            continue;
        const value = node[key];
        if (value !== null && typeof value === 'object')
            forEachNode(value, visit, isNode ? node : parent);
    }
}
