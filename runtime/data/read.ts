/**
 * Streaming readers for JSON, NDJSON and CSV record files. NDJSON and CSV are read record by
 * record and JSON arrays element by element, so memory stays constant however large the file is:
 * each record is handed on as soon as it is complete, with the line it starts on. Records are
 * validated later, against the JSON Schemas, by the evaluation they are fed to.
 *
 * What a reader yields obeys one rule: every record it finds is handed on, as a value or as a
 * rejected record (`scope: 'record'`), so that records read = accepted + rejected + skipped for
 * every file. Problems with the file rather than a record (an unknown column, a truncated array,
 * an unclosed quote) have `scope: 'file'` and are not records.
 *
 * CSV column mapping (header row required, names case-insensitive, `_`/`-`/spaces ignored, empty
 * cells mean "absent", an optional mapping file for other tools' column names) is documented in
 * docs/data.md and implemented by `planHeader`, `rowToRecord` and runtime/data/columns.ts.
 */
import { type ColumnMapping, type KindMapping, mappingOf, normaliseHeader, renameFields } from './columns.js';
import { CsvScanner, type Delimiter, detectDelimiter } from './csv.js';
import { clip, quoted, thousands } from './echo.js';
import { type Chunks, DataText, type InvalidBytes, invalidMessage } from './text.js';
import type { RecordKind } from './types.js';
import { table } from '../table.js';

export type DataFormat = 'json' | 'ndjson' | 'csv';

/** A record as read (not validated yet), or a problem that prevents reading one. */
export type RawItem =
  | { ok: true; value: unknown; line: number }
  /** A record that cannot be read: it counts as read, and as rejected. */
  | { ok: false; scope: 'record'; line: number; field: string; message: string; fatal: false; warning?: false }
  /** A problem of the file, not of one record; `fatal`: the rest of the file cannot be read. */
  | { ok: false; scope: 'file'; line: number; field: string; message: string; fatal: boolean; warning: boolean };

/**
 * Where string values are normalised before validation (one place for every format): the hook
 * for aliases of priorities, tiers and statuses. `field` is the record field (`priority`,
 * `events/status`).
 */
export type ValueHook = (kind: RecordKind, field: string, value: string) => string;

export interface ReadOptions {
  /** CSV: the character between cells; detected from the header line when absent. */
  delimiter?: Delimiter | null;
  /** Other tools' column names and fixed values, per record kind (runtime/data/columns.ts). */
  columns?: ColumnMapping | null;
  /** The longest record read, in characters; a longer one is rejected without being parsed. */
  maxRecordChars?: number;
  values?: ValueHook | null;
}

/** 8 Mi characters: far above any real ticket (a ticket with 10,000 events is about 600 KB). */
export const MAX_RECORD_CHARS = 8 << 20;

const recordProblem = (line: number, field: string, message: string): RawItem => ({
  ok: false,
  scope: 'record',
  line,
  field,
  message,
  fatal: false,
});
const fileProblem = (line: number, message: string, fatal: boolean, warning = false, field = ''): RawItem => ({
  ok: false,
  scope: 'file',
  line,
  field,
  message,
  fatal,
  warning,
});
const tooLongMessage = (chars: number | null, max: number) =>
  `the record is longer than ${thousands(max)} characters${chars === null ? '' : ` (${thousands(chars)})`}: not read`;

/** Newline-delimited JSON: one record per line; blank lines are skipped. */
export async function* readNdjson(input: Chunks, options: ReadOptions = {}, kind: RecordKind | null = null): AsyncGenerator<RawItem> {
  const max = options.maxRecordChars ?? MAX_RECORD_CHARS;
  const text = new DataText(input);
  let carry = '';
  let carryChars = 0;
  let line = 1;
  const handle = (lineText: string, chars: number): RawItem | null => {
    const at = line++;
    return ndjsonLine(lineText, chars, at, options, kind, () => text.invalidIn(at, at));
  };
  // A block never splits a CRLF (runtime/data/text.ts), so each break is found whole here.
  for await (const block of text) {
    let start = 0;
    let lf = block.indexOf('\n');
    let cr = block.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      const at = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
      const width = at === cr && block.charCodeAt(at + 1) === 10 ? 2 : 1;
      const chars = carryChars + at - start;
      const item = handle(chars > max ? '' : carry + block.slice(start, at), chars);
      carry = '';
      carryChars = 0;
      if (item) yield item;
      start = at + width;
      if (lf >= 0 && lf < start) lf = block.indexOf('\n', start);
      if (cr >= 0 && cr < start) cr = block.indexOf('\r', start);
    }
    carryChars += block.length - start;
    carry = carryChars <= max ? carry + block.slice(start) : '';
  }
  if (carryChars > 0) {
    const item = handle(carry, carryChars);
    if (item) yield item;
  }
}

/**
 * One line of an NDJSON file as `readNdjson` reads it (`chars` its length, the text possibly cut
 * beyond the maximum; `invalid` its bytes that are not UTF-8): null for a blank line. Also for
 * lines another reader found (the SQL engine's flagged records, cli/engines/native-read.ts).
 */
export function ndjsonLine(
  lineText: string,
  chars: number,
  line: number,
  options: ReadOptions,
  kind: RecordKind | null,
  invalid: () => InvalidBytes | null = () => null,
): RawItem | null {
  const max = options.maxRecordChars ?? MAX_RECORD_CHARS;
  if (chars > max) return recordProblem(line, '', tooLongMessage(chars, max));
  if (lineText.trim() === '') return null;
  const bad = invalid();
  if (bad) return recordProblem(line, '', invalidMessage(bad));
  return parseJson(lineText, line, kind ? mappingOf(options.columns, kind) : null, kind, options.values ?? null);
}

function jsonMessage(e: unknown): string {
  return (e instanceof Error ? e.message : String(e))
    .replace(/^JSON\.parse: /, '')
    .replace(/\s+in JSON at position \d+.*$/, '')
    .replace(/^(Unexpected token .*?), ".*$/s, '$1');
}

function parseJson(text: string, line: number, mapping: KindMapping | null, kind: RecordKind | null, values: ValueHook | null): RawItem {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return recordProblem(line, '', `not valid JSON: ${clip(jsonMessage(e))}`);
  }
  if (kind && (mapping || values) && value !== null && typeof value === 'object' && !Array.isArray(value))
    value = renameFields(kind, value as Record<string, unknown>, mapping, values);
  return { ok: true, value, line };
}

/**
 * A JSON file holding one array of records, read element by element: a small scanner finds where
 * each top-level element ends (minding strings and nesting) and parses that slice alone.
 */
export async function* readJsonArray(input: Chunks, options: ReadOptions = {}, kind: RecordKind | null = null): AsyncGenerator<RawItem> {
  const max = options.maxRecordChars ?? MAX_RECORD_CHARS;
  const mapping = kind ? mappingOf(options.columns, kind) : null;
  const values = options.values ?? null;
  const text = new DataText(input);
  // state: 0 before '[', 1 expecting element or ']', 2 inside element, 3 after element (',' or ']'), 4 done
  let state = 0;
  let line = 1;
  let prevCR = false;
  /** The closing brackets the current element still needs, innermost last. */
  const closers: number[] = [];
  let inString = false;
  let escaped = false;
  let buf = '';
  let chars = 0;
  let startLine = 1;
  const bad = (message: string): RawItem => fileProblem(line, message, true);
  const element = (): RawItem => {
    const item =
      chars > max
        ? recordProblem(startLine, '', tooLongMessage(chars, max))
        : ((b) => (b ? recordProblem(startLine, '', invalidMessage(b)) : parseJson(buf, startLine, mapping, kind, values)))(
            text.invalidIn(startLine, line),
          );
    buf = '';
    chars = 0;
    return item;
  };
  const keep = (from: number, to: number, block: string) => {
    chars += to - from;
    if (chars <= max) buf += block.slice(from, to);
  };
  for await (const block of text) {
    let segStart = state === 2 ? 0 : -1;
    for (let i = 0; i < block.length; i++) {
      const c = block.charCodeAt(i);
      // Line breaks: LF, CRLF, CR.
      if (c === 10 || c === 13) {
        if (!(c === 10 && prevCR)) line++;
        prevCR = c === 13;
      } else prevCR = false;
      if (state === 2) {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 92 /* \ */) escaped = true;
          else if (c === 34 /* " */) inString = false;
          continue;
        }
        if (c === 34) inString = true;
        else if (c === 123 || c === 91) closers.push(c === 123 ? 125 : 93);
        else if (c === 125 || c === 93) {
          if (closers.length === 0) {
            // `]` closing the array right after a scalar element
            keep(segStart, i, block);
            segStart = -1;
            yield element();
            if (c === 93) state = 4;
            else {
              yield bad("unexpected '}'");
              return;
            }
            continue;
          }
          if (closers.pop() !== c) {
            // A record that cannot be delimited: the records after it cannot be found either.
            yield bad(
              `'${block[i]}' closes a bracket it does not match, in the record that starts on line ${startLine}: the file cannot be read on`,
            );
            return;
          }
          if (closers.length === 0) {
            keep(segStart, i + 1, block);
            segStart = -1;
            yield element();
            state = 3;
          }
        } else if (c === 44 /* , */ && closers.length === 0) {
          keep(segStart, i, block);
          segStart = -1;
          yield element();
          state = 1;
        }
        continue;
      }
      if (c === 10 || c === 13 || c === 32 || c === 9) continue;
      if (state === 0) {
        if (c !== 91) {
          yield bad('a JSON data file must hold one array of records: [ {…}, {…} ]');
          return;
        }
        state = 1;
      } else if (state === 1) {
        if (c === 93) {
          state = 4;
          continue;
        }
        state = 2;
        startLine = line;
        segStart = i;
        closers.length = 0;
        if (c === 123 || c === 91) closers.push(c === 123 ? 125 : 93);
        else if (c === 34) inString = true;
      } else if (state === 3) {
        if (c === 44) state = 1;
        else if (c === 93) state = 4;
        else {
          yield bad(`expected ',' or ']' between records, found '${block[i]}'`);
          return;
        }
      } else {
        yield bad('unexpected text after the closing ]');
        return;
      }
    }
    if (state === 2 && segStart >= 0) keep(segStart, block.length, block);
  }
  if (state === 0) yield bad('the file is empty: expected a JSON array of records');
  else if (state === 2)
    yield fileProblem(startLine, `the file ends inside the record that starts on line ${startLine}: is it truncated?`, true);
  else if (state !== 4) yield bad('the file ends before the closing ]: is it truncated?');
}

// ---------------------------------------------------------------------------------------------
// CSV

type Column = { field: string; type: 'string' | 'timestamp' | 'number' | 'integer' | 'boolean' | 'events' | 'outage-kind' };

/** Columns per record kind: CSV header (normalised) → record field and how to read the cell. */
export const csvColumns: Readonly<Record<RecordKind, Readonly<Record<string, Column>>>> = {
  ticket: table({
    id: { field: 'id', type: 'string' },
    priority: { field: 'priority', type: 'string' },
    tier: { field: 'tier', type: 'string' },
    customer: { field: 'customer', type: 'string' },
    channel: { field: 'channel', type: 'string' },
    language: { field: 'language', type: 'string' },
    cause: { field: 'cause', type: 'string' },
    created: { field: 'created', type: 'timestamp' },
    responded: { field: 'responded', type: 'timestamp' },
    resolved: { field: 'resolved', type: 'timestamp' },
    assigned: { field: 'assigned', type: 'timestamp' },
    events: { field: 'events', type: 'events' },
  }),
  contact: table({
    id: { field: 'id', type: 'string' },
    channel: { field: 'channel', type: 'string' },
    arrived: { field: 'arrived', type: 'timestamp' },
    answered: { field: 'answered', type: 'timestamp' },
    abandoned: { field: 'abandoned', type: 'timestamp' },
    ended: { field: 'ended', type: 'timestamp' },
    language: { field: 'language', type: 'string' },
    cause: { field: 'cause', type: 'string' },
  }),
  outage: table({
    id: { field: 'id', type: 'string' },
    service: { field: 'service', type: 'string' },
    start: { field: 'start', type: 'timestamp' },
    end: { field: 'end', type: 'timestamp' },
    kind: { field: 'kind', type: 'outage-kind' },
    announced: { field: 'announced', type: 'timestamp' },
  }),
  measurement: table({
    objective: { field: 'objective', type: 'string' },
    metric: { field: 'metric', type: 'string' },
    kpi: { field: 'kpi', type: 'string' },
    period: { field: 'period', type: 'string' },
    at: { field: 'at', type: 'timestamp' },
    value: { field: 'value', type: 'number' },
    score: { field: 'score', type: 'number' },
    outof: { field: 'outOf', type: 'number' },
    firsttimeright: { field: 'firstTimeRight', type: 'boolean' },
    reopened: { field: 'reopened', type: 'boolean' },
    errors: { field: 'errors', type: 'integer' },
    tasks: { field: 'tasks', type: 'integer' },
    forecast: { field: 'forecast', type: 'integer' },
  }),
};

class CellError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** `<timestamp> status <status>`: the timestamp is everything before the keyword, checked by the one timestamp parser later. */
const EVENT_RE = /^(.+?)\s+(status|priority|message)\s+(.+)$/i;

/** `2026-03-10T12:00:00+01:00 status waiting for customer; 2026-03-12 09:00+0100 priority P1; 2026-03-12T10:00:00+01:00 message customer` */
export function parseEventsCell(
  cell: string,
  normalise: (field: string, value: string) => string = (_f, v) => v,
): Array<Record<string, string>> {
  const out: Array<Record<string, string>> = [];
  cell.split(';').forEach((part, i) => {
    const entry = part.trim();
    if (entry === '') return;
    const m = EVENT_RE.exec(entry);
    if (!m)
      throw new CellError(
        'events',
        `entry ${i + 1} (${quoted(entry)}) is not '<timestamp> status <status>', '<timestamp> priority <priority>' or '<timestamp> message customer|provider'`,
      );
    const what = m[2]!.toLowerCase();
    const value = m[3]!.trim();
    out.push({ at: m[1]!, [what]: what === 'message' ? value.toLowerCase() : normalise(`events/${what}`, value) });
  });
  return out;
}

/** A decimal number as people and spreadsheets write it: `87`, `-1.5`, `.5`, `2e3`; never `0x10`, `Infinity` or `1_000`. */
const DECIMAL_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function cellValue(col: Column, cell: string, normalise: (field: string, value: string) => string): unknown {
  switch (col.type) {
    case 'string':
      return normalise(col.field, cell);
    case 'timestamp':
      return cell;
    case 'number':
    case 'integer': {
      const n = DECIMAL_RE.test(cell) ? Number(cell) : NaN;
      if (!Number.isFinite(n)) throw new CellError(col.field, `${quoted(cell)} is not a decimal number`);
      if (col.type === 'integer' && !Number.isInteger(n)) throw new CellError(col.field, `${quoted(cell)} is not a whole number`);
      return n;
    }
    case 'boolean': {
      const v = cell.toLowerCase();
      if (['true', 'yes', 'y', '1'].includes(v)) return true;
      if (['false', 'no', 'n', '0'].includes(v)) return false;
      throw new CellError(col.field, `${quoted(cell)} is not true or false`);
    }
    case 'events':
      return parseEventsCell(cell, normalise);
    case 'outage-kind':
      return cell.toLowerCase().replace(/[\s_]+/g, '-');
  }
}

/** The CSV column of a record field. */
const columnOfField = (kind: RecordKind, field: string): Column | undefined =>
  Object.values(csvColumns[kind]).find((c) => c.field === field);

/** `fields.team` (or `field team`, `field_team`): a column of a custom field of tickets and contacts. */
export function customFieldOf(kind: RecordKind, header: string): string | null {
  if (kind !== 'ticket' && kind !== 'contact') return null;
  return /^\s*fields?[.:_\s-]+(\S(?:.*\S)?)\s*$/i.exec(header)?.[1] ?? null;
}

/** Whether a header cell names a column of `kind` (its own, a custom field's, or the mapping's): the delimiter's detection. */
export function knownColumn(kind: RecordKind, name: string, mapping: KindMapping | null): boolean {
  const key = normaliseHeader(name);
  return (
    csvColumns[kind][key] !== undefined ||
    customFieldOf(kind, name) !== null ||
    Object.keys(mapping?.columns ?? {}).some((n) => normaliseHeader(n) === key)
  );
}

/** What each header cell feeds: a column, a custom field, nothing (ignored), or unknown. */
interface HeaderPlan {
  columns: Array<Column | null>;
  /** Per header cell, the custom field it gives (`fields.team`), or null. */
  custom: Array<string | null>;
  fixed: Array<[string, unknown]>;
}

function planHeader(kind: RecordKind, header: string[], mapping: KindMapping | null): { plan: HeaderPlan; problems: RawItem[] } {
  const problems: RawItem[] = [];
  const unknown: string[] = [];
  const byField = new Map<string, string>();
  const mapped = new Map<string, string | null>();
  for (const [name, field] of Object.entries(mapping?.columns ?? {})) mapped.set(normaliseHeader(name), field);
  const seenMapped = new Set<string>();
  const custom: Array<string | null> = header.map(() => null);
  const columns = header.map((name, i): Column | null => {
    const key = normaliseHeader(name);
    let field: string | null | undefined;
    if (mapped.has(key)) {
      field = mapped.get(key)!;
      seenMapped.add(key);
    } else field = csvColumns[kind][key]?.field;
    if (field === undefined) {
      custom[i] = customFieldOf(kind, name);
      if (custom[i] === null) unknown.push(name);
      return null;
    }
    if (field === null) return null;
    const other = byField.get(field);
    if (other !== undefined)
      problems.push(
        fileProblem(
          1,
          `columns ${quoted(other)} and ${quoted(name)} both give the field '${field}': keep one, or map one to null in the columns file`,
          true,
          false,
          name,
        ),
      );
    byField.set(field, name);
    return columnOfField(kind, field)!;
  });
  if (unknown.length > 0) {
    problems.push(
      fileProblem(
        1,
        `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => quoted(u)).join(', ')} (ignored; see docs/data.md for the columns of ${kind} files, or map them with --columns)`,
        false,
        true,
        unknown[0]!,
      ),
    );
  }
  const missing = [...mapped.keys()].filter((k) => !seenMapped.has(k));
  if (missing.length > 0) {
    const names = Object.keys(mapping?.columns ?? {}).filter((n) => missing.includes(normaliseHeader(n)));
    problems.push(
      fileProblem(1, `the columns file maps ${names.map((n) => quoted(n)).join(', ')}, but the header has no such column`, false, true),
    );
  }
  const fixed: Array<[string, unknown]> = [];
  for (const [field, value] of Object.entries(mapping?.values ?? {})) {
    if (byField.has(field))
      problems.push(
        fileProblem(
          1,
          `the columns file gives every ${kind} the ${field} ${quoted(String(value))}, but column ${quoted(byField.get(field)!)} gives it too: keep one`,
          true,
          false,
          field,
        ),
      );
    fixed.push([field, value]);
  }
  return { plan: { columns, custom, fixed }, problems };
}

/** One CSV row (cells in header order) as a record of `kind`. */
function rowToRecord(kind: RecordKind, plan: HeaderPlan, cells: string[], values: ValueHook | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const normalise = values ? (field: string, value: string) => values(kind, field, value) : (_f: string, v: string) => v;
  for (const [field, value] of plan.fixed) out[field] = typeof value === 'string' ? normalise(field, value) : value;
  for (let i = 0; i < cells.length; i++) {
    const col = plan.columns[i];
    const cell = cells[i]!.trim();
    if (cell === '') continue;
    const custom = plan.custom[i];
    if (custom) out['fields'] = { ...(out['fields'] as object | undefined), [custom]: cell };
    if (!col) continue;
    out[col.field] = cellValue(col, cell, normalise);
  }
  return out;
}

/** CSV with a header row. */
export async function* readCsv(input: Chunks, kind: RecordKind, options: ReadOptions = {}): AsyncGenerator<RawItem> {
  const max = options.maxRecordChars ?? MAX_RECORD_CHARS;
  const mapping = mappingOf(options.columns, kind);
  const text = new DataText(input);
  let scanner: CsvScanner | null = null;
  let pending = '';
  let plan: HeaderPlan | null = null;
  let width = 0;
  let headerLine = 1;
  const known = (name: string) => knownColumn(kind, name, mapping);
  function* records(list: ReturnType<CsvScanner['push']>): Generator<RawItem, boolean> {
    for (const r of list) {
      if (plan === null) {
        headerLine = r.line;
        const bad = text.invalidIn(r.line, r.endLine);
        if (bad) {
          yield fileProblem(r.line, `the header ${invalidMessage(bad)}`, true);
          return false;
        }
        if (r.problem || r.tooLong) {
          yield fileProblem(r.line, `the header line cannot be read: ${r.problem ?? 'it is too long'}`, true);
          return false;
        }
        const header = r.cells.map((c) => c.trim());
        const planned = planHeader(kind, header, mapping);
        yield* planned.problems;
        if (planned.problems.some((p) => !p.ok && p.fatal)) return false;
        plan = planned.plan;
        width = header.length;
        continue;
      }
      const bad = text.invalidIn(r.line, r.endLine);
      if (r.tooLong) yield recordProblem(r.line, '', tooLongMessage(null, max));
      else if (bad) yield recordProblem(r.line, '', invalidMessage(bad));
      else if (r.problem) yield recordProblem(r.line, '', `not valid CSV: ${r.problem}`);
      else if (r.cells.length !== width) {
        yield recordProblem(
          r.line,
          '',
          `the row has ${r.cells.length} cells, the header (line ${headerLine}) has ${width}: a delimiter too many or too few, or a cell that needs quotes`,
        );
      } else {
        try {
          yield { ok: true, value: rowToRecord(kind, plan, r.cells, options.values ?? null), line: r.line };
        } catch (e) {
          if (!(e instanceof CellError)) throw e;
          yield recordProblem(r.line, e.field, e.message);
        }
      }
    }
    return true;
  }
  /** The scanner for the delimiter of the first line that is not blank, once that line is complete (or the text ended). */
  const start = (final: boolean): CsvScanner | RawItem | null => {
    const m = /^(?:[ \t]*(?:\r\n|\r|\n))*([^\r\n]*)(\r|\n|$)/.exec(pending)!;
    if (m[2] === '' && !final)
      return pending.length > max
        ? fileProblem(1, `the header line is longer than ${thousands(max)} characters: is this a CSV file?`, true)
        : null;
    if (options.delimiter) return new CsvScanner(options.delimiter, max);
    const d = detectDelimiter(m[1]!, known);
    if (!d.ok)
      return fileProblem(pending.slice(0, m.index + m[0].length - m[1]!.length - m[2]!.length).split(/\r\n|\r|\n/).length, d.message, true);
    return new CsvScanner(d.delimiter, max);
  };
  for await (const block of text) {
    if (scanner === null) {
      pending += block;
      const started = start(false);
      if (started === null) continue;
      if (!(started instanceof CsvScanner)) {
        yield started;
        return;
      }
      scanner = started;
      const first = pending;
      pending = '';
      if (!(yield* records(scanner.push(first)))) return;
      continue;
    }
    if (!(yield* records(scanner.push(block)))) return;
  }
  if (scanner === null) {
    if (pending.trim() === '') return;
    const started = start(true)!;
    if (!(started instanceof CsvScanner)) {
      yield started;
      return;
    }
    scanner = started;
    if (!(yield* records(scanner.push(pending)))) return;
  }
  const open = scanner.unclosedQuote;
  if (open !== null) {
    yield fileProblem(
      open,
      `a quote opened on line ${open} is never closed: the file from line ${open} on cannot be read (close the quote, or double a quote inside a cell: "")`,
      true,
    );
    return;
  }
  yield* records(scanner.end());
}

/** Reads records of `kind` in `format` from a stream of chunks. */
export function readRecords(input: Chunks, format: DataFormat, kind: RecordKind, options: ReadOptions = {}): AsyncGenerator<RawItem> {
  return format === 'csv'
    ? readCsv(input, kind, options)
    : format === 'ndjson'
      ? readNdjson(input, options, kind)
      : readJsonArray(input, options, kind);
}

/** `.json` → json, `.ndjson`/`.jsonl` → ndjson, `.csv` (and `.tsv`) → csv. */
export function formatOfPath(path: string): DataFormat | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) return 'csv';
  return null;
}

/** The record kind a file holds, from its base name: tickets*.…, contacts*, outages*, measurements*. */
export function kindOfPath(path: string): RecordKind | null {
  const base = (path.split(/[\\/]/).pop() ?? '').toLowerCase();
  for (const kind of ['ticket', 'contact', 'outage', 'measurement'] as const) if (base.startsWith(kind)) return kind;
  return null;
}
