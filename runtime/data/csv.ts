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
export const delimiters: readonly Delimiter[] = [',', ';', '\t'];
export const delimiterName = (d: Delimiter): string => (d === '\t' ? 'tab' : `'${d}'`);

export interface CsvRecord {
  cells: string[];
  line: number;
  endLine: number;
  /** Why the row is malformed, or null. */
  problem: string | null;
  /** Longer than the limit: the cells were not kept. */
  tooLong: boolean;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

// States of the scanner.
const START = 0; // at the start of a cell
const PLAIN = 1; // in an unquoted cell
const QUOTED = 2; // inside quotes
const QUOTE_SEEN = 3; // a quote inside quotes: the end of the cell, or the first half of ""
const AFTER = 4; // after the closing quote

export class CsvScanner {
  private state = START;
  private line = 1;
  private prevCR = false;
  private cells: string[] = [];
  private cell = '';
  /** Spaces at the start of a cell: dropped if a quote follows, else part of the cell. */
  private spaces = '';
  private quoted = false;
  private chars = 0;
  private recordLine = 1;
  private quoteLine = 0;
  private problem: string | null = null;
  private tooLong = false;
  private readonly sep: number;

  constructor(
    delimiter: Delimiter,
    private readonly maxChars: number,
  ) {
    this.sep = delimiter.charCodeAt(0);
  }

  /** The line an unclosed quote opened on, once the text has ended inside it; else null. */
  get unclosedQuote(): number | null {
    return this.state === QUOTED ? this.quoteLine : null;
  }

  /** Scans a block of text; returns the records completed in it. */
  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    const n = text.length;
    let from = 0; // start of the pending slice of the current cell (PLAIN and QUOTED)
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === LF && this.prevCR) {
        // the second half of a CRLF, counted with its CR
        this.prevCR = false;
        if (this.state !== QUOTED) from = i + 1;
        continue;
      }
      this.prevCR = c === CR;
      const isBreak = c === LF || c === CR;
      if (this.state === QUOTED) {
        if (c === QUOTE) {
          this.add(text, from, i);
          this.state = QUOTE_SEEN;
        } else if (isBreak) this.line++;
        continue;
      }
      if (this.state === QUOTE_SEEN) {
        if (c === QUOTE) {
          this.add('"', 0, 1);
          this.state = QUOTED;
          from = i + 1;
          continue;
        }
        this.state = AFTER; // the quote closed the cell
      }
      if (this.state === AFTER) {
        if (c === this.sep) this.endCell();
        else if (isBreak) this.endRecord(out);
        else if (c !== SPACE && c !== TAB)
          this.malformed(`text after the closing quote of cell ${this.cells.length + 1}: quote the whole cell`);
        continue;
      }
      if (this.state === START) {
        if (c === QUOTE) {
          this.spaces = '';
          this.state = QUOTED;
          this.quoted = true;
          this.quoteLine = this.line;
          from = i + 1;
          continue;
        }
        // A tab is a space here, unless it separates the cells (an empty cell of a TSV file).
        if (c === SPACE || (c === TAB && this.sep !== TAB)) {
          this.spaces += text[i];
          continue;
        }
        this.add(this.spaces, 0, this.spaces.length);
        this.spaces = '';
        this.state = PLAIN;
        from = i;
      }
      // PLAIN
      if (c === this.sep) {
        this.add(text, from, i);
        this.endCell();
      } else if (isBreak) {
        this.add(text, from, i);
        this.endRecord(out);
      } else if (c === QUOTE) {
        this.malformed(`a quote inside unquoted cell ${this.cells.length + 1}: quote the whole cell and double its quotes ("a ""b"" c")`);
      }
    }
    if (this.state === PLAIN || this.state === QUOTED) this.add(text, from, n);
    return out;
  }

  /** Ends the text: the last record, if the text does not end with a line break (none while a quote is open). */
  end(): CsvRecord[] {
    if (this.state === QUOTED) return [];
    const out: CsvRecord[] = [];
    if (this.state !== START || this.cells.length > 0 || this.spaces !== '') this.endRecord(out);
    return out;
  }

  private add(text: string, from: number, to: number): void {
    if (to <= from) return;
    this.chars += to - from;
    if (this.chars > this.maxChars) {
      this.tooLong = true;
      this.cell = '';
    } else this.cell += from === 0 && to === text.length ? text : text.slice(from, to);
  }

  private malformed(message: string): void {
    this.problem ??= message;
  }

  private endCell(): void {
    if (this.state === START) this.add(this.spaces, 0, this.spaces.length);
    this.cells.push(this.tooLong ? '' : this.cell);
    this.cell = '';
    this.spaces = '';
    this.state = START;
  }

  private endRecord(out: CsvRecord[]): void {
    const line = this.line;
    this.endCell();
    const cells = this.cells;
    // A blank line, or a row of only delimiters (spreadsheets write them below the data), is no row.
    const blank = !this.quoted && this.problem === null && cells.every((c) => c.trim() === '');
    if (!blank) out.push({ cells, line: this.recordLine, endLine: line, problem: this.problem, tooLong: this.tooLong });
    this.cells = [];
    this.chars = 0;
    this.problem = null;
    this.tooLong = false;
    this.quoted = false;
    this.line++;
    this.recordLine = this.line;
  }
}

/**
 * The delimiter of a header line: the one of `,` `;` tab that occurs in it (outside quotes). When
 * several occur, the one that splits the header into column names that are all known; otherwise
 * the choice is the user's. A header without any is one column.
 */
export function detectDelimiter(
  header: string,
  known: (name: string) => boolean,
): { ok: true; delimiter: Delimiter } | { ok: false; message: string } {
  const counts = new Map<Delimiter, number>();
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  const present = delimiters.filter((d) => counts.has(d));
  if (present.length === 0) return { ok: true, delimiter: ',' };
  if (present.length === 1) return { ok: true, delimiter: present[0]! };
  const fitting = present.filter((d) => splitHeader(header, d).every(known));
  if (fitting.length === 1) return { ok: true, delimiter: fitting[0]! };
  const choices = present.map((d) => `${delimiterName(d)} (${counts.get(d)} times)`).join(', ');
  return {
    ok: false,
    message: `cannot tell which character separates the columns: the header line has ${choices}; say which with --csv-delimiter (${present.map((d) => (d === '\t' ? 'tab' : d)).join(', ')})`,
  };
}

function splitHeader(header: string, d: Delimiter): string[] {
  const s = new CsvScanner(d, Infinity);
  const records = [...s.push(header), ...s.end()];
  return (records[0]?.cells ?? []).map((c) => c.trim());
}
