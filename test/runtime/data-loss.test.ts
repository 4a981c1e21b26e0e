/**
 * Issue 8, data loss and data crashes: no row vanishes, every file obeys
 * read = accepted + rejected + skipped, problems never echo a huge value, the CSV events cell reads
 * every timestamp spelling, duplicates are warned about once, and broken bytes, quotes, line
 * endings, numbers and truncations are reported where they are.
 */
import { describe, expect, it } from 'vitest';
import { Evaluation } from '../../runtime/evaluate/engine.js';
import { evaluateFiles } from '../../runtime/files.js';
import type { DataFormat } from '../../runtime/data/read.js';
import type { RecordKind } from '../../runtime/data/types.js';
import type { Report } from '../../runtime/evaluate/report.js';
import { contractOf, sla } from '../evaluate/helpers.js';

const contract = contractOf(
  sla(`
service Platform "Platform"
priority P1 "Critical"
priority P2 "High"
targets {
  response P1 within 30 minutes on always
  resolution P1 within 4 hours on always
  response P2 within 1 hours on always
  resolution P2 within 8 hours on always
}
objective csat "Satisfaction" {
  average CSAT at least 8 out of 10 per quarter
}
`),
);

async function run(
  name: string,
  kind: RecordKind,
  format: DataFormat,
  input: string | Uint8Array,
  options: ConstructorParameters<typeof Evaluation>[1] = {},
): Promise<Report> {
  const ev = new Evaluation(contract, options);
  await evaluateFiles(ev, [{ path: name, kind, format, input: [input] }]);
  return ev.finish();
}

const balanced = (r: Report) => r.data.files.every((f) => f.read === f.accepted + f.rejected + f.skipped);
const problems = (r: Report) => r.data.problems.map((p) => [p.severity, p.line, p.field, p.message]);
const ticketRow = (i: number) => `G${i},P2,2026-03-02T09:00:00+01:00`;

describe('one malformed CSV row is one rejected row', () => {
  it('10,001 rows with an extra cell on row 5,001: 10,000 accepted, 1 rejected, none gone', async () => {
    const rows = ['id,priority,created'];
    for (let i = 0; i < 10001; i++) rows.push(ticketRow(i) + (i === 5000 ? ',x' : ''));
    const r = await run('tickets.csv', 'ticket', 'csv', `${rows.join('\n')}\n`);
    expect(r.data.files).toEqual([
      { file: 'tickets.csv', kind: 'ticket', format: 'csv', read: 10001, accepted: 10000, rejected: 1, skipped: 0 },
    ]);
    expect(problems(r)).toEqual([
      ['error', 5002, '', 'the row has 4 cells, the header (line 1) has 3: a delimiter too many or too few, or a cell that needs quotes'],
    ]);
  });

  it('rows of nothing but delimiters are not rows', async () => {
    const r = await run('tickets.csv', 'ticket', 'csv', `id;priority;created\n${ticketRow(0).replace(/,/g, ';')}\n;;\n ; ;\n\n`);
    expect(r.data.files[0]).toMatchObject({ read: 1, accepted: 1 });
  });

  it('a 4-row file keeps its 3 good rows', async () => {
    const r = await run(
      'tickets.csv',
      'ticket',
      'csv',
      `id,priority,created\n${ticketRow(0)},x\n${ticketRow(1)}\n${ticketRow(2)}\n${ticketRow(3)}\n`,
    );
    expect(r.data.files[0]).toMatchObject({ read: 4, accepted: 3, rejected: 1 });
  });

  it('a quote inside an unquoted cell, or text after a closing quote, rejects that row only', async () => {
    const r = await run(
      'tickets.csv',
      'ticket',
      'csv',
      `id,priority,created\nA"1,P2,2026-03-02T09:00:00+01:00\n"B"x,P2,2026-03-02T09:00:00+01:00\n "C" ,P2,2026-03-02T09:00:00+01:00\n`,
    );
    expect(r.data.files[0]).toMatchObject({ read: 3, accepted: 1, rejected: 2 });
    expect(problems(r).map((p) => p[1])).toEqual([2, 3]);
    expect(r.tickets.map((t) => t.id)).toEqual(['C']);
  });
});

describe('line numbers and file problems', () => {
  it('CRLF with a quoted line break keeps every later line number', async () => {
    const text =
      'id,priority,created\r\nA,"P\r\n2",2026-03-02T09:00:00+01:00\r\nB,P2,2026-03-02T09:00:00\r\nC,P9,2026-03-02T09:00:00+01:00\r\n';
    const r = await run('tickets.csv', 'ticket', 'csv', text);
    expect(problems(r).map((p) => [p[1], p[2]])).toEqual([
      [2, 'priority'],
      [4, 'created'],
      [5, 'priority'],
    ]);
  });

  it('lone CR line breaks count like LF', async () => {
    const r = await run(
      'tickets.ndjson',
      'ticket',
      'ndjson',
      '{"id":"A","priority":"P2","created":"2026-03-02T09:00:00+01:00"}\r{"id":"B","priority":"P9","created":"2026-03-02T09:00:00+01:00"}\r',
    );
    expect(problems(r).map((p) => p[1])).toEqual([2]);
  });

  it('an unclosed quote is reported where it opens, as a problem of the file', async () => {
    const r = await run(
      'tickets.csv',
      'ticket',
      'csv',
      `id,priority,created\n${ticketRow(0)}\nX,"P2,2026-03-02T09:00:00+01:00\n${ticketRow(1)}\n${ticketRow(2)}\n`,
    );
    expect(r.data.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        kind: null,
        line: 3,
        message: expect.stringContaining('a quote opened on line 3 is never closed'),
      }),
    ]);
    expect(r.data.files[0]).toMatchObject({ read: 1, accepted: 1, rejected: 0 });
  });

  it('a truncated JSON array is a file problem at the record it ends in, not a phantom rejected record', async () => {
    const r = await run(
      'tickets.json',
      'ticket',
      'json',
      '[\n{"id":"A","priority":"P2","created":"2026-03-02T09:00:00+01:00"},\n{"id":"B","prio',
    );
    expect(r.data.rejected.ticket).toBe(0);
    expect(r.data.files[0]).toMatchObject({ read: 1, accepted: 1, rejected: 0 });
    expect(r.data.problems).toEqual([
      expect.objectContaining({ kind: null, line: 3, message: 'the file ends inside the record that starts on line 3: is it truncated?' }),
    ]);
  });

  it('a JSON record whose brackets do not match stops the file there, without swallowing the records after it', async () => {
    const r = await run(
      'tickets.json',
      'ticket',
      'json',
      '[\n{"id":"A","priority":"P2","created":"2026-03-02T09:00:00+01:00"},\n{"id":"B","events":[{"at":"x"}},\n{"id":"C"}]',
    );
    expect(r.data.files[0]).toMatchObject({ read: 1, accepted: 1, rejected: 0 });
    expect(r.data.problems).toEqual([
      expect.objectContaining({
        kind: null,
        line: 3,
        message: "'}' closes a bracket it does not match, in the record that starts on line 3: the file cannot be read on",
      }),
    ]);
  });

  it('invalid UTF-8 rejects the record on that line, with line and byte, in every format', async () => {
    const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
    const ndjson = await run(
      'tickets.ndjson',
      'ticket',
      'ndjson',
      latin1(
        '{"id":"A","priority":"P2","created":"2026-03-02T09:00:00+01:00"}\n{"id":"Caf\xe9","priority":"P2","created":"2026-03-02T09:00:00+01:00"}\n',
      ),
    );
    expect(problems(ndjson)).toEqual([['error', 2, '', 'line 2 is not UTF-8 (byte 0xE9 at byte 11 of the line): save the file as UTF-8']]);
    const csv = await run(
      'tickets.csv',
      'ticket',
      'csv',
      latin1(`id,priority,created\n${ticketRow(0)}\nCaf\xe9,P2,2026-03-02T09:00:00+01:00\n`),
    );
    expect(problems(csv)).toEqual([['error', 3, '', 'line 3 is not UTF-8 (byte 0xE9 at byte 4 of the line): save the file as UTF-8']]);
    const json = await run(
      'tickets.json',
      'ticket',
      'json',
      latin1(
        '[{"id":"A","priority":"P2","created":"2026-03-02T09:00:00+01:00"},\n{"id":"Caf\xe9","priority":"P2","created":"2026-03-02T09:00:00+01:00"}]',
      ),
    );
    expect(problems(json)).toEqual([['error', 2, '', 'line 2 is not UTF-8 (byte 0xE9 at byte 11 of the line): save the file as UTF-8']]);
    for (const r of [ndjson, csv, json]) expect(r.tickets.map((t) => t.id)).toEqual(r === csv ? ['G0'] : ['A']);
  });

  it('a genuine U+FFFD in UTF-8 is data, not an error', async () => {
    const r = await run(
      'tickets.ndjson',
      'ticket',
      'ndjson',
      new TextEncoder().encode('{"id":"A\ufffd","priority":"P2","created":"2026-03-02T09:00:00+01:00"}\n'),
    );
    expect(r.data.problems).toEqual([]);
  });
});

describe('numbers', () => {
  it.each(['0x10', '0b1', '0o7', 'Infinity', '1_000', '1e999', '12abc', '1,5'])("'%s' is not a number", async (cell) => {
    const r = await run('measurements.csv', 'measurement', 'csv', `objective,period,value\ncsat,2026-Q1,"${cell}"\n`);
    expect(problems(r)).toEqual([['error', 2, 'value', `'${cell}' is not a decimal number`]]);
  });

  it.each([
    ['8', 8],
    ['8.5', 8.5],
    ['+8', 8],
    ['.5e1', 5],
  ])("'%s' is %d", async (cell, value) => {
    const r = await run('measurements.csv', 'measurement', 'csv', `objective,period,value\ncsat,2026-Q1,${cell}\n`);
    expect(r.objectives.find((o) => o.objective === 'csat')!.sli).toBe(value);
  });
});

describe('what a problem echoes is capped', () => {
  it('a 1,000,000-character id is cut to 200 characters with an ellipsis and its length', async () => {
    const id = 'x'.repeat(1_000_000);
    const r = await run(
      'tickets.ndjson',
      'ticket',
      'ndjson',
      `${JSON.stringify({ id, priority: 'P7', created: '2026-03-02T09:00:00+01:00' })}\n${JSON.stringify({ id: 'B', priority: id, created: '2026-03-02T09:00:00+01:00' })}\n`,
    );
    expect(r.data.problems).toHaveLength(2);
    expect(r.data.problems[0]!.id).toBe(`${'x'.repeat(200)}… (1,000,000 characters)`);
    for (const p of r.data.problems) expect(JSON.stringify(p).length).toBeLessThan(1000);
  });

  it('a record longer than the limit is rejected unread (1,000,000 events on one ticket)', async () => {
    const events = Array.from({ length: 1_000_000 }, () => '{"at":"2026-03-02T10:00:00+01:00","status":"in progress"}').join(',');
    const line = `{"id":"A","priority":"P2","created":"2026-03-02T09:00:00+01:00","events":[${events}]}`;
    const r = await run(
      'tickets.ndjson',
      'ticket',
      'ndjson',
      `${line}\n{"id":"B","priority":"P2","created":"2026-03-02T09:00:00+01:00"}\n`,
    );
    expect(problems(r)).toEqual([
      ['error', 1, '', `the record is longer than 8,388,608 characters (${line.length.toLocaleString('en-US')}): not read`],
    ]);
    expect(r.data.files[0]).toMatchObject({ read: 2, accepted: 1, rejected: 1 });
  });

  it('the limit applies to JSON arrays and CSV too', async () => {
    const big = 'y'.repeat(5000);
    const json = await run(
      'tickets.json',
      'ticket',
      'json',
      `[{"id":"${big}"},\n{"id":"B","priority":"P2","created":"2026-03-02T09:00:00+01:00"}]`,
      {},
    );
    expect(json.data.files[0]).toMatchObject({ read: 2, accepted: 1, rejected: 1 });
    const ev = new Evaluation(contract);
    await evaluateFiles(
      ev,
      [
        {
          path: 'tickets.csv',
          kind: 'ticket',
          format: 'csv',
          input: [`id,priority,created\n"${big}",P2,2026-03-02T09:00:00+01:00\n${ticketRow(1)}\n`],
        },
      ],
      { maxRecordChars: 1000 },
    );
    const csv = ev.finish();
    expect(csv.data.files[0]).toMatchObject({ read: 2, accepted: 1, rejected: 1 });
    expect(csv.data.problems[0]!.message).toBe('the record is longer than 1,000 characters: not read');
  });
});

describe('the CSV events cell reads every timestamp spelling', () => {
  it.each(['2026-03-02 10:00+0100', '2026-03-02T10:00:00+01:00', '2026-03-02T09:00Z', '2026-03-02 10:00:00.000+01:00'])(
    '%s',
    async (at) => {
      const r = await run(
        'tickets.csv',
        'ticket',
        'csv',
        `id,priority,created,events\nA,P2,2026-03-02T09:00:00+01:00,2026-03-02 09:30+0100 status in progress; ${at} status resolved\n`,
      );
      expect(r.data.problems).toEqual([]);
      expect(r.tickets[0]!.resolved).toBe('2026-03-02T10:00:00+01:00');
    },
  );

  it('and rejects a bad one with the same message as a JSON field', async () => {
    const r = await run(
      'tickets.csv',
      'ticket',
      'csv',
      `id,priority,created,events\nA,P2,2026-03-02T09:00:00+01:00,2026-03-02 10:00 status resolved\n`,
    );
    expect(problems(r)).toEqual([
      [
        'error',
        2,
        'events/0/at',
        "timestamp '2026-03-02 10:00' has no UTC offset: add one, e.g. '2026-03-02 10:00+01:00' or '2026-03-02 10:00Z', or give the export's zone (--data-timezone)",
      ],
    ]);
  });
});

describe('duplicate ids', () => {
  it('the second record with an id is a warning naming both lines, skipped; the first counts', async () => {
    const r = await run(
      'tickets.ndjson',
      'ticket',
      'ndjson',
      ['A', 'B', 'A'].map((id, i) => JSON.stringify({ id, priority: 'P2', created: `2026-03-0${i + 2}T09:00:00+01:00` })).join('\n'),
    );
    expect(r.ticketSummary.total).toBe(2);
    expect(r.tickets.map((t) => [t.id, t.created])).toEqual([
      ['A', '2026-03-02T09:00:00+01:00'],
      ['B', '2026-03-03T09:00:00+01:00'],
    ]);
    expect(problems(r)).toEqual([
      ['warning', 3, 'id', "duplicate ticket id 'A': first read at tickets.ndjson:1; this record is not evaluated (the first one counts)"],
    ]);
    expect(r.data.files[0]).toMatchObject({ read: 3, accepted: 2, rejected: 0, skipped: 1 });
  });

  it('across files and arrays too', async () => {
    const ev = new Evaluation(contract);
    const t = (id: string) => `${JSON.stringify({ id, priority: 'P2', created: '2026-03-02T09:00:00+01:00' })}\n`;
    await evaluateFiles(ev, [
      { path: 'a/tickets.ndjson', kind: 'ticket', format: 'ndjson', input: [t('A') + t('B')] },
      { path: 'b/tickets.ndjson', kind: 'ticket', format: 'ndjson', input: [t('C') + t('B')] },
    ]);
    const r = ev.finish();
    expect(r.data.problems.map((p) => p.message)).toEqual([
      "duplicate ticket id 'B': first read at a/tickets.ndjson:2; this record is not evaluated (the first one counts)",
    ]);
    expect(r.ticketSummary.total).toBe(3);
    expect(balanced(r)).toBe(true);
  });
});
