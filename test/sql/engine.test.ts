/**
 * The SQL engine gives the JavaScript engine's report: for the fixture contract and its data, and
 * for seeded random contracts (calendars in zones with DST, wall-time, business-hour, working- and
 * calendar-day targets, next-reply and update clocks, targets with conditions, tiers with their own
 * targets and clock starts, pauses by reason and by status with and without caps, hostile status
 * names and field values) with seeded random tickets (pauses, reopenings, priority changes, unknown
 * statuses, messages, channels, languages and fields, tickets created around the DST changes), the DuckDB report, the PGlite (Postgres)
 * report and the JS report are deep-equal apart from `engine`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDb } from '../../cli/engines/duckdb.js';
import { SqlRangeError } from '../../cli/engines/gate.js';
import { evaluateInSql } from '../../cli/engines/run.js';
import { text } from '../../compiler/emit/sql/dialect.js';
import { emitSql } from '../../compiler/emit/sql/index.js';
import { normaliseStatus } from '../../runtime/data/status-name.js';
import type { RuntimeContract } from '../../runtime/contract.js';
import { Evaluation } from '../../runtime/evaluate/engine.js';
import type { Report } from '../../runtime/evaluate/report.js';
import { mulberry32 } from '../../bench/random.js';
import { contractOf } from '../evaluate/helpers.js';
import { pgliteDatabase } from './pglite-db.js';

const ZONES = ['Europe/Amsterdam', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'];
/** Status names that try to break out of a SQL string. */
const HOSTILE = ["Wacht'); DROP TABLE slac_tickets; --", 'On "hold"', "it''s parked"];

interface Case {
  name: string;
  contract: RuntimeContract;
  records: unknown[];
  /** `--now`: every ticket as of then, the open ones listed. */
  now?: string;
}

function randomCase(seed: number): Case {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const zone = ZONES[seed % ZONES.length]!;
  const open = 6 + Math.floor(r() * 4);
  const close = open + 4 + Math.floor(r() * 8);
  const hostile = HOSTILE[seed % HOSTILE.length]!;
  // Response 1–4 hours, resolution 5–16: the checker wants resolution no shorter than response.
  const within = (kind: string, business: boolean) =>
    `${kind === 'resolution' ? 5 + Math.floor(r() * 12) : 1 + Math.floor(r() * 4)} ${business ? 'business hours' : 'hours'}`;
  const line = (kind: string, p: string) => {
    const onCalendar = r() < 0.6;
    // Resolution in working days (on office, or on always) or calendar days (in office's zone, or the contract's).
    const days = kind === 'resolution' && r() < 0.6 ? pick(['working', 'calendar']) : null;
    if (days)
      return `  ${kind} ${p} within ${1 + Math.floor(r() * 3)} ${days} days${onCalendar ? ' on office' : days === 'working' ? ' on always' : ''}`;
    return `  ${kind} ${p} ${kind === 'update' ? 'every' : 'within'} ${within(kind, onCalendar)}${onCalendar ? ' on office' : ''}`;
  };
  // The supplier pause of tier Gold: without a cap, capped in hours, or in working days (on its block's calendar).
  const supplier = [
    '  paused while status "Waiting for supplier"',
    `  paused while status "Waiting for supplier", at most ${1 + Math.floor(r() * 3)} hours per ticket`,
    '  calendar office\n  paused while status "Waiting for supplier", at most 1 working days per ticket',
  ][Math.floor(r() * 3)];
  const text = `agreement "Random ${seed}" {
  provider "P"
  customer "C"
  term 2026-01-01 to 2026-12-31
  languages en
  timezone ${zone}
}
calendar office {
  timezone ${zone}
  monday to ${pick(['thursday', 'friday', 'saturday'])} ${String(open).padStart(2, '0')}:00 to ${String(close).padStart(2, '0')}:30
  closed on public holidays NL
}
calendar always {
  timezone ${zone}
  every day
}
priority P1
priority P2
field team values "Netwerk", "It's", "Werk\\"plek"
statuses {
  "New", "In progress" starts
  "Assigned" none
  "Waiting for customer" pauses waiting for customer
  "Waiting for supplier" pauses waiting for third party
  "${hostile.replaceAll('"', '\\"')}" pauses
  "Resolved" resolves
  "Closed" closes
  "Reopened" reopens
}
aliases {
  status "Bezig" is "In progress"
}
targets {
${line('response', 'P1')}
${line('resolution', 'P1')}
${line('response', 'P2')}
${line('resolution', 'P2')}
${line('response', 'P1')} for channel phone
${line('resolution', 'P2')} for team "Netwerk", "It's" for language nl
${line('resolution', 'P1')} for team "Werk\\"plek"
${line('next reply', 'P1')}
${line('next reply', 'P2')}
${line('update', 'P1, P2')}
  paused while waiting for customer${pick(['', `, at most ${1 + Math.floor(r() * 8)} hours per ticket`, ', at most 1 calendar days per ticket'])}
}
credits per ticket {
  resolution P1, P2 credit EUR 100
  resolution P2 credit EUR 40 for team "Netwerk"
  response P1 credit EUR 25
  update P1, P2 credit EUR 10
}
tier Gold {
${line('response', 'P1')}
  clocks start at assignment
${supplier}
}
tier Silver {
${pick(['', '  clocks start at status "In progress"', '  clocks start at status "bezig"'])}
}
`;
  const contract = contractOf(text, `random-${seed}.sla`);
  const statuses = [
    'New',
    'In progress',
    'Assigned',
    'Waiting for customer',
    'Waiting for supplier',
    hostile,
    'Resolved',
    'Closed',
    'Reopened',
    'Parked',
    'BEZIG',
  ];
  // Around the spring and autumn DST changes of both hemispheres.
  const starts = [Date.UTC(2026, 2, 26), Date.UTC(2026, 3, 3), Date.UTC(2026, 9, 23), Date.UTC(2026, 10, 30)];
  const records: unknown[] = [];
  for (let i = 0; i < 80; i++) {
    let at = pick(starts) + Math.floor(r() * 5 * 86_400_000);
    const created = at;
    const events: unknown[] = [];
    const n = Math.floor(r() * 9);
    for (let k = 0; k < n; k++) {
      at += Math.floor(r() * (r() < 0.5 ? 3 : 40) * 3_600_000);
      const u = r();
      if (u < 0.12) events.push({ at: iso(at), priority: pick(['P1', 'P2']) });
      else if (u < 0.45) events.push({ at: iso(at), message: pick(['customer', 'provider']) });
      else events.push({ at: iso(at), status: pick(statuses) });
    }
    const t: Record<string, unknown> = {
      id: `T${i}`,
      priority: pick(['P1', 'P2']),
      tier: pick(['Gold', 'Silver']),
      created: iso(created),
      events,
    };
    if (r() < 0.3) t.responded = iso(created + Math.floor(r() * 6 * 3_600_000));
    if (r() < 0.5) t.assigned = iso(created + Math.floor(r() * 2 * 3_600_000));
    // Assigned after the last instant in the data: not yet, at the evaluation instant.
    if (r() < 0.05) t.assigned = iso(Date.UTC(2027, 0, 20));
    if (r() < 0.05) t.priority = 'P7';
    const channel = pick([null, 'phone', ' Phone', 'e-mail', 'PHO NE']);
    if (channel !== null) t.channel = channel;
    const language = pick([null, 'nl', ' NL ', 'en']);
    if (language !== null) t.language = language;
    const team = pick([null, 'Netwerk', ' Netwerk\u00a0', "It's", 'Werk"plek', 'Elders']);
    if (team !== null) t.fields = { team };
    records.push(t);
  }
  return { name: `random ${seed} (${zone})`, contract, records };
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

function fixtureCase(): Case {
  const dir = join(import.meta.dirname, 'fixtures');
  const records = readFileSync(join(dir, 'tickets.ndjson'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
  return { name: 'fixture clocks.sla', contract: contractOf(readFileSync(join(dir, 'clocks.sla'), 'utf8'), 'clocks.sla'), records };
}

const options = { reportTickets: 'all' as const };
const optionsOf = (c: Case) => ({ ...options, now: c.now ?? null });
const read = (records: unknown[]) => async (ev: Evaluation) => {
  ev.beginInput('tickets.ndjson', 'ticket', 'ndjson');
  records.forEach((raw, index) => ev.addRecord('ticket', raw, { file: 'tickets.ndjson', line: index + 1, index }));
  ev.endInput();
};

function jsReport(c: Case): Report {
  const ev = new Evaluation(c.contract, optionsOf(c));
  void read(c.records)(ev);
  return ev.finish();
}

const random = [1, 2, 3, 4].map(randomCase);
const cases: Case[] = [
  fixtureCase(),
  ...random,
  // As of an instant amid the data: later events have not happened, later tickets are rejected.
  { ...fixtureCase(), name: 'fixture clocks.sla --now', now: '2026-03-30T12:00:00+02:00' },
  { ...random[0]!, name: `${random[0]!.name} --now`, now: '2026-04-04T09:30:00Z' },
];
let pg: PGlite;
const reports = new Map<string, { js: Report; duckdb: Report; postgres: Report }>();

beforeAll(async () => {
  pg = await PGlite.create();
  for (const [i, c] of cases.entries()) {
    const db = await DuckDb.open();
    const duckdb = await evaluateInSql(db, 'duckdb', c.contract, optionsOf(c), read(c.records));
    db.close();
    const postgres = await evaluateInSql(await pgliteDatabase(pg, `run${i}`), 'postgres', c.contract, optionsOf(c), read(c.records));
    reports.set(c.name, { js: jsReport(c), duckdb, postgres });
  }
}, 120_000);

afterAll(async () => {
  await pg?.close();
});

const withoutEngine = ({ engine: _, ...rest }: Report) => rest;

describe('the SQL engine gives the JavaScript report', () => {
  it.each(cases.map((c) => c.name))('%s: DuckDB and Postgres equal JS', (name) => {
    const { js, duckdb, postgres } = reports.get(name)!;
    expect(duckdb.engine).toBe('duckdb');
    expect(postgres.engine).toBe('postgres');
    expect(withoutEngine(duckdb)).toEqual(js);
    expect(withoutEngine(postgres)).toEqual(js);
  });

  it('tests what it claims: breaches, pauses, reopenings, priority changes, unknown statuses and rejected records occur', () => {
    const all = [...reports.values()].map((r) => r.js);
    const tickets = all.flatMap((r) => r.tickets);
    const clocks = tickets.flatMap((t) => [t.response, t.resolution]).filter((c) => c !== null);
    const statuses = new Set(clocks.map((c) => c!.status));
    for (const s of ['met', 'breached', 'pending', 'paused', 'uncertain', 'not-started']) expect(statuses).toContain(s);
    expect(clocks.some((c) => c!.pausedMs > 0 && c!.status === 'breached')).toBe(true);
    for (const days of ['working', 'calendar']) {
      const dayClocks = clocks.filter((c) => c!.clock === days);
      const seen = new Set(dayClocks.map((c) => c!.status));
      for (const st of ['met', 'breached']) expect(seen).toContain(st);
      expect(dayClocks.some((c) => c!.pausedMs > 0 && c!.status === 'breached')).toBe(true);
    }
    // Targets with conditions apply (on channel, on a field and language, on a hostile field value), and fall back.
    const applied = cases.flatMap((c) => {
      const report = reports.get(c.name)!.js;
      return report.tickets.flatMap((t) =>
        [t.response, t.resolution]
          .filter((k) => k !== null)
          .map((k) => c.contract.tiers.flatMap((x) => x.targets).find((x) => x.line === k!.targetLine && x.target === k!.kind)!),
      );
    });
    const asked = new Set(applied.flatMap((x) => (x.conditions ?? []).flatMap((k) => k.values.map((v) => `${k.field} ${v}`))));
    for (const a of ['channel phone', 'language nl', 'team Werk"plek']) expect(asked).toContain(a);
    expect(applied.some((x) => x.conditions === undefined)).toBe(true);
    // Clocks that start at a status, its own name or an alias of it.
    const starts = new Set(cases.flatMap((c) => c.contract.tiers.map((t) => t.start?.status)));
    for (const st of ['In progress', 'bezig']) expect(starts).toContain(st);
    // Credits per ticket: of breached clocks, with the band of a field condition too.
    const credited = all.flatMap((r) => r.incidentCredits);
    expect(new Set(credited.map((i) => i.target))).toEqual(new Set(['response', 'resolution', 'update']));
    expect(credited.some((i) => i.band.text.includes('Netwerk'))).toBe(true);
    // --now lists open tickets and rejects the tickets created after it.
    const asOfNow = cases.filter((c) => c.now !== undefined).map((c) => reports.get(c.name)!.js);
    for (const r of asOfNow) {
      expect(r.open.length).toBeGreaterThan(0);
      expect(r.data.problems.some((p) => p.message.includes('after'))).toBe(true);
    }
    // Paused for good: no due instant (fixture ticket A8).
    expect(clocks.some((c) => c!.clock === 'calendar' && c!.status === 'paused' && c!.due === null)).toBe(true);
    for (const kind of ['nextReply', 'update'] as const) {
      const cycled = tickets.map((t) => t[kind]).filter((c) => c !== null);
      const seen = new Set(cycled.map((c) => c!.status));
      for (const st of ['met', 'breached', 'uncertain']) expect(seen).toContain(st);
      expect(cycled.some((c) => c!.cycles!.count > 1)).toBe(true);
      expect(cycled.some((c) => c!.cycles!.late > 0 && c!.cycles!.late < c!.cycles!.count)).toBe(true);
    }
    // The pause caps change clocks: without them some clock of a contract with caps pauses longer.
    const capped = cases.filter((c) => c.contract.tiers.some((t) => t.pauses.some((p) => p.cap)));
    const capClocks = new Set(capped.flatMap((c) => c.contract.tiers.flatMap((t) => t.pauses.map((p) => p.cap?.clock))));
    for (const clock of ['elapsed', 'calendar', 'working']) expect(capClocks).toContain(clock);
    const longer = capped.filter((c) => {
      const uncapped = {
        ...c.contract,
        tiers: c.contract.tiers.map((t) => ({ ...t, pauses: t.pauses.map((p) => ({ ...p, cap: null })) })),
      };
      const before = jsReport(c).tickets;
      return jsReport({ ...c, contract: uncapped }).tickets.some((t, i) =>
        (['response', 'resolution', 'nextReply', 'update'] as const).some((k) => (t[k]?.pausedMs ?? 0) > (before[i]![k]?.pausedMs ?? 0)),
      );
    });
    expect(longer.length).toBe(capped.length);
    expect(tickets.some((t) => t.reopened > 0)).toBe(true);
    expect(tickets.some((t) => t.priorityChanges.length > 0)).toBe(true);
    expect(all.some((r) => r.data.problems.length > 0)).toBe(true);
  });
});

describe('what SQL cannot answer fails loudly', () => {
  it('a language beyond ASCII, where a condition compares languages without case', async () => {
    const c = cases.find((x) => x.name.startsWith('random'))!;
    const records = [{ id: 'X', priority: 'P2', tier: 'Silver', created: '2026-03-02T10:00:00Z', language: 'NÉ' }];
    const db = await DuckDb.open();
    try {
      await expect(evaluateInSql(db, 'duckdb', c.contract, options, read(records))).rejects.toThrow(SqlRangeError);
    } finally {
      db.close();
    }
  });
});

describe('SQL injection', () => {
  it('hostile status names in the .sla reach the SQL as quoted strings, and their pauses count the same (above)', () => {
    const used = new Set<string>();
    for (const c of cases.filter((x) => x.name.startsWith('random'))) {
      const sql = emitSql('postgres', c.contract);
      const hostile = HOSTILE.find((h) => c.contract.statuses!.some((s) => s.name === h))!;
      expect(sql).toContain(text(normaliseStatus(hostile)));
      used.add(hostile);
    }
    expect([...used].sort()).toEqual([...HOSTILE].sort());
  });
});
