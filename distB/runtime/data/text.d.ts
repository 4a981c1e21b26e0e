export type Chunks = AsyncIterable<string | Uint8Array>;
/** Bytes that are not UTF-8: the line they are on, the 1-based byte position in that line and the first such byte. */
export interface InvalidBytes {
    line: number;
    column: number;
    byte: number;
}
export declare class DataText implements AsyncIterable<string> {
    private readonly input;
    /** Invalid bytes not yet asked about, in line order. */
    private readonly invalid;
    constructor(input: Chunks);
    [Symbol.asyncIterator](): AsyncGenerator<string>;
    /** The first invalid bytes on lines `from` … `to`; notes about earlier lines are dropped (records come in line order). */
    invalidIn(from: number, to: number): InvalidBytes | null;
    /** Notes the first invalid byte of every line of `bytes` (a block that failed the fast check), the first line being `line`. */
    private note;
}
/** Message for a record with invalid bytes. */
export declare function invalidMessage(bad: InvalidBytes): string;
