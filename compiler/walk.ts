/** Generic traversal of the AST: every object with a `kind`, depth first, in source order. */
export type AnyNode = { kind: string; range: unknown } & Record<string, unknown>;

export function forEachNode(root: unknown, visit: (node: AnyNode, parent: AnyNode | null) => void, parent: AnyNode | null = null): void {
  if (Array.isArray(root)) {
    for (const item of root) forEachNode(item, visit, parent);
    return;
  }
  if (root === null || typeof root !== 'object') return;
  const node = root as AnyNode;
  const isNode = typeof node.kind === 'string';
  if (isNode) visit(node, parent);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'range' && value !== null && typeof value === 'object') forEachNode(value, visit, isNode ? node : parent);
  }
}
