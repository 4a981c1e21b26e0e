/**
 * The contract's blocks as Word paragraphs and tables. Articles and clauses keep the numbers the
 * HTML prints ("Artikel 5", "5.1") as text, not as Word numbering: the contract refers to them
 * in its own words ("berekend volgens artikel 9"), and Word numbering would renumber the
 * headings when a reviewer inserts one while those references stayed, silently wrong. The
 * lettered lists (a, b, c), never referred to by letter, are Word numbering.
 */
import { Paragraph, Table, type IParagraphOptions } from 'docx';
import { type ChildNode, type Element } from './html.js';
import { type Change } from './revisions.js';
export type Block = ({
    kind: 'p';
    options: IParagraphOptions;
} | {
    kind: 'table';
    el: Element;
    ctx: Context;
    keepRows: boolean;
    keepNext: boolean;
}) & {
    /** In a redline: the block was inserted or deleted whole (Word marks its paragraph mark or its rows). */
    change?: Change;
};
interface Context {
    /** Left indent of the text, in twips: in an article, text lines up with the clause text. */
    indent: number;
}
/** Numbering instances (each lettered list starts again at a) and bookmark ids, per document. */
export interface Counter {
    lists: number;
    bookmarks: number;
}
export declare function blocks(nodes: readonly ChildNode[], counter: Counter, ctx?: Context): Block[];
/** The blocks as docx objects. */
export declare function toDocx(list: readonly Block[]): Array<Paragraph | Table>;
export {};
