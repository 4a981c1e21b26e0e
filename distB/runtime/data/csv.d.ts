/**
 * CSV records (RFC 4180) from a stream of text, each with the line it starts and ends on. Written
 * here rather than taken from csv-parse (6.2.1), because a reader of business data must keep every
 * row it can, and csv-parse was tried with every relevant option and cannot:
 *  - go on after a bad quote: with `skip_records_with_error` the parser stays inside the quote, so
 *    on `id,p,c\n"B"x,P2,y\n "C" ,P2,z\nD,P2,w\n` it reports row B twice, swallows C and (without
 *    ltrim/rtrim) ends in "quote not closed", losing D; `relax_quotes` accepts `A"1` and `"B"x`
 *    silently; `max_record_size` drops the rest of the chunk after an over-long row;
 *  - count lines: a CRLF inside a quoted cell counts as two lines (every later line shifts), and
 *    one line ending is picked per file (`record_delimiter` with several endings did not help);
 *  - say where an unclosed quote opens: it names the last line of the file;
 *  - bound memory: an unclosed quote makes it hold the rest of the file as one field.
 * Here a malformed row is one rejected row, reading goes on with the next, and a record longer than
 * the limit is not kept.
 *
 * Quoted cells may hold delimiters, doubled quotes and line breaks. Spaces before an opening quote
 * and after a closing one are allowed. A quote inside an unquoted cell, or text after a closing
 * quote, makes the row malformed. Blank lines, and rows of empty cells only, are not rows.
 */
export type Delimiter = ',' | ';' | '\t';
export declare const delimiters: readonly Delimiter[];
export declare const delimiterName: (d: Delimiter) => string;
export interface CsvRecord {
    cells: string[];
    line: number;
    endLine: number;
    /** Why the row is malformed, or null. */
    problem: string | null;
    /** Longer than the limit: the cells were not kept. */
    tooLong: boolean;
}
export declare class CsvScanner {
    private readonly maxChars;
    private state;
    private line;
    private prevCR;
    private cells;
    private cell;
    /** Spaces at the start of a cell: dropped if a quote follows, else part of the cell. */
    private spaces;
    private quoted;
    private chars;
    private recordLine;
    private quoteLine;
    private problem;
    private tooLong;
    private readonly sep;
    constructor(delimiter: Delimiter, maxChars: number);
    /** The line an unclosed quote opened on, once the text has ended inside it; else null. */
    get unclosedQuote(): number | null;
    /** Scans a block of text; returns the records completed in it. */
    push(text: string): CsvRecord[];
    /** Ends the text: the last record, if the text does not end with a line break (none while a quote is open). */
    end(): CsvRecord[];
    private add;
    private malformed;
    private endCell;
    private endRecord;
}
/**
 * The delimiter of a header line: the one of `,` `;` tab that occurs in it (outside quotes). When
 * several occur, the one that splits the header into column names that are all known; otherwise
 * the choice is the user's. A header without any is one column.
 */
export declare function detectDelimiter(header: string, known: (name: string) => boolean): {
    ok: true;
    delimiter: Delimiter;
} | {
    ok: false;
    message: string;
};
