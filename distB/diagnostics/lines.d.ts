import type { Position } from './index.js';
/** Matches one line break; used to split text into lines. */
export declare const lineBreak: RegExp;
export declare class LineIndex {
    private readonly text;
    /** Offset of the first character of every line. */
    private readonly starts;
    constructor(text: string);
    /** The 1-based line and column of an offset (clamped to the text). */
    position(offset: number): Position;
}
/** The text split into lines, without their line breaks. */
export declare function splitLines(text: string): string[];
