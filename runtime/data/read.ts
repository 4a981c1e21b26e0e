/**
 * Streaming readers for JSON, NDJSON and CSV record files. NDJSON and CSV are read line by line
 * and JSON arrays element by element, so memory stays constant however large the file is: each
 * record is handed on as soon as it is complete, with the line it starts on. Syntax problems are
 * reported per record (NDJSON, CSV) or stop the file (a JSON array cannot be resynchronised);
 * records are validated later, against the JSON Schemas, by the evaluation they are fed to.
 *
 * CSV column mapping (header row required, names case-insensitive, `_`/`-`/spaces ignored, empty
 * cells mean "absent") is documented in docs/data.md and implemented by `csvToRecord` below.
 */
import { parse as csvParse } from 'csv-parse';
import { Readable } from 'node:stream';
import type { RecordKind } from './types.js';

export type DataFormat = 'json' | 'ndjson' | 'csv';

/** A record as read (not validated yet), or a problem that prevents reading one. */
export type RawItem =
  | { ok: true; value: unknown; line: number }
  | { ok: false; line: number; field: string; message: string; fatal: boolean; warning?: boolean };

type Chunks = AsyncIterable<string | Uint8Array>;

async function* textChunks(input: Chunks): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let first = true;
  for await (const chunk of input) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.length > 0) first = false;
    }
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

/** Newline-delimited JSON: one record per line; blank lines are skipped. */
export async function* readNdjson(input: Chunks): AsyncGenerator<RawItem> {
  let carry = '';
  let line = 0;
  const handle = (text: string): RawItem | null => {
    line++;
    const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (trimmed.trim() === '') return null;
    try {
      return { ok: true, value: JSON.parse(trimmed), line };
    } catch (e) {
      return { ok: false, line, field: '', message: `not valid JSON: ${jsonMessage(e)}`, fatal: false };
    }
  };
  for await (const text of textChunks(input)) {
    let start = 0;
    let nl = text.indexOf('\n');
    if (nl < 0) {
      carry += text;
      continue;
    }
    const item = handle(carry + text.slice(0, nl));
    carry = '';
    if (item) yield item;
    start = nl + 1;
    while ((nl = text.indexOf('\n', start)) >= 0) {
      const it = handle(text.slice(start, nl));
      if (it) yield it;
      start = nl + 1;
    }
    carry = text.slice(start);
  }
  if (carry.length > 0) {
    const item = handle(carry);
    if (item) yield item;
  }
}

function jsonMessage(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/^JSON\.parse: /, '').replace(/\s+in JSON at position \d+.*$/, '');
}

/**
 * A JSON file holding one array of records, read element by element: a small scanner finds where
 * each top-level element ends (minding strings and nesting) and parses that slice alone.
 */
export async function* readJsonArray(input: Chunks): AsyncGenerator<RawItem> {
  // state: 0 before '[', 1 expecting element or ']', 2 inside element, 3 after element (',' or ']'), 4 done
  let state = 0;
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let buf = '';
  let startLine = 1;
  const bad = (message: string): RawItem => ({ ok: false, line, field: '', message, fatal: true });
  for await (const text of textChunks(input)) {
    let segStart = state === 2 ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (state === 2) {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 92 /* \ */) escaped = true;
          else if (c === 34 /* " */) inString = false;
          else if (c === 10) line++;
          continue;
        }
        if (c === 34) inString = true;
        else if (c === 123 || c === 91) depth++;
        else if (c === 125 || c === 93) {
          if (depth === 0) {
            // `]` closing the array right after a scalar element
            buf += text.slice(segStart, i);
            segStart = -1;
            yield parseElement(buf, startLine);
            buf = '';
            if (c === 93) state = 4;
            else {
              yield bad("unexpected '}'");
              return;
            }
            continue;
          }
          depth--;
          if (depth === 0 && (c === 125 || c === 93)) {
            buf += text.slice(segStart, i + 1);
            segStart = -1;
            yield parseElement(buf, startLine);
            buf = '';
            state = 3;
          }
        } else if (c === 44 /* , */ && depth === 0) {
          buf += text.slice(segStart, i);
          segStart = -1;
          yield parseElement(buf, startLine);
          buf = '';
          state = 1;
        } else if (c === 10) line++;
        continue;
      }
      if (c === 10) {
        line++;
        continue;
      }
      if (c === 32 || c === 9 || c === 13) continue;
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
        depth = 0;
        if (c === 123 || c === 91) depth = 1;
        else if (c === 34) inString = true;
        if (depth === 1 || inString) continue;
      } else if (state === 3) {
        if (c === 44) state = 1;
        else if (c === 93) state = 4;
        else {
          yield bad(`expected ',' or ']' between records, found '${String.fromCharCode(c)}'`);
          return;
        }
      } else {
        yield bad('unexpected text after the closing ]');
        return;
      }
    }
    if (state === 2 && segStart >= 0) buf += text.slice(segStart);
  }
  if (state !== 4) yield bad(state === 0 ? 'the file is empty: expected a JSON array of records' : 'the file ends inside the array: is it truncated?');
}

function parseElement(text: string, line: number): RawItem {
  try {
    return { ok: true, value: JSON.parse(text), line };
  } catch (e) {
    return { ok: false, line, field: '', message: `not valid JSON: ${jsonMessage(e)}`, fatal: false };
  }
}

// ---------------------------------------------------------------------------------------------
// CSV

const normaliseHeader = (h: string) => h.trim().toLowerCase().replace(/[\s_-]+/g, '');

type Column = { field: string; type: 'string' | 'timestamp' | 'number' | 'integer' | 'boolean' | 'events' | 'outage-kind' };

/** Columns per record kind: CSV header (normalised) → record field and how to read the cell. */
export const csvColumns: Readonly<Record<RecordKind, Readonly<Record<string, Column>>>> = {
  ticket: {
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
    events: { field: 'events', type: 'events' },
  },
  contact: {
    id: { field: 'id', type: 'string' },
    channel: { field: 'channel', type: 'string' },
    arrived: { field: 'arrived', type: 'timestamp' },
    answered: { field: 'answered', type: 'timestamp' },
    abandoned: { field: 'abandoned', type: 'timestamp' },
    ended: { field: 'ended', type: 'timestamp' },
    language: { field: 'language', type: 'string' },
    cause: { field: 'cause', type: 'string' },
  },
  outage: {
    id: { field: 'id', type: 'string' },
    service: { field: 'service', type: 'string' },
    start: { field: 'start', type: 'timestamp' },
    end: { field: 'end', type: 'timestamp' },
    kind: { field: 'kind', type: 'outage-kind' },
    announced: { field: 'announced', type: 'timestamp' },
  },
  measurement: {
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
  },
};

class CellError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const EVENT_RE = /^(\S+)\s+(status|priority)\s+(.+)$/i;

/** `2026-03-10T12:00:00+01:00 status waiting for customer; 2026-03-12T09:00:00+01:00 priority P1` */
export function parseEventsCell(cell: string): Array<Record<string, string>> {
  const out: Array<Record<string, string>> = [];
  cell.split(';').forEach((part, i) => {
    const entry = part.trim();
    if (entry === '') return;
    const m = EVENT_RE.exec(entry);
    if (!m) throw new CellError('events', `entry ${i + 1} ('${entry}') is not '<timestamp> status <status>' or '<timestamp> priority <priority>'`);
    out.push(m[2]!.toLowerCase() === 'status' ? { at: m[1]!, status: m[3]!.trim() } : { at: m[1]!, priority: m[3]!.trim() });
  });
  return out;
}

function cellValue(col: Column, cell: string): unknown {
  switch (col.type) {
    case 'string':
    case 'timestamp':
      return cell;
    case 'number':
    case 'integer': {
      const n = Number(cell);
      if (cell.trim() === '' || !Number.isFinite(n)) throw new CellError(col.field, `'${cell}' is not a number`);
      if (col.type === 'integer' && !Number.isInteger(n)) throw new CellError(col.field, `'${cell}' is not a whole number`);
      return n;
    }
    case 'boolean': {
      const v = cell.trim().toLowerCase();
      if (['true', 'yes', 'y', '1'].includes(v)) return true;
      if (['false', 'no', 'n', '0'].includes(v)) return false;
      throw new CellError(col.field, `'${cell}' is not true or false`);
    }
    case 'events':
      return parseEventsCell(cell);
    case 'outage-kind':
      return cell.trim().toLowerCase().replace(/[\s_]+/g, '-');
  }
}

/** One CSV row (header → cell) as a record of `kind`; unknown columns were reported with the header. */
/** `fields.team` (or `field team`, `field_team`): a column of a custom field of tickets and contacts. */
export function customFieldOf(kind: RecordKind, header: string): string | null {
  if (kind !== 'ticket' && kind !== 'contact') return null;
  return /^\s*fields?[.:_\s-]+(\S(?:.*\S)?)\s*$/i.exec(header)?.[1] ?? null;
}

export function csvToRecord(kind: RecordKind, row: Record<string, string>): Record<string, unknown> {
  const columns = csvColumns[kind];
  const out: Record<string, unknown> = {};
  for (const [header, cell] of Object.entries(row)) {
    const custom = customFieldOf(kind, header);
    if (custom !== null) {
      if (cell !== undefined && cell.trim() !== '') out['fields'] = { ...(out['fields'] as object | undefined), [custom]: cell.trim() };
      continue;
    }
    const col = columns[normaliseHeader(header)];
    if (!col || cell === undefined || cell.trim() === '') continue;
    out[col.field] = cellValue(col, col.type === 'string' ? cell.trim() : cell.trim());
  }
  return out;
}

/** CSV with a header row, streamed through csv-parse. */
export async function* readCsv(input: Chunks, kind: RecordKind): AsyncGenerator<RawItem> {
  const parser = csvParse({ columns: true, info: true, skip_empty_lines: true, bom: true, relax_column_count: false });
  const source = Readable.from(input);
  source.on('error', (e) => parser.destroy(e));
  source.pipe(parser);
  let headerChecked = false;
  try {
    for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number; columns: Array<{ name: string }> } }>) {
      if (!headerChecked) {
        headerChecked = true;
        const unknown = item.info.columns.map((c) => c.name).filter((h) => !csvColumns[kind][normaliseHeader(h)] && customFieldOf(kind, h) === null);
        if (unknown.length > 0) {
          yield { ok: false, line: 1, field: unknown[0]!, message: `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `'${u}'`).join(', ')} (ignored; see docs/data.md for the columns of ${kind} files)`, fatal: false, warning: true };
        }
      }
      let newlines = 0;
      for (const v of Object.values(item.record)) for (let i = v.indexOf('\n'); i >= 0; i = v.indexOf('\n', i + 1)) newlines++;
      const line = item.info.lines - newlines;
      try {
        yield { ok: true, value: csvToRecord(kind, item.record), line };
      } catch (e) {
        if (e instanceof CellError) yield { ok: false, line, field: e.field, message: e.message, fatal: false };
        else throw e;
      }
    }
  } catch (e) {
    const err = e as { code?: string; lines?: number; message?: string };
    if (typeof err.code === 'string' && err.code.startsWith('CSV_')) {
      yield { ok: false, line: err.lines ?? 0, field: '', message: `not valid CSV: ${(err.message ?? '').replace(/^Invalid [^:]*: /, '')}`, fatal: true };
      return;
    }
    throw e;
  }
}

/** Reads records of `kind` in `format` from a stream of chunks. */
export function readRecords(input: Chunks, format: DataFormat, kind: RecordKind): AsyncGenerator<RawItem> {
  return format === 'csv' ? readCsv(input, kind) : format === 'ndjson' ? readNdjson(input) : readJsonArray(input);
}

/** `.json` → json, `.ndjson`/`.jsonl` → ndjson, `.csv` → csv. */
export function formatOfPath(path: string): DataFormat | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}

/** The record kind a file holds, from its base name: tickets*.…, contacts*, outages*, measurements*. */
export function kindOfPath(path: string): RecordKind | null {
  const base = (path.split(/[\\/]/).pop() ?? '').toLowerCase();
  for (const kind of ['ticket', 'contact', 'outage', 'measurement'] as const) if (base.startsWith(kind)) return kind;
  return null;
}
