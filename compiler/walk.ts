/** Generic traversal of the AST: every object with a `kind`, depth first, in source order. */
export type AnyNode = { kind: string; range: unknown } & Record<string, unknown>;

export function forEachNode(root: unknown, visit: (node: AnyNode, parent: AnyNode | null) => void, parent: AnyNode | null = null): void {
  if (root === null || typeof root !== 'object') return;
  if (Array.isArray(root)) {
    for (const item of root) forEachNode(item, visit, parent);
    return;
  }
  const node = root as AnyNode;
  const isNode = typeof node.kind === 'string';
  if (isNode) visit(node, parent);
  // for…in rather than Object.entries: the walk runs on every keystroke in the editor.
  for (const key in node) {
    if (key === 'range') continue;
    const value = node[key];
    if (value !== null && typeof value === 'object') forEachNode(value, visit, isNode ? node : parent);
  }
}
