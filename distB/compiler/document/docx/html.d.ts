import type { ChildNode, Element } from 'domhandler';
export type { ChildNode, Element } from 'domhandler';
/** The contract's body: the children of `<main class="contract">`. */
export declare function contractBody(html: string): ChildNode[];
/** A fragment of inline HTML (the running footer) as nodes. */
export declare function fragment(html: string): ChildNode[];
export declare function isElement(node: ChildNode): node is Element;
export declare function hasClass(node: Element, name: string): boolean;
export declare function elements(nodes: readonly ChildNode[]): Element[];
export declare function findElement(nodes: readonly ChildNode[], test: (e: Element) => boolean): Element | undefined;
/** The text of nodes, as the reader sees it (entities decoded). */
export declare function textOf(nodes: readonly ChildNode[]): string;
