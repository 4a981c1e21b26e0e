/**
 * Issue 9, data from real tools (data layer): CSV delimiters from the header line, local times in
 * a named zone (DST never guessed), column-mapping files, and the Jira, Zendesk and TOPdesk sample
 * exports of docs/data.md, through the CLI. Also issue 8's streaming of ticket results.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { slac } from './helpers.js';
import type { Report, TicketResult } from '../../runtime/evaluate/report.js';
import { Evaluation } from '../../runtime/evaluate/engine.js';
import { evaluateFiles } from '../../runtime/files.js';
import { contractOf, root, sla } from './helpers.js';

const tmp = join(root, 'out', 'test-real-exports');
mkdirSync(tmp, { recursive: true });
const write = (name: string, text: string) => {
  const file = join(tmp, name);
  writeFileSync(file, text);
  return file;
};

const contract = contractOf(
  sla(`
priority P1 "Critical"
targets {
  response P1 within 30 minutes on always
  resolution P1 within 4 hours on always
}
`),
);

async function read(
  text: string,
  options: ConstructorParameters<typeof Evaluation>[1] = {},
  readOptions: Parameters<typeof evaluateFiles>[2] = {},
): Promise<Report> {
  const ev = new Evaluation(contract, options);
  await evaluateFiles(ev, [{ path: 'tickets.csv', kind: 'ticket', format: 'csv', input: [text] }], readOptions);
  return ev.finish();
}

describe('CSV delimiters', () => {
  it.each([
    [',', 'id,priority,created\nA,P1,2026-03-02T09:00:00+01:00\n'],
    [';', 'id;priority;created\nA;P1;2026-03-02T09:00:00+01:00\n'],
    ['tab', 'id\tpriority\tcreated\nA\tP1\t2026-03-02T09:00:00+01:00\n'],
  ])('%s is found from the header line', async (_d, text) => {
    const r = await read(text);
    expect(r.data.problems).toEqual([]);
    expect(r.data.accepted.ticket).toBe(1);
  });

  it('a header with several candidates takes the one that gives known columns; else asks for --csv-delimiter', async () => {
    const known = await read('id;priority;created;customer\nA;P1;2026-03-02T09:00:00+01:00;"Smit, Jansen"\n');
    expect(known.data.problems).toEqual([]);
    const ambiguous = await read('id;priority,created\nA;P1,2026-03-02T09:00:00+01:00\n');
    expect(ambiguous.data.problems.map((p) => [p.line, p.message])).toEqual([
      [
        1,
        "cannot tell which character separates the columns: the header line has ',' (1 times), ';' (1 times); say which with --csv-delimiter (,, ;)",
      ],
    ]);
    const told = await read('id;priority,x;created\nA;P1,x;2026-03-02T09:00:00+01:00\n', {}, { delimiter: ';' });
    expect(told.data.problems.map((p) => p.message)).toEqual([
      "unknown column 'priority,x' (ignored; see docs/data.md for the columns of ticket files, or map them with --columns)",
      "'priority' is required",
    ]);
  });
});

describe('--data-timezone', () => {
  it('reads local times in the zone, across both DST changes', async () => {
    const r = await read('id,priority,created,resolved\nA,P1,2026-03-29 01:30,2026-03-29 03:30\nB,P1,2026-10-25 01:30,2026-10-25 03:30\n', {
      dataZone: 'Europe/Amsterdam',
    });
    expect(r.data.problems).toEqual([]);
    expect(r.tickets.map((t) => [t.created, t.resolved, t.resolution!.elapsedMs / 3_600_000])).toEqual([
      ['2026-03-29T01:30:00+01:00', '2026-03-29T03:30:00+02:00', 1],
      ['2026-10-25T01:30:00+02:00', '2026-10-25T03:30:00+01:00', 3],
    ]);
  });

  it('a wall time that does not exist, or happens twice, is a rejected row with line, field and the fix', async () => {
    const r = await read('id,priority,created\nA,P1,2026-03-29 02:30\nB,P1,2026-10-25 02:30\nC,P1,2026-10-25T02:30:00+01:00\n', {
      dataZone: 'Europe/Amsterdam',
    });
    expect(r.data.problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [
        2,
        'created',
        "local time '2026-03-29 02:30' does not exist in Europe/Amsterdam: the clocks skip it (from +01:00 to +02:00); write the offset the tool meant, e.g. '2026-03-29 02:30+02:00'",
      ],
      [
        3,
        'created',
        "local time '2026-10-25 02:30' happens twice in Europe/Amsterdam (at +02:00 and at +01:00): write the offset to say which, e.g. '2026-10-25 02:30+02:00'",
      ],
    ]);
    expect(r.data.accepted.ticket).toBe(1);
  });

  it('an unknown zone is a usage error with a suggestion', async () => {
    const r = await slac(
      'evaluate',
      'examples/managed-it.sla',
      '--data',
      'examples/data/managed-it/tickets.ndjson',
      '--data-timezone',
      'Europe/Amsterdm',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: --data-timezone: unknown time zone 'Europe/Amsterdm'; did you mean 'Europe/Amsterdam'?");
    expect(() => new Evaluation(contract, { dataZone: 'Mars/Olympus' })).toThrow("unknown time zone 'Mars/Olympus'");
  });

  it('a semicolon CSV with local times evaluates to the same report as the NDJSON with offsets', async () => {
    const ndjson = readFileSync(join(root, 'examples/data/managed-it/tickets.ndjson'), 'utf8');
    const local = (iso: string) => DateTime.fromISO(iso, { setZone: true }).setZone('Europe/Amsterdam').toFormat('yyyy-MM-dd HH:mm:ss');
    const rows = ndjson
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown> & { events?: Array<{ at: string; status?: string; priority?: string }> })
      .map((t) =>
        [
          t['id'],
          t['priority'],
          t['tier'],
          t['channel'] ?? '',
          local(t['created'] as string),
          t['responded'] ? local(t['responded'] as string) : '',
          t['resolved'] ? local(t['resolved'] as string) : '',
          `"${(t.events ?? []).map((e) => `${local(e.at)} ${e.status !== undefined ? `status ${e.status}` : `priority ${e.priority}`}`).join('; ')}"`,
        ].join(';'),
      );
    const csv = write('tickets-local.csv', `Id;Priority;Tier;Channel;Created;Responded;Resolved;Events\r\n${rows.join('\r\n')}\r\n`);
    const args = ['--now', '2026-03-31T18:00:00+02:00', '--report-tickets', 'all'];
    const fromCsv = await slac('evaluate', 'examples/managed-it.sla', '--data', csv, '--data-timezone', 'Europe/Amsterdam', ...args);
    // A blank first line (skipped) puts each NDJSON record on the line of its CSV row, below the header.
    const offsets = write('tickets-offsets.ndjson', `\n${ndjson}`);
    const fromNdjson = await slac('evaluate', 'examples/managed-it.sla', '--data', offsets, ...args);
    expect(fromCsv.code).toBe(0);
    const report = JSON.parse(fromCsv.stdout) as Report;
    expect(report.data.problems).toEqual([]);
    expect(report.tickets.length).toBeGreaterThan(5);
    const anonymous = (text: string, file: string, format: string) =>
      text.split(JSON.stringify(file)).join('"FILE"').replace(`"format": "${format}"`, '"format": "FORMAT"');
    expect(anonymous(fromCsv.stdout, csv, 'csv')).toBe(anonymous(fromNdjson.stdout, offsets, 'ndjson'));
  });
});

describe('column mapping files', () => {
  const exports = [
    ['jira', 'managed-it', ['--data-timezone', 'Europe/Amsterdam'], 5],
    ['zendesk', 'contact-centre', [], 4],
    ['topdesk', 'internal-ola', ['--data-timezone', 'Europe/Amsterdam'], 4],
  ] as const;
  it.each(exports)('the %s sample export maps and evaluates against %s', async (tool, example, extra, count) => {
    const dir = `examples/data/exports/${tool}`;
    const r = await slac(
      'evaluate',
      `examples/${example}.sla`,
      '--data',
      `${dir}/tickets-${tool}.csv`,
      '--columns',
      `${dir}/${tool}-columns.json`,
      ...extra,
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.data.problems).toEqual([]);
    expect(report.data.files).toEqual([
      { file: `${dir}/tickets-${tool}.csv`, kind: 'ticket', format: 'csv', read: count, accepted: count, rejected: 0, skipped: 0 },
    ]);
    expect(report.ticketSummary.total).toBe(count);
  });

  it('without the mapping the export is reported, not guessed', async () => {
    const r = await slac(
      'evaluate',
      'examples/managed-it.sla',
      '--data',
      'examples/data/exports/jira/tickets-jira.csv',
      '--data-timezone',
      'Europe/Amsterdam',
    );
    const report = JSON.parse(r.stdout) as Report;
    expect(report.data.accepted.ticket).toBe(0);
    expect(report.data.problems[0]!.message).toMatch(/^unknown columns 'Summary', 'Issue key'/);
  });

  it.each([
    [
      '{"tickets": {"columns": {"Issue key": "idd"}}}',
      'tickets.columns."Issue key": \'idd\' is not a field of this kind; the fields are id, priority, tier, customer, channel, created, responded, resolved, events (or null to ignore the column)',
    ],
    ['{"ticket": {}}', 'ticket: unknown key in the top level (expected tickets, contacts, outages, measurements)'],
    [
      '{"tickets": {"values": {"severity": "high"}}}',
      'tickets.values.severity: unknown key in tickets.values (expected the fields of that kind)',
    ],
    [
      '{"tickets": {"columns": {"Created": "created"}, "values": {"created": "2026-01-01T00:00:00Z"}}}',
      "tickets.values.created: the field also comes from column 'Created'; keep one",
    ],
    [
      '{"tickets": {"columns": {"Issue key": "id", "issue_key": "id"}}}',
      "tickets.columns: 'Issue key' and 'issue_key' are the same column (names match without case, spaces, '-' or '_')",
    ],
    ['{"tickets": ', 'not valid JSON'],
  ])('%s is an error naming the file and the key', async (json, message) => {
    const file = write('columns.json', json);
    const r = await slac('evaluate', 'examples/managed-it.sla', '--data', 'examples/data/managed-it/tickets.ndjson', '--columns', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error: ${file}: ${message}`);
  });

  it('two columns giving one field stop the file', async () => {
    const r = await read(
      'id,priority,created,Aangemaakt\nA,P1,2026-03-02T09:00:00+01:00,2026-03-02T09:00:00+01:00\n',
      {},
      { columns: { tickets: { columns: { Aangemaakt: 'created' } } } },
    );
    expect(r.data.problems.map((p) => p.message)).toEqual([
      "columns 'created' and 'Aangemaakt' both give the field 'created': keep one, or map one to null in the columns file",
    ]);
  });
});

describe('the issue 8 reproducer through the CLI', () => {
  it('10,001 CSV rows with one extra cell: 10,000 accepted, 1 rejected, and the CLI says so', async () => {
    const rows = ['id,priority,tier,created'];
    for (let i = 0; i < 10001; i++) rows.push(`G${i},P2,Standaard,2026-03-02T09:00:00+01:00${i === 5000 ? ',x' : ''}`);
    const file = write('tickets.csv', `${rows.join('\n')}\n`);
    const r = await slac('evaluate', 'examples/managed-it.sla', '--data', file);
    expect(r.stderr).toBe(
      `${file}: 10001 read = 10000 accepted + 1 rejected + 0 skipped\nwarning: 1 record rejected; see data.problems in the report\n`,
    );
    const report = JSON.parse(r.stdout) as Report;
    expect(report.ticketSummary.total).toBe(10000);
    expect(report.data.problems.map((p) => p.line)).toEqual([5002]);
  });
});

describe('ticket results are streamed, the report lists the exceptions', () => {
  it('--tickets-out has every ticket; the report the breached or open ones, at most --max-tickets, the rest counted', async () => {
    const lines = Array.from({ length: 30 }, (_, i) =>
      JSON.stringify({
        id: `T${i}`,
        priority: 'P1',
        created: '2026-03-02T09:00:00+01:00',
        responded: '2026-03-02T09:10:00+01:00',
        ...(i % 3 === 2 ? {} : { resolved: i % 3 === 0 ? '2026-03-02T10:00:00+01:00' : '2026-03-02T18:00:00+01:00' }),
      }),
    );
    const data = write('tickets.ndjson', `${lines.join('\n')}\n`);
    const contractFile = write(
      'p1.sla',
      sla(
        'priority P1 "P1"\ntargets {\n  response P1 within 30 minutes on always\n  resolution P1 within 4 hours on always\n}\ncredits per ticket {\n  resolution P1 credit EUR 100\n}\n',
      ),
    );
    const out = join(tmp, 'results.ndjson');
    const r = await slac('evaluate', contractFile, '--data', data, '--tickets-out', out, '--max-tickets', '5');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    const streamed = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as TicketResult);
    expect(streamed).toHaveLength(30);
    expect(report.ticketsListed).toEqual({ include: 'exceptions', max: 5, omitted: 15 });
    expect(report.tickets.map((t) => t.id)).toEqual(['T1', 'T2', 'T4', 'T5', 'T7']);
    expect(r.stderr).toBe(`${data}: 30 read = 30 accepted + 0 rejected + 0 skipped\n`);
    const text = await slac(
      'evaluate',
      contractFile,
      '--data',
      data,
      '--format',
      'text',
      '--report-tickets',
      'all',
      '--max-tickets',
      'all',
    );
    expect(text.stdout).toContain(`  ${data}: 30 read = 30 accepted + 0 rejected + 0 skipped`);
    expect((await slac('evaluate', contractFile, '--data', data, '--max-tickets', 'many')).code).toBe(2);
  });
});
