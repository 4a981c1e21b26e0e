/**
 * Data in: the streaming readers (NDJSON, CSV, JSON arrays) and record validation. Every rejected
 * row is reported with its file, line and field, and counted; `strict` stops at the first.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractOf, root, sla } from '../evaluate/helpers.js';
import { DataError, Evaluation } from '../../runtime/evaluate/engine.js';
import { evaluateFiles } from '../../runtime/files.js';
import { parseEventsCell, readCsv, readJsonArray, readNdjson, type RawItem } from '../../runtime/data/read.js';
import { parseTimestamp } from '../../runtime/time.js';
import type { RecordKind } from '../../runtime/data/types.js';

const contract = contractOf(
  sla(`
service Platform "Platform"
priority P1 "Critical"
targets {
  response P1 within 30 minutes on always
  resolution P1 within 4 hours on always
}
objective uptime "Uptime" {
  availability of service Platform at least 99.9% per month on always
}
objective phone "Phone" {
  80% of calls answered within 30 seconds per month
}
objective csat "Satisfaction" {
  average CSAT at least 8 out of 10 per quarter
}
`),
);

const fixture = (name: string) => join(root, 'test/fixtures/data/bad', name);

async function problemsOf(file: string, kind: RecordKind, format: 'json' | 'ndjson' | 'csv') {
  const ev = new Evaluation(contract);
  await evaluateFiles(ev, [{ path: fixture(file), kind, format }]);
  const r = ev.finish();
  return { report: r, problems: r.data.problems.map((p) => [p.severity, p.line, p.field, p.message] as const) };
}

describe('bad rows are reported with file, line and field', () => {
  it('tickets.ndjson', async () => {
    const { report, problems } = await problemsOf('tickets.ndjson', 'ticket', 'ndjson');
    expect(problems.map(([s, line, field]) => [s, line, field])).toEqual([
      ['error', 2, 'created'],
      ['error', 4, 'priority'],
      ['error', 5, 'events/1/at'],
      ['error', 6, 'created'],
      ['error', 7, ''],
      ['error', 8, 'severity'],
      ['error', 9, 'resolved'],
      ['error', 10, 'id'],
    ]);
    expect(problems[0]![3]).toBe(
      "timestamp '2026-06-01T09:00:00' has no UTC offset: add one, e.g. '2026-06-01T09:00:00+01:00' or '2026-06-01T09:00:00Z', or give the export's zone (--data-timezone)",
    );
    expect(problems[1]![3]).toContain("unknown priority 'P7'");
    expect(problems[3]![3]).toContain('not a real date');
    expect(problems[4]![3]).toMatch(/^not valid JSON/);
    expect(problems[5]![3]).toBe("unknown field 'severity'");
    expect(problems[7]![3]).toBe("'id' is required");
    expect(report.data.problems.every((p) => p.file === fixture('tickets.ndjson') && p.kind === 'ticket')).toBe(true);
    expect(report.data.accepted.ticket).toBe(2);
    expect(report.data.rejected.ticket).toBe(8);
    expect(report.tickets.map((t) => [t.id, t.source.line])).toEqual([
      ['T1', 1],
      ['T10', 11],
    ]);
  });

  it('contacts.csv (a quoted cell over two lines starts on its first line)', async () => {
    const { report, problems } = await problemsOf('contacts.csv', 'contact', 'csv');
    expect(problems.map(([s, line, field]) => [s, line, field])).toEqual([
      ['warning', 1, 'queue'],
      ['error', 3, 'abandoned'],
      ['error', 4, 'arrived'],
      ['error', 5, 'channel'],
      ['error', 6, 'answered'],
    ]);
    expect(problems[2]![3]).toContain('is not an ISO 8601 timestamp');
    expect(report.data.accepted.contact).toBe(2);
    expect(report.data.rejected.contact).toBe(4);
  });

  it('outages.json (records that span several lines are reported at their first)', async () => {
    const { report, problems } = await problemsOf('outages.json', 'outage', 'json');
    expect(problems.map(([s, line, field]) => [s, line, field])).toEqual([
      ['error', 3, 'end'],
      ['error', 4, 'service'],
      ['error', 11, 'kind'],
    ]);
    expect(problems[1]![3]).toBe("unknown service 'Mainframe' (this contract has Platform)");
    expect(report.data.accepted.outage).toBe(2);
  });

  it('measurements.csv', async () => {
    const { report, problems } = await problemsOf('measurements.csv', 'measurement', 'csv');
    expect(problems.map(([s, line, field]) => [s, line, field])).toEqual([
      ['error', 3, 'value'],
      ['error', 4, 'objective'],
      ['error', 5, 'value'],
      ['error', 6, 'value'],
    ]);
    expect(problems[2]![3]).toBe("objective 'csat' already has a value for this period (line 2)");
    expect(problems[3]![3]).toBe("'eight' is not a decimal number");
    expect(report.objectives.find((o) => o.objective === 'csat')!.sli).toBe(8.4);
  });

  it('strict mode fails on the first bad row, naming file, line and field', async () => {
    const ev = new Evaluation(contract, { strict: true });
    const run = evaluateFiles(ev, [{ path: fixture('tickets.ndjson'), kind: 'ticket', format: 'ndjson' }]);
    await expect(run).rejects.toThrow(DataError);
    await expect(
      evaluateFiles(new Evaluation(contract, { strict: true }), [{ path: fixture('tickets.ndjson'), kind: 'ticket', format: 'ndjson' }]),
    ).rejects.toThrow(`${fixture('tickets.ndjson')}:2: created: timestamp '2026-06-01T09:00:00' has no UTC offset`);
  });

  it('lists the first problems and counts the rest', async () => {
    const lines = Array.from({ length: 30 }, (_, i) =>
      JSON.stringify({ id: `X${i}`, priority: 'P9', created: '2026-06-01T09:00:00+02:00' }),
    ).join('\n');
    const ev = new Evaluation(contract, { maxProblems: 10 });
    await evaluateFiles(ev, [{ path: 'tickets.ndjson', kind: 'ticket', format: 'ndjson', input: [lines] }]);
    const r = ev.finish();
    expect(r.data.problems).toHaveLength(10);
    expect(r.data.problemsOmitted).toBe(20);
    expect(r.data.rejected.ticket).toBe(30);
  });
});

async function collect(gen: AsyncGenerator<RawItem>): Promise<RawItem[]> {
  const out: RawItem[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

/** A text as a stream of tiny byte chunks, splitting multi-byte characters. */
function* bytes(text: string, size: number): Generator<Uint8Array> {
  const all = new TextEncoder().encode(text);
  for (let i = 0; i < all.length; i += size) yield all.subarray(i, i + size);
}

async function* fromList<T>(it: Iterable<T>): AsyncGenerator<T> {
  yield* it;
}

describe('streaming readers', () => {
  it('NDJSON: lines survive any chunking (CRLF, blank lines, a split "é")', async () => {
    const text = '{"a":"é1"}\r\n\r\n{"a":"x"}\n  \n{"a":"ü3"}';
    for (const size of [1, 2, 3, 7, 1000]) {
      const items = await collect(readNdjson(fromList(bytes(text, size))));
      expect(items).toEqual([
        { ok: true, value: { a: 'é1' }, line: 1 },
        { ok: true, value: { a: 'x' }, line: 3 },
        { ok: true, value: { a: 'ü3' }, line: 5 },
      ]);
    }
  });

  it('JSON arrays: element by element with their first line, through strings with brackets and escapes', async () => {
    const text = '\ufeff[\n  {"a": "]}[{", "b": "\\"q\\""},\n  {\n    "c": [1, [2, {"d": 3}]]\n  },\n  {"e": "é"}\n]\n';
    for (const size of [1, 3, 5, 1000]) {
      const items = await collect(readJsonArray(fromList(bytes(text, size))));
      expect(items).toEqual([
        { ok: true, value: { a: ']}[{', b: '"q"' }, line: 2 },
        { ok: true, value: { c: [1, [2, { d: 3 }]] }, line: 3 },
        { ok: true, value: { e: 'é' }, line: 6 },
      ]);
    }
  });

  it('JSON arrays: a truncated file or a top-level object is reported, not guessed', async () => {
    const truncated = await collect(readJsonArray(fromList(['[{"a":1},\n{"b":'])));
    expect(truncated).toEqual([
      { ok: true, value: { a: 1 }, line: 1 },
      {
        ok: false,
        scope: 'file',
        fatal: true,
        warning: false,
        field: '',
        line: 2,
        message: 'the file ends inside the record that starts on line 2: is it truncated?',
      },
    ]);
    expect(await collect(readJsonArray(fromList(['{"tickets": []}'])))).toEqual([
      {
        ok: false,
        scope: 'file',
        line: 1,
        field: '',
        message: 'a JSON data file must hold one array of records: [ {…}, {…} ]',
        fatal: true,
        warning: false,
      },
    ]);
    expect(await collect(readJsonArray(fromList(['[]'])))).toEqual([]);
  });

  it('CSV: columns are matched without case or separators; empty cells are absent; events use the cell syntax', async () => {
    const text =
      'ID,Priority,Created,First_Response,Resolved,Events\nT1,P1,2026-06-01T09:00:00+02:00,,2026-06-01T12:00:00+02:00,2026-06-01T10:00:00+02:00 status waiting for customer; 2026-06-01T11:00:00+02:00 priority P2\n';
    const items = await collect(readCsv(fromList([text]), 'ticket'));
    expect(items[0]).toMatchObject({ ok: false, warning: true, field: 'First_Response' });
    expect(items[1]).toEqual({
      ok: true,
      line: 2,
      value: {
        id: 'T1',
        priority: 'P1',
        created: '2026-06-01T09:00:00+02:00',
        resolved: '2026-06-01T12:00:00+02:00',
        events: [
          { at: '2026-06-01T10:00:00+02:00', status: 'waiting for customer' },
          { at: '2026-06-01T11:00:00+02:00', priority: 'P2' },
        ],
      },
    });
    expect(() => parseEventsCell('2026-06-01T10:00:00+02:00 paused')).toThrow(/entry 1/);
  });

  it('CSV: outage kinds may be written with spaces; booleans as yes/no', async () => {
    const items = await collect(readCsv(fromList(['service,start,kind\nPlatform,2026-06-01T10:00:00Z,Force Majeure\n']), 'outage'));
    expect(items[0]).toMatchObject({ ok: true, value: { kind: 'force-majeure' } });
    const m = await collect(readCsv(fromList(['objective,at,first time right\nftr,2026-06-01T10:00:00Z,yes\n']), 'measurement'));
    expect(m[0]).toMatchObject({ ok: true, value: { firstTimeRight: true } });
  });
});

describe('timestamps', () => {
  it('need an offset, and must be real instants', () => {
    expect(parseTimestamp('2026-03-29T02:30:00+01:00')).toEqual({ ok: true, ms: Date.UTC(2026, 2, 29, 1, 30) });
    expect(parseTimestamp('2026-03-06 17:00+0100')).toEqual({ ok: true, ms: Date.UTC(2026, 2, 6, 16, 0) });
    expect(parseTimestamp('2026-03-06T17:00:00.250Z')).toEqual({ ok: true, ms: Date.UTC(2026, 2, 6, 17, 0, 0, 250) });
    expect(parseTimestamp('2026-03-06T17:00')).toMatchObject({ ok: false, message: expect.stringContaining('no UTC offset') });
    // Years below 100 are years, in either form (Date.UTC would read 0071 as 1971).
    const year71 = parseTimestamp('0071-07-18T20:24:18.144Z');
    expect(year71).toEqual({ ok: true, ms: -59_909_427_341_856 });
    expect(parseTimestamp('0071-07-18T20:24:18.144927Z')).toEqual(year71);
    expect(parseTimestamp('0071-07-18 21:24:18.1449+01:00')).toEqual(year71);
    expect(parseTimestamp('2026-02-29T10:00:00Z')).toMatchObject({ ok: false, message: expect.stringContaining('not a real date') });
    expect(parseTimestamp('2026-03-06T24:00:00Z')).toMatchObject({ ok: false });
    expect(parseTimestamp('1772812800000')).toMatchObject({ ok: false });
  });
});

describe('reader options', () => {
  it('the value hook sees every string value before validation, in CSV cells, events and JSON fields', async () => {
    const seen: string[] = [];
    const values = (kind: RecordKind, field: string, value: string) => {
      seen.push(`${kind}.${field}=${value}`);
      return value === '1 - Kritiek' ? 'P1' : value;
    };
    const csv = await collect(
      readCsv(
        fromList(['id,priority,created,events\nT1,1 - Kritiek,2026-06-01T09:00:00+02:00,2026-06-01T10:00:00+02:00 priority 1 - Kritiek\n']),
        'ticket',
        { values },
      ),
    );
    expect(csv[0]).toMatchObject({ ok: true, value: { id: 'T1', priority: 'P1', events: [{ priority: 'P1' }] } });
    const json = await collect(
      readNdjson(
        fromList([
          '{"id":"T2","priority":"1 - Kritiek","created":"2026-06-01T09:00:00+02:00","events":[{"at":"2026-06-01T10:00:00+02:00","status":"Opgelost"}]}\n',
        ]),
        { values },
        'ticket',
      ),
    );
    expect(json[0]).toMatchObject({ ok: true, value: { priority: 'P1' } });
    expect(seen).toContain('ticket.events/status=Opgelost');
  });

  it('a column mapping renames the top-level fields of JSON records and adds fixed values', async () => {
    const columns = { tickets: { columns: { 'Created at': 'created', Id: 'id', Subject: null }, values: { priority: 'P1' } } };
    const items = await collect(
      readNdjson(fromList(['{"Id":"2101","Subject":"x","Created at":"2026-06-01T09:00:00+02:00"}\n']), { columns }, 'ticket'),
    );
    expect(items).toEqual([{ ok: true, line: 1, value: { priority: 'P1', id: '2101', created: '2026-06-01T09:00:00+02:00' } }]);
  });

  it('a CSV file of one line without a line break is a header (its delimiter checked too)', async () => {
    expect(await collect(readCsv(fromList(['id;priority,created']), 'ticket'))).toEqual([
      expect.objectContaining({
        ok: false,
        scope: 'file',
        line: 1,
        fatal: true,
        message: expect.stringContaining('cannot tell which character separates the columns'),
      }),
    ]);
    expect(await collect(readCsv(fromList(['\n\nid;priority;created\nT1;P1;2026-06-01T09:00:00+02:00']), 'ticket'))).toEqual([
      { ok: true, line: 4, value: { id: 'T1', priority: 'P1', created: '2026-06-01T09:00:00+02:00' } },
    ]);
    expect(await collect(readCsv(fromList(['\n\nid;priority,created\n']), 'ticket'))).toMatchObject([{ line: 3 }]);
  });
});
