/**
 * The SQL engine from the outside: `slac evaluate --engine duckdb` gives the JS engine's report
 * apart from `engine`; a contract with clauses it does not cover is refused with `sql-unsupported`
 * on each clause's line (test/fixtures/sql), never evaluated; `slac compile --target sql` writes a
 * script (the contract's file and the evaluation's, as tables or as views) that runs as written
 * (DuckDB here; test/sql/engine.test.ts runs the same SQL on PGlite and on full random contracts)
 * and computes the JS engine's clocks.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDb } from '../../cli/engines/duckdb.js';
import { sqlGate } from '../../cli/engines/gate.js';
import { evaluateInDuckDb } from '../../cli/engines/run.js';
import { dataOptions } from '../../cli/evaluation.js';
import { Evaluation } from '../../runtime/evaluate/engine.js';
import { evaluateFiles } from '../../runtime/files.js';
import { kindOfPath } from '../../runtime/data/read.js';
import { normaliseStatus } from '../../runtime/data/status-name.js';
import { parseTicket } from '../../runtime/data/validate.js';
import { text } from '../../compiler/emit/sql/dialect.js';
import { contractOf, root } from '../evaluate/helpers.js';
import { duckdb, type Engine, postgres } from './engines.js';

const fixture = 'test/sql/fixtures/clocks.sla';
const data = 'test/sql/fixtures/tickets.ndjson';
const out = mkdtempSync(join(tmpdir(), 'slac-sql-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const slac = (...args: string[]) => spawnSync(process.execPath, ['dist/cli/main.js', ...args], { cwd: root, encoding: 'utf8' });

async function jsReport(reportTickets: 'exceptions' | 'all' = 'exceptions') {
  const ev = new Evaluation(contractOf(readFileSync(join(root, fixture), 'utf8'), fixture), {
    reportTickets,
    maxTickets: 1000,
  });
  await evaluateFiles(ev, [{ path: data, kind: 'ticket', format: 'ndjson' }]);
  return ev.finish();
}

describe('slac evaluate --engine duckdb', () => {
  it('gives the JavaScript report, apart from engine', async () => {
    const r = slac('evaluate', fixture, '--data', data, '--engine', 'duckdb');
    expect(r.status).toBe(0);
    const { engine, ...report } = JSON.parse(r.stdout);
    expect(engine).toBe('duckdb');
    expect(report).toEqual(await jsReport());
    expect(report.data.problems[0]).toMatchObject({ file: data, line: 4, field: 'priority' });
  });

  it('reads a file whose name is a glob pattern as that file, not the one the pattern matches', async () => {
    const dir = mkdtempSync(join(out, 'glob-'));
    // DuckDB's readers take a path as a pattern: `t[1].ndjson` would read the decoy `t1.ndjson`.
    const named = join(dir, 't[1].ndjson');
    writeFileSync(named, readFileSync(join(root, data)));
    writeFileSync(join(dir, 't1.ndjson'), `${readFileSync(join(root, data), 'utf8').split('\n')[0]}\n`);
    const parquet = join(dir, 'p*.parquet');
    const db = await DuckDb.open();
    try {
      await db.exec(
        `COPY (SELECT * FROM read_json(${text(join(root, data))}, format = 'newline_delimited', columns = {id: 'VARCHAR', priority: 'VARCHAR', created: 'VARCHAR', responded: 'VARCHAR', events: 'STRUCT("at" VARCHAR, status VARCHAR, priority VARCHAR)[]'})) TO ${text(join(dir, 'plain.parquet'))} (FORMAT parquet);\n`,
      );
    } finally {
      db.close();
    }
    writeFileSync(parquet, readFileSync(join(dir, 'plain.parquet')));
    writeFileSync(join(dir, 'px.parquet'), readFileSync(join(dir, 'plain.parquet')));
    const r = slac('evaluate', fixture, '--data', `tickets=${named}`, '--engine', 'duckdb');
    expect(r.status, r.stderr).toBe(0);
    const { engine, ...report } = JSON.parse(r.stdout.replaceAll(named, data));
    expect(r.stdout).toContain(`"file": ${JSON.stringify(named)}`);
    expect(report).toEqual(await jsReport());
    // Not the two files `p*.parquet` matches: its own rows once, under its own name.
    const p = slac('evaluate', fixture, '--data', `tickets=${parquet}`, '--engine', 'duckdb');
    const plain = slac('evaluate', fixture, '--data', `tickets=${join(dir, 'plain.parquet')}`, '--engine', 'duckdb');
    expect(p.status, p.stderr).toBe(0);
    expect(p.stdout.replaceAll(JSON.stringify(parquet).slice(1, -1), 'X')).toBe(
      plain.stdout.replaceAll(JSON.stringify(join(dir, 'plain.parquet')).slice(1, -1), 'X'),
    );
  });

  it('in batches of 3 tickets with SLAC_SQL_TIMING: the same report, and every statement timed on stderr', async () => {
    const r = spawnSync(process.execPath, ['dist/cli/main.js', 'evaluate', fixture, '--data', data, '--engine', 'duckdb'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SLAC_SQL_TIMING: '1', SLAC_DUCKDB_BATCH_TICKETS: '3' },
    });
    expect(r.status).toBe(0);
    const { engine, ...report } = JSON.parse(r.stdout);
    expect(engine).toBe('duckdb');
    expect(report).toEqual(await jsReport());
    const timed = r.stderr.split('\n').filter((l) => /^sql +\d+ ms {2}/.test(l));
    // Each batch's schema gets its view of the tickets, and runs the clock steps.
    expect(timed.filter((l) => /CREATE VIEW "main_slac_batch_\d+"\.slac_tickets AS/.test(l)).length).toBeGreaterThan(1);
    expect(timed.filter((l) => l.endsWith('CREATE TABLE slac_ticket_clocks AS')).length).toBe(
      timed.filter((l) => /\.slac_tickets AS/.test(l)).length,
    );
    // A finished batch drops the clock steps that nothing after reads, and keeps its ticket clocks.
    const drops = (table: string) => timed.filter((l) => new RegExp(`DROP TABLE "main_slac_batch_\\d+"\\."${table}"$`).test(l)).length;
    expect(drops('slac_clock_counts')).toBe(timed.filter((l) => /\.slac_tickets AS/.test(l)).length);
    expect(drops('slac_ticket_clocks')).toBe(0);
  });

  it('reads a semicolon CSV with CRLF itself (--csv-delimiter): the JavaScript report, a bad row on its line', () => {
    const csv = join(out, 'tickets.csv');
    const rows = [
      'id;priority;created;responded;events',
      'S1;P1;2026-03-10T10:00:00+01:00;2026-03-10T10:20:00+01:00;"2026-03-10T11:00:00+01:00 status Waiting for customer; 2026-03-10T15:00:00+01:00 status Resolved"',
      ' S2 ; P2 ;2026-03-10T10:00:00Z;;2026-03-11T10:00:00Z status Resolved',
      'S3;P9;2026-03-10T10:00:00Z;;',
      '"S4";P3;2026-03-12T10:00:00+01:00;;2026-03-12T11:00:00+01:00  status Resolved',
    ];
    writeFileSync(csv, `${rows.join('\r\n')}\r\n`);
    const args = ['evaluate', fixture, '--data', `tickets=${csv}`, '--csv-delimiter', ';', '--report-tickets', 'all'];
    const sql = spawnSync(process.execPath, ['dist/cli/main.js', ...args, '--engine', 'duckdb'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SLAC_SQL_TIMING: '1' },
    });
    const js = slac(...args);
    expect([sql.status, js.status]).toEqual([0, 0]);
    // DuckDB read the lines itself.
    expect(sql.stderr).toMatch(/^sql +\d+ ms {2}CREATE TABLE slac_lines_0 AS/m);
    const { engine, ...report } = JSON.parse(sql.stdout);
    expect(engine).toBe('duckdb');
    expect(report).toEqual(JSON.parse(js.stdout));
    expect(report.ticketSummary.total).toBe(3);
    expect(report.data.problems).toMatchObject([{ file: csv, line: 4, field: 'priority' }]);
  });

  it('evaluates outages, contacts and measurements: the JavaScript report, rejected records with file, line and field', async () => {
    const dir = 'test/sql/fixtures';
    const files = ['outages.ndjson', 'contacts.ndjson', 'measurements.ndjson'].map((f) => `${dir}/${f}`);
    const r = slac('evaluate', `${dir}/records.sla`, ...files.flatMap((f) => ['--data', f]), '--engine', 'duckdb');
    expect(r.status).toBe(0);
    const { engine, ...report } = JSON.parse(r.stdout);
    expect(engine).toBe('duckdb');
    const ev = new Evaluation(contractOf(readFileSync(join(root, dir, 'records.sla'), 'utf8'), `${dir}/records.sla`), {
      reportTickets: 'exceptions',
      maxTickets: 1000,
    });
    await evaluateFiles(
      ev,
      files.map((path) => ({ path, kind: kindOfPath(path)!, format: 'ndjson' as const })),
    );
    expect(report).toEqual(ev.finish());
    expect(report.objectives.map((o: { objective: string; met: boolean }) => [o.objective, o.met])).toEqual([
      ['uptime', false],
      ['uptime_office', false],
      ['calls', false],
      ['csat', false],
    ]);
    expect(report.incidentCredits.length).toBe(3);
    // O6 crosses midnight UTC outside the window and office hours, then counts in office hours: explained too
    // (the SQL once cut it at midnight UTC, and the explanation went missing).
    const office = report.objectives.find((o: { objective: string }) => o.objective === 'uptime_office');
    expect(
      office.explain
        .filter((e: { rule: string; records: Array<{ id: string }> }) => e.rule === 'exclusion.not-applied')
        .map((e: { records: Array<{ id: string }> }) => e.records[0]!.id),
    ).toEqual(['O3', 'O6']);
    expect(report.data.problems.map((p: { file: string; line: number; field: string }) => [p.file, p.line, p.field])).toEqual([
      [files[0], 4, 'service'],
      [files[1], 7, 'answered'],
    ]);
  });

  it('reads outages, contacts and measurements from Parquet: the report of the same records, bad rows with file, record number and field', async () => {
    const dir = 'test/sql/fixtures';
    // The fixtures' records as Parquet (instants as ISO text, a contact's custom fields as a struct, numbers as DOUBLE).
    const columns: Record<string, string> = {
      outage: "{id: 'VARCHAR', service: 'VARCHAR', start: 'VARCHAR', \"end\": 'VARCHAR', kind: 'VARCHAR', announced: 'VARCHAR'}",
      contact:
        "{id: 'VARCHAR', channel: 'VARCHAR', arrived: 'VARCHAR', answered: 'VARCHAR', abandoned: 'VARCHAR', language: 'VARCHAR', fields: 'STRUCT(team VARCHAR)'}",
      measurement: "{objective: 'VARCHAR', period: 'VARCHAR', forecast: 'DOUBLE', value: 'DOUBLE'}",
    };
    const inputs = (['outage', 'contact', 'measurement'] as const).map((kind) => {
      const lines = readFileSync(join(root, dir, `${kind}s.ndjson`), 'utf8')
        .trim()
        .split('\n');
      // A contact with a language and custom fields, read as the JavaScript reader reads them.
      if (kind === 'contact')
        lines.push(
          '{"id": "C9", "channel": "phone", "arrived": "2026-03-03T11:00:00+01:00", "language": "nl", "fields": {"team": "Net\'werk"}}',
        );
      return { kind, path: join(out, `${kind}s.parquet`), records: lines.map((l) => JSON.parse(l) as unknown) };
    });
    const db = await DuckDb.open();
    try {
      for (const f of inputs) {
        const json = join(out, `${f.kind}s.ndjson`);
        writeFileSync(json, f.records.map((r) => JSON.stringify(r)).join('\n'));
        await db.exec(
          `COPY (SELECT * FROM read_json(${text(json)}, format = 'newline_delimited', columns = ${columns[f.kind]})) TO ${text(f.path)} (FORMAT parquet);`,
        );
      }
    } finally {
      db.close();
    }
    // The command line takes them (in process: a run of the CLI costs seconds).
    const { files, readOptions } = dataOptions({ data: inputs.map((f) => f.path), engine: 'duckdb' });
    expect(files.map((f) => [f.kind, f.format])).toEqual(inputs.map((f) => [f.kind, 'parquet']));
    const contract = contractOf(readFileSync(join(root, dir, 'records.sla'), 'utf8'), `${dir}/records.sla`);
    const options = { reportTickets: 'exceptions' as const, maxTickets: 1000 };
    const { engine, ...report } = await evaluateInDuckDb(contract, options, files, readOptions, { threads: 1 });
    expect(engine).toBe('duckdb');
    const ev = new Evaluation(contract, options);
    for (const f of inputs) {
      ev.supply(f.kind);
      ev.beginInput(f.path, f.kind, 'parquet');
      f.records.forEach((value, index) => ev.addRecord(f.kind, value, { file: f.path, line: null, index }));
      ev.endInput();
    }
    expect(report).toEqual(ev.finish());
    expect(report.data.accepted).toMatchObject({ outage: 5, contact: 7, measurement: 2 });
    expect(report.data.problems.map((p) => [p.file, p.line, p.field])).toEqual([
      [inputs[0]!.path, null, 'service'],
      [inputs[1]!.path, null, 'answered'],
    ]);
  });

  it('refuses a contract with clauses it does not cover, naming each line and the fix', () => {
    const file = 'test/fixtures/sql/unsupported.sla';
    const r = slac('evaluate', file, '--data', data, '--engine', 'duckdb');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const expected = /^\/\/ expect: sql-unsupported at (.*)$/m
      .exec(readFileSync(join(root, file), 'utf8'))![1]!
      .split(', ')
      .map(Number);
    const lines = [...r.stderr.matchAll(/error\[sql-unsupported\].*--engine js[^\n]*\n\s+--> [^:]+:(\d+):/g)].map((m) => Number(m[1]));
    expect(lines).toEqual(expected);
    // The same diagnostics in code, for the language server and compile --target sql.
    const text = readFileSync(join(root, file), 'utf8');
    expect(sqlGate(contractOf(text, file), text).map((d) => [d.code, d.range.start.line])).toEqual(
      expected.map((l) => ['sql-unsupported', l]),
    );
  });
});

describe('the examples', () => {
  it('none uses a clause the SQL engine refuses', () => {
    const dir = join(root, 'examples');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.sla'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(sqlGate(contractOf(text, f), text), f).toEqual([]);
    }
  });

  it('an example through the command line: the JavaScript report apart from engine, and the same exit code', () => {
    const files = ['tickets.csv', 'outages.ndjson', 'measurements.json'].flatMap((f) => ['--data', `examples/data/saas-platform/${f}`]);
    const js = slac('evaluate', 'examples/saas-platform.sla', ...files);
    const sql = slac('evaluate', 'examples/saas-platform.sla', ...files, '--engine', 'duckdb');
    expect(sql.stderr).toBe(js.stderr);
    expect(sql.status).toBe(js.status);
    const { engine, ...report } = JSON.parse(sql.stdout);
    expect(engine).toBe('duckdb');
    expect(report).toEqual(JSON.parse(js.stdout));
    expect(report.credits.length).toBeGreaterThan(0);
  });
});

/** The fixture's accepted tickets as a user loads them: instants as epoch milliseconds, statuses keyed, aliases applied. */
async function loadTickets(db: Engine): Promise<void> {
  const contract = contractOf(readFileSync(join(root, fixture), 'utf8'), fixture);
  const lines = readFileSync(join(root, data), 'utf8').trim().split('\n');
  const alias = (p: string) => contract.aliases.find((a) => a.field === 'priority' && a.value === p)?.target ?? p;
  const v = (x: string | number | null) => (x === null ? 'NULL' : typeof x === 'number' ? String(x) : text(x));
  let seq = 0;
  for (const line of lines) {
    const parsed = parseTicket(JSON.parse(line));
    if (!parsed.ok || !contract.priorities.some((p) => p.name === alias(parsed.record.priority))) continue;
    const t = parsed.record;
    await db.exec(
      `INSERT INTO slac_tickets VALUES (${seq}, ${v(t.id)}, ${v(contract.tiers[0]!.name)}, ${v(alias(t.priority))}, NULL, ${t.created}, ${v(t.responded)}, ${v(t.assigned)}, NULL, NULL, NULL, NULL, NULL);`,
    );
    for (const [ord, e] of t.events.entries())
      await db.exec(
        `INSERT INTO slac_events VALUES (${seq}, ${ord}, ${e.at}, ${v(e.status)}, ${v(e.status === null ? null : normaliseStatus(e.status))}, ${v(e.priority === null ? null : alias(e.priority))}, ${v(e.message)}, ${e.resolves});`,
      );
    seq++;
  }
}

describe('slac compile --target sql', () => {
  // Tables (the default): the contract's file, the data, the evaluation's file. Views: both files, then the data
  // (on PGlite: DuckDB takes seconds to create the nested views of this contract).
  it.each([
    ['the evaluation as tables, DuckDB', 'duckdb', []],
    ['the evaluation as views (--views), Postgres', 'postgres', ['--views']],
  ] as const)(
    'writes a script that runs as written and computes the clocks of the JS engine: %s',
    async (_, dialect, flags) => {
      const dir = join(out, dialect);
      const r = slac('compile', fixture, '--target', 'sql', '--dialect', dialect, '-o', dir, ...flags);
      expect(r.status).toBe(0);
      const files = [`clocks.${dialect}.sql`, `clocks.${dialect}.evaluate.sql`];
      expect(readdirSync(dir).sort()).toEqual([...files].sort());
      const [contract, evaluate] = files.map((f) => readFileSync(join(dir, f), 'utf8'));
      expect(evaluate).toContain(`CREATE ${flags.length === 0 ? 'TABLE' : 'VIEW'} slac_ticket_clocks AS`);
      const db = dialect === 'duckdb' ? await duckdb() : await postgres();
      try {
        await db.exec(contract!);
        if (flags.length === 0) {
          await loadTickets(db);
          await db.exec(evaluate!);
        } else {
          await db.exec(evaluate!);
          await loadTickets(db);
        }
        const js = await jsReport('all');
        const rows = await db.rows('SELECT ticket, kind, status, uncertain FROM slac_ticket_clocks WHERE cyc = 0 ORDER BY ticket, kind');
        const sqlStatuses = rows.map((x) => `${x.kind}:${x.uncertain ? 'uncertain' : x.status}`);
        const jsStatuses = js.tickets.flatMap((t) =>
          [t.resolution, t.response].filter((c) => c !== null).map((c) => `${c!.kind}:${c!.status}`),
        );
        expect(sqlStatuses.length).toBeGreaterThan(4);
        expect(sqlStatuses).toEqual(jsStatuses);
      } finally {
        await db.close();
      }
    },
    60_000,
  );

  it('refuses --views without --target sql', () => {
    const r = slac('compile', fixture, '--views', '-o', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('error: --views is an option of --target sql\n');
  });
});
