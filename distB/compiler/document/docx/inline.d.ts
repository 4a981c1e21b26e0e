/** Inline HTML (text, strong, em, code, marks, asides) as Word runs: every text is a TextRun. */
import { InternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import { type ChildNode } from './html.js';
import { type Change } from './revisions.js';
export interface RunStyle {
    bold?: boolean;
    italics?: boolean;
    font?: string;
    size?: number;
    color?: string;
    highlight?: 'yellow';
    /** Inserted or deleted text of a redline (`<ins>`, `<del>`): a Word tracked change. */
    change?: Change;
}
/** A text as XML can carry it. */
export declare function xmlText(text: string): string;
export declare function run(text: string, style?: Omit<RunStyle, 'change'>, breakBefore?: boolean): TextRun;
/** A Word tab (`<w:tab/>`), to the paragraph's tab stop or hanging indent. */
export declare function tab(): TextRun;
/** The runs of inline nodes, whitespace collapsed as a browser does (line breaks between tags are layout). */
export declare function runs(nodes: readonly ChildNode[], style?: RunStyle): ParagraphChild[];
/** A TOC entry: a link to the heading's bookmark, label and title apart by a tab. */
export declare function tocLink(anchor: string, nodes: readonly ChildNode[]): InternalHyperlink;
