/**
 * `--engine duckdb` reading CSV ticket files itself (cli/engines/native-csv.ts). For random CSV
 * files (delimiters, quotes, spaces around cells, line endings, blank rows, events cells written
 * every way parseEventsCell reads or refuses, columns SQL does not read), every row SQL finds
 * shaped is exactly the record the JavaScript reader reads from it, on the same line and with the
 * same record number; and the report equals the JavaScript engine's. Files SQL cannot split as the
 * reader would go to the JavaScript reader whole.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDb } from '../../cli/engines/duckdb.js';
import type { InputFile } from '../../cli/engines/gate.js';
import { TICKET } from '../../cli/engines/native-read.js';
import { FileStager } from '../../cli/engines/native-stage.js';
import { evaluateInDuckDb } from '../../cli/engines/run.js';
import type { RuntimeContract } from '../../runtime/contract.js';
import { readCsv } from '../../runtime/data/read.js';
import { type EvaluateOptions, Evaluation } from '../../runtime/evaluate/engine.js';
import type { Report } from '../../runtime/evaluate/report.js';
import { evaluateFiles } from '../../runtime/files.js';
import { contractOf } from '../evaluate/helpers.js';
import { stagedCounts } from './staged.js';

let dir: string;
let contract: RuntimeContract;
let n = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'slac-native-csv-'));
  contract = contractOf(readFileSync(join(import.meta.dirname, 'fixtures', 'clocks.sla'), 'utf8'), 'clocks.sla');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A CSV file of `text` (a new name each time). */
function csv(text: string): InputFile {
  const path = join(dir, `t${n++}.csv`);
  writeFileSync(path, text);
  return { path, kind: 'ticket', format: 'csv' };
}

const at = (day: number, h: number) => `2026-03-${String(day).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00+01:00`;

/** An events entry, in a form parseEventsCell reads, one it reads that SQL leaves to it, or one it refuses. */
const entry = fc.oneof(
  fc
    .constantFrom('status Waiting for customer', 'status In progress', 'status Resolved', 'STATUS Resolved', 'status Done')
    .map((s) => `${at(11, 9)} ${s}`),
  fc.constantFrom('priority P1', 'Priority P3', 'message customer', 'message Provider', 'message Klant').map((s) => `${at(11, 10)} ${s}`),
  fc.constantFrom(
    `${at(11, 9)}  status Resolved`, // two spaces: JavaScript's, not SQL's
    `${at(11, 9)} status  Waiting  for customer`,
    `${at(11, 9)} PRİORITY P1`, // DuckDB's lower folds İ, JavaScript's /i does not
    `${at(11, 9)} message PROVİDER`,
    '2026-03-11 09:00:00+01:00 status Resolved',
    `${at(11, 9)}\tstatus Resolved`,
    'no entry',
    `${at(11, 9)} status`,
    '',
  ),
);

interface Ticket {
  id: string;
  priority: string;
  customer: string;
  created: string;
  responded: string;
  events: string;
  language: string;
  team: string;
}

const ticket = (ids: fc.Arbitrary<string>) =>
  fc.record<Ticket>({
    id: ids,
    priority: fc.constantFrom('P1', 'P2', 'P3', ' P2 ', 'p1', 'P9', ''),
    customer: fc.constantFrom('Smit', 'Smit, Jansen & Co', 'De "Grote" Klant', 'Café', 'Semi;colon', 'Tab\there', '', 'x\u00a0'),
    created: fc.constantFrom(
      at(10, 9),
      at(10, 14),
      '2026-03-10T09:00:00Z',
      '2026-03-10 09:00:00Z',
      '2025-03-10T09:00:00Z',
      '2026-13-10T09:00:00Z',
    ),
    responded: fc.constantFrom('', '', at(10, 15), '2026-03-09T09:00:00Z'),
    events: fc.array(entry, { maxLength: 4 }).chain((es) => fc.constantFrom('; ', ';', ' ; ').map((sep) => es.join(sep))),
    language: fc.constantFrom('', '', '', 'nl'),
    team: fc.constantFrom('', '', '', 'Werkplek'),
  });

interface Layout {
  delimiter: ',' | ';' | '\t';
  eol: '\n' | '\r\n';
  extra: boolean;
  /** A byte order mark, and blank lines before the header. */
  bom: boolean;
  lead: number;
}

/** A cell as written: quoted when it must be (or by chance), with spaces around by chance. */
const cell = (v: string, d: string, style: number) => {
  const quote = /["\r\n]/.test(v) || v.includes(d) || (v.includes('\t') && d !== '\t') || style % 3 === 1;
  const q = quote ? `"${v.replace(/"/g, '""')}"` : v;
  return style % 4 === 2 ? ` ${q} ` : q;
};

function file(rows: Array<Ticket | 'blank' | 'delimiters'>, layout: Layout, styles: number[]): string {
  const { delimiter: d, eol, extra, bom, lead } = layout;
  const columns = ['id', 'priority', 'customer', 'created', 'responded', 'events', ...(extra ? ['language', 'fields.team'] : [])];
  const lines = [columns.join(d)];
  rows.forEach((r, i) => {
    if (r === 'blank') lines.push('');
    else if (r === 'delimiters') lines.push(d.repeat(columns.length - 1));
    else {
      const values = [r.id, r.priority, r.customer, r.created, r.responded, r.events, ...(extra ? [r.language, r.team] : [])];
      lines.push(values.map((v, k) => cell(v, d, styles[(i + k) % styles.length]!)).join(d));
    }
  });
  return (bom ? '\ufeff' : '') + eol.repeat(lead) + lines.join(eol) + eol;
}

/** Tickets the checks accept, but for their cells' quotes and spaces (the report's test needs clean records). */
const goodTicket = fc.record<Ticket>({
  id: fc.constant(''),
  priority: fc.constantFrom('P1', 'P2', 'P3', ' P2 '),
  customer: fc.constantFrom('Smit', 'Smit, Jansen & Co', 'De "Grote" Klant', 'Café', 'Semi;colon', ''),
  created: fc.constantFrom(at(10, 9), at(10, 14), '2026-03-10T09:00:00Z'),
  responded: fc.constantFrom('', at(10, 15)),
  events: fc
    .array(fc.constantFrom('status Waiting for customer', 'status In progress', 'STATUS Resolved', 'message Provider', 'priority P1'), {
      maxLength: 3,
    })
    .map((es) => es.map((e, k) => `${at(11, 9 + k)} ${e}`).join('; ')),
  language: fc.constant(''),
  team: fc.constant(''),
});

const rowsOf = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: ticket(fc.constantFrom('K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8', ' K9 ', '')) },
    { weight: 1, arbitrary: fc.constantFrom<'blank' | 'delimiters'>('blank', 'delimiters') },
  ),
  { minLength: 1, maxLength: 12 },
);
const layoutOf = fc.record<Layout>({
  delimiter: fc.constantFrom(',', ';', '\t'),
  eol: fc.constantFrom('\n', '\r\n'),
  extra: fc.boolean(),
  bom: fc.boolean(),
  lead: fc.constantFrom(0, 0, 1, 2),
});
const stylesOf = fc.array(fc.nat(11), { minLength: 1, maxLength: 5 });

/** A staged record's fields as the JavaScript record (absent where NULL). */
function recordOf(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of ['id', 'priority', 'tier', 'customer', 'channel', 'created', 'responded', 'resolved', 'assigned'])
    if (row[f] !== null) out[f] = row[f];
  const events = row['events'] as { items: Array<{ entries: Record<string, unknown> }> } | null;
  if (events !== null)
    out['events'] = events.items.map((e) =>
      Object.fromEntries(Object.entries(e.entries).filter(([k, v]) => v !== null && ['at', 'status', 'priority', 'message'].includes(k))),
    );
  return out;
}

async function jsReport(files: InputFile[], options: EvaluateOptions): Promise<Report> {
  const ev = new Evaluation(contract, options);
  await evaluateFiles(ev, files as Parameters<typeof evaluateFiles>[1]);
  return ev.finish();
}

const withoutEngine = ({ engine: _, ...rest }: Report) => rest;

const split = (files: InputFile[]) => stagedCounts(contract, files);

describe('SQL reads a CSV row exactly as the JavaScript reader, or leaves it to it', () => {
  it('every shaped row is the record the reader reads, on its line and with its number', async () => {
    let shaped = 0;
    let flagged = 0;
    const db = await DuckDb.open({ threads: 1 });
    try {
      await fc.assert(
        fc.asyncProperty(rowsOf, layoutOf, stylesOf, async (rows, layout, styles) => {
          const f = csv(file(rows, layout, styles));
          await db.exec('DROP TABLE IF EXISTS slac_lines_0;');
          const staged = await new FileStager(db, {}).stageText(TICKET, { f, g: 0, input: 0 });
          expect(staged).not.toBeNull();
          const items = [];
          for await (const item of readCsv(
            (async function* () {
              yield readFileSync(f.path, 'utf8');
            })(),
            'ticket',
          ))
            items.push(item);
          const sql = await db.rows(`SELECT * FROM (${staged}) ORDER BY rec`);
          expect(sql.map((r) => [Number(r.rec), Number(r.line)])).toEqual(items.map((item, k) => [k, item.line]));
          for (const r of sql) {
            if (!r.shaped) {
              flagged++;
              continue;
            }
            shaped++;
            const item = items[Number(r.rec)]!;
            expect(item.ok && recordOf(r)).toEqual(item.ok && item.value);
          }
        }),
        { numRuns: 60, seed: 20261202 },
      );
    } finally {
      db.close();
    }
    expect(shaped).toBeGreaterThan(100);
    expect(flagged).toBeGreaterThan(100);
  }, 60_000);

  it('the report is the JavaScript engine’s, problems and all, on random files', async () => {
    const goods = fc.array(goodTicket, { minLength: 3, maxLength: 6 });
    const samples = fc.sample(fc.tuple(rowsOf, goods, layoutOf, stylesOf), { numRuns: 3, seed: 7 });
    let clean = 0;
    for (const [rows, good, layout, styles] of samples) {
      const files = [
        csv(file(rows, layout, styles)),
        csv(file([...good.map((t, i) => ({ ...t, id: `G${i}` })), ...rows.slice(0, 3)], { ...layout, extra: !layout.extra }, styles)),
      ];
      const options: EvaluateOptions = { reportTickets: 'all' };
      const duckdb = await evaluateInDuckDb(contract, options, files, {}, { threads: 1 });
      expect(withoutEngine(duckdb)).toEqual(await jsReport(files, options));
      clean += (await split(files))!.clean;
    }
    expect(clean).toBeGreaterThan(10);
  }, 60_000);

  it('a file SQL cannot split as the reader would goes to the JavaScript reader whole, with the same report', async () => {
    const files = [
      // a quoted cell across lines
      'id,priority,created,customer\nK1,P1,2026-03-10T09:00:00Z,"Twee\nregels"\n',
      // a malformed quote
      'id,priority,created,customer\nK2,P1,2026-03-10T09:00:00Z,De "Grote,"Klant\nK3,P1,2026-03-10T09:00:00Z,x\n',
      // line breaks of two kinds, and a lone carriage return
      'id,priority,created\r\nK4,P1,2026-03-10T09:00:00Z\nK5,P1,2026-03-10T09:00:00Z\r\n',
      'id,priority,created\rK6,P1,2026-03-10T09:00:00Z\r',
      // an unknown column (a warning of the reader), a header without a delimiter to tell
      'id,priority,created,severity\nK7,P1,2026-03-10T09:00:00Z,high\n',
      'id,priority;created\nK8,P1;2026-03-10T09:00:00Z\n',
    ].map(csv);
    for (const f of files) expect(await split([f])).toBeNull();
    const options: EvaluateOptions = { reportTickets: 'all' };
    const duckdb = await evaluateInDuckDb(contract, options, files, {}, { threads: 1 });
    const js = await jsReport(files, options);
    expect(withoutEngine(duckdb)).toEqual(js);
    // The malformed quote's file: the quote before Klant never closes, so K3 is never read.
    expect(js.tickets.map((t) => t.id)).toEqual(['K1', 'K4', 'K5', 'K6', 'K7']);
    expect(js.data.problems.map((p) => [p.file, p.line])).toEqual([
      [files[1]!.path, 2],
      [files[4]!.path, 1],
      [files[5]!.path, 1],
    ]);
  }, 30_000);
});
