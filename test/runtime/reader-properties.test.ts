/**
 * The readers' property (issue 8): for random files with random bad rows in every format, line
 * ending and chunking, records read = accepted + rejected + skipped, every bad row is rejected
 * (nothing vanishes), and every good row's result equals its result in the file without the bad rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Evaluation } from '../../runtime/evaluate/engine.js';
import { evaluateFiles } from '../../runtime/files.js';
import type { DataFormat } from '../../runtime/data/read.js';
import type { Report } from '../../runtime/evaluate/report.js';
import { contractOf, sla } from '../evaluate/helpers.js';

const contract = contractOf(
  sla(`
priority P1 "Critical"
priority P2 "High"
targets {
  response P1 within 30 minutes on always
  resolution P1 within 4 hours on office
  response P2 within 2 hours on office
  resolution P2 within 2 working days on office
}
`),
);

const MAX_CHARS = 400;
const MIN = 60_000;
const MARCH = Date.UTC(2026, 2, 1);
const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');

interface Good {
  priority: 'P1' | 'P2';
  created: number;
  responded: number | null;
  resolved: number | null;
  customer: string;
}

const good: fc.Arbitrary<Good> = fc
  .record({
    priority: fc.constantFrom('P1' as const, 'P2' as const),
    created: fc.integer({ min: 0, max: 30 * 24 * 60 }).map((m) => MARCH + m * MIN),
    responded: fc.option(fc.integer({ min: 0, max: 600 })),
    resolved: fc.option(fc.integer({ min: 0, max: 6000 })),
    // Cells that need quoting in CSV: delimiters, quotes, line breaks.
    customer: fc.constantFrom('Smit', 'Smit, Jansen & Co', 'De "Grote" Klant', 'Twee\nregels', 'Semi;colon', ''),
  })
  .map((g) => ({
    ...g,
    responded: g.responded === null ? null : g.created + g.responded * MIN,
    resolved: g.resolved === null ? null : g.created + g.resolved * MIN,
  }));

/** Ways a row can be bad, per format: each must give exactly one rejected record. */
const badKinds = {
  csv: ['extra-cell', 'missing-cell', 'quote-inside', 'after-quote', 'latin1', 'unknown-priority', 'no-offset', 'too-long'],
  ndjson: ['not-json', 'not-object', 'unknown-field', 'latin1', 'unknown-priority', 'no-offset', 'too-long'],
  json: ['not-json', 'not-object', 'unknown-field', 'latin1', 'unknown-priority', 'no-offset', 'too-long'],
} as const;

type Row = { kind: 'good'; id: string; t: Good } | { kind: 'bad'; how: string };

const csvCell = (s: string) => (/[",;\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function record(id: string, t: Good): Record<string, string> {
  const r: Record<string, string> = { id, priority: t.priority, created: iso(t.created) };
  if (t.customer !== '') r['customer'] = t.customer;
  if (t.responded !== null) r['responded'] = iso(t.responded);
  if (t.resolved !== null) r['resolved'] = iso(t.resolved);
  return r;
}

const LATIN1 = '~LATIN1~';

function badJson(how: string, i: number): string {
  const base = { id: `B${i}`, priority: 'P1', created: '2026-03-02T09:00:00Z' };
  switch (how) {
    case 'not-json':
      return '{"id": "x", "priority": }';
    case 'not-object':
      return '42';
    case 'unknown-field':
      return JSON.stringify({ ...base, severity: 'high' });
    case 'latin1':
      return JSON.stringify({ ...base, id: `Caf${LATIN1}${i}` });
    case 'unknown-priority':
      return JSON.stringify({ ...base, priority: 'P9' });
    case 'no-offset':
      return JSON.stringify({ ...base, created: '2026-03-02T09:00:00' });
    default:
      return JSON.stringify({ ...base, customer: 'x'.repeat(MAX_CHARS) });
  }
}

function badCsv(how: string, i: number, row: (cells: string[]) => string): string {
  const cells = [`B${i}`, 'P1', '', '2026-03-02T09:00:00Z', '', ''];
  switch (how) {
    case 'extra-cell':
      return row([...cells, 'x']);
    case 'missing-cell':
      return row(cells.slice(0, 4));
    case 'quote-inside':
      return row([`B"${i}`, ...cells.slice(1)]);
    case 'after-quote':
      return row([`"B${i}"x`, ...cells.slice(1)]);
    case 'latin1':
      return row([`Caf${LATIN1}${i}`, ...cells.slice(1)]);
    case 'unknown-priority':
      return row([cells[0]!, 'P9', ...cells.slice(2)]);
    case 'no-offset':
      return row([...cells.slice(0, 3), '2026-03-02T09:00:00', ...cells.slice(4)]);
    default:
      return row([cells[0]!, 'P1', `"${'x'.repeat(MAX_CHARS)}"`, ...cells.slice(3)]);
  }
}

const COLUMNS = ['id', 'priority', 'customer', 'created', 'responded', 'resolved'];

/** The file's text; CSV with `delimiter` between the cells (empty cells side by side: a TSV's tabs are no spaces). */
function file(format: DataFormat, rows: Row[], eol: string, delimiter: string): string {
  if (format === 'csv') {
    const line = (cells: string[]) => cells.join(delimiter);
    const out = [line(COLUMNS)];
    rows.forEach((r, i) => {
      if (r.kind === 'bad') out.push(badCsv(r.how, i, line));
      else {
        const rec = record(r.id, r.t);
        out.push(line(COLUMNS.map((c) => csvCell(rec[c] ?? ''))));
      }
    });
    return out.join(eol) + eol;
  }
  const items = rows.map((r, i) => (r.kind === 'bad' ? badJson(r.how, i) : JSON.stringify(record(r.id, r.t))));
  return format === 'ndjson' ? items.join(eol) + eol : `[${eol}${items.join(`,${eol}`)}${eol}]${eol}`;
}

/** The file's bytes: UTF-8, except the LATIN1 markers, which become a lone 0xE9 byte. */
function bytes(text: string): Uint8Array {
  const parts = text.split(LATIN1).map((p) => Buffer.from(p, 'utf8'));
  const withBad: Buffer[] = [];
  parts.forEach((p, i) => {
    if (i > 0) withBad.push(Buffer.from([0xe9]));
    withBad.push(p);
  });
  return Buffer.concat(withBad);
}

function* chunks(all: Uint8Array, sizes: number[]): Generator<Uint8Array> {
  let at = 0;
  for (let k = 0; at < all.length; k++) {
    const size = sizes[k % sizes.length]!;
    yield all.subarray(at, at + size);
    at += size;
  }
}

async function evaluateText(format: DataFormat, text: string, sizes: number[]): Promise<Report> {
  const ev = new Evaluation(contract, { reportTickets: 'all' });
  const input = (async function* () {
    yield* chunks(bytes(text), sizes);
  })();
  await evaluateFiles(ev, [{ path: `tickets.${format}`, kind: 'ticket', format, input }], { maxRecordChars: MAX_CHARS });
  return ev.finish();
}

/** A ticket's result without where it came from (line numbers differ between the two files). */
const withoutSource = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(withoutSource)
    : v !== null && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([k]) => k !== 'source' && k !== 'records')
            .map(([k, x]) => [k, withoutSource(x)]),
        )
      : v;

describe('readers keep every row: read = accepted + rejected + skipped, and bad rows do not change good ones', () => {
  for (const format of ['csv', 'ndjson', 'json'] as const) {
    it(format, async () => {
      const rows = fc
        .array(
          fc.oneof(
            { weight: 3, arbitrary: good.map((t) => ({ kind: 'good' as const, t })) },
            { weight: 1, arbitrary: fc.constantFrom(...badKinds[format]).map((how) => ({ kind: 'bad' as const, how })) },
          ),
          { maxLength: 25 },
        )
        .map((list) => list.map((r, i): Row => (r.kind === 'good' ? { kind: 'good', id: `G${i}`, t: r.t } : r)));
      await fc.assert(
        fc.asyncProperty(
          rows,
          fc.constantFrom('\n', '\r\n', '\r'),
          fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 5 }),
          fc.constantFrom(',', ';', '\t'),
          async (list, eol, sizes, delimiter) => {
            const report = await evaluateText(format, file(format, list, eol, delimiter), sizes);
            const goods = list.filter((r) => r.kind === 'good');
            const [f] = report.data.files;
            expect(report.data.files).toHaveLength(1);
            expect(f!.read).toBe(f!.accepted + f!.rejected + f!.skipped);
            expect(f).toMatchObject({ read: list.length, accepted: goods.length, rejected: list.length - goods.length, skipped: 0 });
            // Every problem is about a record, on the line of a bad row.
            expect(report.data.problems.every((p) => p.kind === 'ticket' && p.severity === 'error')).toBe(true);
            const clean = await evaluateText(format, file(format, goods, eol, delimiter), [1 << 16]);
            expect(clean.data.problems).toEqual([]);
            expect(withoutSource(report.tickets)).toEqual(withoutSource(clean.tickets));
          },
        ),
        { numRuns: 40, seed: 20260301 },
      );
    });
  }
});
