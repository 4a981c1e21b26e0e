/**
 * CSV files of tickets, contacts and outages read by DuckDB (native-read.ts). Exact only where every record is one line, so
 * DuckDB reads the file as lines (as for NDJSON) and SQL splits them into cells:
 *  - the line breaks all `\n` or all `\r\n` (a lone `\r` breaks a line for the reader, not for
 *    DuckDB), no NUL;
 *  - the header read by the JavaScript reader itself without a problem (no unknown or repeated
 *    column, the delimiter given or detected), on one line;
 *  - every line with a quote made of whole cells, each unquoted without a quote or quoted on the
 *    line (`"Smit, ""Jansen"""`): a quote that opens a cell across lines, or a malformed one
 *    (whose effect on the lines after it only the reader's scanner knows), sends the whole file to
 *    the JavaScript reader.
 * A row is *shaped* (record-checks.ts and native-records.ts decide the rest) when it has the
 * header's number of cells, no whitespace that JavaScript's trim strips and SQL's does not, empty
 * cells of the fields SQL does not read (custom fields; a ticket's language and cause: their checks
 * stay in JavaScript, as for NDJSON), and an events cell whose entries are `<at> <keyword> <value>`
 * with single spaces, the keyword (and a message's value) in ASCII; an outage's kind in ASCII,
 * lowered as the reader lowers it.
 * Other rows are flagged, and `csvRowItem` reads each with the JavaScript reader.
 */
import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { int, text } from '../../compiler/emit/sql/dialect.js';
import { literalPath } from './literal-path.js';
import { normaliseHeader } from '../../runtime/data/columns.js';
import { CsvScanner, type Delimiter, detectDelimiter } from '../../runtime/data/csv.js';
import { type RawItem, type ReadOptions, csvColumns, knownColumn, readCsv } from '../../runtime/data/read.js';
import type { RecordKind } from '../../runtime/data/types.js';

/** JavaScript's String.prototype.trim() whitespace, as the inside of a regular expression's class. */
export const JS_SPACE = '\\t\\n\\x0b\\x0c\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';
/** The part of it SQL's `trim(c, ' \t')` does not strip (a line break is no part of a line). */
const OTHER_SPACE = '[\\x0b\\x0c\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]';

/** How slac reads the rows of one CSV file in SQL. */
export interface CsvPlan {
  kind: RecordKind;
  delimiter: Delimiter;
  /** The header line as written, and its line number (the rows follow it). */
  header: string;
  headerLine: number;
  newLine: '\n' | '\r\n';
  /** Per header cell, the record field it gives; null for a custom field (`fields.team`). */
  columns: Array<string | null>;
}

/** How often `what` (a byte, or a run of bytes) occurs in `b`. */
function occurrences(b: Buffer, what: number | Buffer): number {
  let n = 0;
  for (let i = b.indexOf(what); i !== -1; i = b.indexOf(what, i + 1)) n++;
  return n;
}

const CRLF = Buffer.from('\r\n');

/** `\n` or `\r\n` when every line break of the file is that one; null for other breaks or a NUL. */
async function lineBreak(path: string): Promise<'\n' | '\r\n' | null> {
  let cr = 0;
  let lf = 0;
  let pairs = 0;
  let last = -1;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const b = chunk as Buffer;
    if (b.includes(0)) return null;
    lf += occurrences(b, 10);
    if (last === 13 && b[0] === 10) pairs++;
    if (b.includes(13)) {
      cr += occurrences(b, 13);
      pairs += occurrences(b, CRLF);
    }
    last = b[b.length - 1]!;
  }
  if (cr === 0) return '\n';
  return cr === pairs && lf === pairs ? '\r\n' : null;
}

/** The header of a CSV file of `kind`, planned; null where the JavaScript reader must read the file. */
export async function csvPlan(path: string, kind: RecordKind, options: ReadOptions): Promise<CsvPlan | null> {
  const newLine = await lineBreak(path);
  if (newLine === null) return null;
  const handle = await open(path);
  let head: string;
  try {
    const buf = Buffer.alloc(1 << 20);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    head = buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
  if (head.startsWith('\ufeff')) head = head.slice(1);
  // The first line that is not blank, as readCsv finds it; complete within the first megabyte.
  const m = /^(?:[ \t]*(?:\r\n|\n))*([^\r\n]*)(\r\n|\n)/.exec(head);
  if (!m) return null;
  const upTo = m.index + m[0].length;
  const headerOnly = (async function* () {
    yield head.slice(0, upTo);
  })();
  // Any problem of the header (an unknown or repeated column, no delimiter to tell): the reader's to report.
  for await (const problem of readCsv(headerOnly, kind, options)) if (problem) return null;
  const header = m[1]!;
  const detected = detectDelimiter(header, (name) => knownColumn(kind, name, null));
  const delimiter = options.delimiter ?? (detected.ok ? detected.delimiter : null);
  if (delimiter === null) return null;
  const scanner = new CsvScanner(delimiter, Number.POSITIVE_INFINITY);
  const records = [...scanner.push(header), ...scanner.end()];
  if (records.length !== 1 || records[0]!.problem !== null) return null;
  const columns = records[0]!.cells.map((c) => csvColumns[kind][normaliseHeader(c)]?.field ?? null);
  return { kind, delimiter, header, headerLine: head.slice(0, upTo).split(newLine).length - 1, newLine, columns };
}

/** A delimiter inside a regular expression. */
const inPattern = (delimiter: Delimiter): string => (delimiter === '\t' ? '\\t' : delimiter);

/** The regular expressions of one delimiter: a row of whole cells, and a cell after its delimiter (to extract). */
function cellPatterns(delimiter: Delimiter): { row: string; cells: string } {
  const d = inPattern(delimiter);
  // Around a quoted cell the reader skips spaces and tabs, but a tab that separates is a delimiter.
  const sp = delimiter === '\t' ? ' ' : ' \\t';
  const cell = `[${sp}]*"(?:[^"]|"")*"[${sp}]*|[^"${d}]*`;
  return { row: `(?:${cell})(?:${d}(?:${cell}))*`, cells: `${d}(${cell})` };
}

/** SQL of the file's lines (`slac_lines_<i>`), as native-read.ts stages NDJSON: a row per line, and whether it is blank. */
export function csvLinesSql(i: number, path: string, plan: CsvPlan): string {
  const blank = `[${JS_SPACE}${inPattern(plan.delimiter)}]*`;
  return `CREATE TABLE slac_lines_${i} AS SELECT line, line IS NULL OR regexp_full_match(line, ${text(blank)}) AS blank
    FROM read_csv(${text(literalPath(path))}, columns = {'line': 'VARCHAR'}, header = false, delim = E'\\x01', quote = '', escape = '',
      new_line = ${text(plan.newLine === '\n' ? '\\n' : '\\r\\n')}, auto_detect = false);`;
}

/** SQL counting the rows after the header whose quotes SQL cannot split as the reader would (see the header). */
export function csvUnsplittableSql(i: number, plan: CsvPlan): string {
  return `SELECT COUNT(*) AS n FROM slac_lines_${i}
    WHERE rowid >= ${plan.headerLine} AND contains(line, '"') AND NOT regexp_full_match(line, ${text(cellPatterns(plan.delimiter).row)})`;
}

/**
 * The staged rows as a SELECT (input, rec, line, shaped, raw_id, `fields`, and with an `eventType`
 * events) from `slac_lines_<i>` (`input` the file's number, StagedFile), read where the records are checked (as Parquet: writing them as a table first
 * cost more than splitting the lines again for the ids' duplicates); `blanks` whether the file has
 * blank rows after the header (they are no records, so the record number counts the others).
 * Cells are trimmed only on lines where one may need it (`spaced`), and the events cell split on
 * single spaces (`<at> <keyword> <value>`): anything else (several spaces, tabs) is flagged, so
 * never read otherwise than by parseEventsCell. `plain`: no whitespace that JavaScript's trim and
 * `\s` know and SQL's trim does not.
 */
export function csvStageSql(
  i: number,
  input: number,
  plan: CsvPlan,
  fields: readonly string[],
  eventType: string | null,
  max: number,
  blanks: boolean,
): string {
  const { cells } = cellPatterns(plan.delimiter);
  const d = text(plan.delimiter);
  const at = (field: string) => plan.columns.indexOf(field) + 1;
  const value = (k: number) => `CASE WHEN spaced THEN NULLIF(trim(cells[${k}], E' \\t'), '') ELSE NULLIF(cells[${k}], '') END`;
  // ASCII only: DuckDB's lower folds letters beyond it that JavaScript's /i and toLowerCase do not.
  const ascii = (e: string) => `strlen(${e}) = length(${e})`;
  // An outage's kind lowered as the reader lowers it (one that is not ASCII: NULL; spellings with spaces or underscores fail the clean check's list).
  const cell = (f: string) =>
    at(f) === 0
      ? `CAST(NULL AS VARCHAR) AS "${f}"`
      : plan.kind === 'outage' && f === 'kind'
        ? `CASE WHEN ${ascii(value(at(f)))} THEN lower(${value(at(f))}) END AS "${f}"`
        : `${value(at(f))} AS "${f}"`;
  const unquote = `CASE WHEN regexp_full_match(c, '[ \\t]*".*"[ \\t]*') THEN replace(regexp_extract(c, '^[ \\t]*"(.*)"[ \\t]*$', 1), '""', '"') ELSE c END`;
  // Cells the SQL engine does not read: they must be empty (custom fields, language, cause).
  const unread = plan.columns.flatMap((f, k) => (f === null || (f !== 'events' && !fields.includes(f)) ? [`${value(k + 1)} IS NULL`] : []));
  const events = at('events');
  const evs = eventType === null ? '' : `, CAST(evs AS ${eventType}[]) AS events`;
  const rec = blanks
    ? `rowid - ${plan.headerLine} - COALESCE(SUM(CAST(blank AS INTEGER)) OVER (ORDER BY rowid ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)`
    : `rowid - ${plan.headerLine}`;
  const kw = `lower(t[2])`;
  const rest = `array_to_string(t[3:], ' ')`;
  const entry = `CASE WHEN len(t) >= 3 AND t[3] <> '' AND ${ascii('t[2]')} AND ${kw} IN ('status', 'priority', 'message')
      AND (${kw} <> 'message' OR ${ascii(rest)}) THEN {'at': t[1],
      'status': CASE WHEN ${kw} = 'status' THEN ${rest} END, 'priority': CASE WHEN ${kw} = 'priority' THEN ${rest} END,
      'message': CASE WHEN ${kw} = 'message' THEN lower(${rest}) END} END`;
  const parsed = `list_transform(list_filter(list_transform(string_split(ev_cell, ';'), lambda p: string_split(trim(p), ' ')), lambda t: t[1] <> ''), lambda t: ${entry})`;
  return `SELECT ${input} AS input, rec, line_no AS line,
      COALESCE(strlen(line) <= ${int(max)} AND len(cells) = ${plan.columns.length} AND plain
        ${unread.map((u) => `AND ${u}`).join(' ')} AND (ev_cell IS NULL OR list_count(evs) = len(evs)), FALSE) AS shaped,
      ${at('id') === 0 ? 'CAST(NULL AS VARCHAR)' : '"id"'} AS raw_id, ${fields.map((f) => `"${f}"`).join(', ')}${evs}
    FROM (
      SELECT *, ${events === 0 ? `CAST(NULL AS ${eventType ?? 'VARCHAR'}[])` : parsed} AS evs FROM (
        SELECT rec, line_no, line, cells, plain, spaced, ${fields.map(cell).join(', ')},
          ${events === 0 ? 'CAST(NULL AS VARCHAR)' : value(events)} AS ev_cell
        FROM (
          SELECT rec, line_no, line,
            CASE WHEN contains(line, '"') THEN list_transform(regexp_extract_all(${d} || line, ${text(cells)}, 1), lambda c: ${unquote})
              ELSE string_split(line, ${d}) END AS cells,
            (${ascii('line')} OR NOT regexp_matches(line, ${text(OTHER_SPACE)})) AND NOT contains(line, chr(11)) AND NOT contains(line, chr(12)) AS plain,
            contains(line, '"') OR contains(line, E'\\t') OR prefix(line, ' ') OR suffix(line, ' ') OR contains(line, ' ' || ${d}) OR contains(line, ${d} || ' ') AS spaced
          FROM (SELECT ${rec} AS rec, rowid + 1 AS line_no, line, blank FROM slac_lines_${i} WHERE rowid >= ${plan.headerLine})
          WHERE NOT blank
        )
      )
    )`;
}

/** A flagged row read by the JavaScript reader (after the file's header), as on its own line. */
export async function csvRowItem(plan: CsvPlan, row: string, line: number, options: ReadOptions): Promise<RawItem> {
  const rows = readCsv(
    (async function* () {
      yield `${plan.header}\n${row}\n`;
    })(),
    plan.kind,
    options,
  );
  for await (const item of rows) return { ...item, line };
  throw new Error(`line ${line} is blank to the JavaScript reader but not to SQL`);
}
