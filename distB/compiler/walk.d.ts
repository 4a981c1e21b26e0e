/** Generic traversal of the AST: every object with a `kind`, depth first, in source order. */
export type AnyNode = {
    kind: string;
    range: unknown;
} & Record<string, unknown>;
export declare function forEachNode(root: unknown, visit: (node: AnyNode, parent: AnyNode | null) => void, parent?: AnyNode | null): void;
