/**
 * Every number the report shows equals the evaluation: the English Markdown report is parsed back
 * (tables and breach headings) and compared with `slac evaluate` on the same data and options,
 * number by number. The breakdowns are recounted from every ticket result of the evaluation.
 */
import { describe, expect, it } from 'vitest';
import type { Report, TicketResult } from '../../runtime/evaluate/report.js';
import { cases, report, slac } from './helpers.js';

interface MdTable {
  head: string[];
  rows: string[][];
}

function tables(md: string): MdTable[] {
  const out: MdTable[] = [];
  const cells = (line: string) =>
    line
      .slice(2, -2)
      .split(' | ')
      .map((c) => c.replace(/\\(.)/g, '$1'));
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('| ') || lines[i - 1]?.startsWith('|')) continue;
    const t: MdTable = { head: cells(lines[i]!), rows: [] };
    for (let j = i + 2; lines[j]?.startsWith('|'); j++) t.rows.push(cells(lines[j]!));
    out.push(t);
  }
  return out;
}

function table(md: string, first: string, second: string): MdTable | undefined {
  return tables(md).find((t) => t.head[0] === first && t.head[1] === second);
}

/** `55.9006%`, `−0.3`, `+2`, `8.25 out of 10`, `1.402 per 100 tasks` → the number; `–` → null. */
function num(cell: string): number | null {
  if (cell === '–') return null;
  const m = /^([≥≤][ \u00a0])?([−+±]?)([\d,]+(?:\.\d+)?)/.exec(cell);
  if (!m) throw new Error(`not a number: ${cell}`);
  const v = Number(m[3]!.replace(/,/g, ''));
  return m[2] === '−' ? -v : v;
}

/** `€1,850.00` → 185000 (cents). */
function cents(cell: string): number {
  const m = /^−?€([\d,]+)\.(\d{2})$/.exec(cell);
  if (!m) throw new Error(`not an amount: ${cell}`);
  return Number(m[1]!.replace(/,/g, '')) * 100 + Number(m[2]);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-03` → `March 2026` (the English report names months); other period keys as they are. */
const monthOf = (key: string) => (/^\d{4}-\d{2}$/.test(key) ? `${MONTHS[Number(key.slice(5)) - 1]} ${key.slice(0, 4)}` : key);

/** Shown with at most 4 decimals (3 for rates). */
const close = (shown: number | null, exact: number | null) => {
  if (exact === null) return expect(shown).toBeNull();
  expect(shown).not.toBeNull();
  expect(Math.abs(shown! - exact)).toBeLessThanOrEqual(0.0005 + 1e-9);
};

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  it('shows the numbers of the evaluation JSON', async () => {
    const md = await report(c, 'en', 'md');
    const ev = await slac('evaluate', ...c.args, '--report-tickets', 'all', '--max-tickets', 'all');
    expect(ev.code).toBe(0);
    const json = JSON.parse(ev.stdout) as Report;
    const period = json.options.period!;

    const summary = table(md, 'Objective', 'Article');
    expect(summary?.rows.length ?? 0).toBe(json.objectives.length);
    json.objectives.forEach((o, i) => {
      const row = summary!.rows[i]!;
      expect(row[0]!.startsWith(o.title ?? o.objective)).toBe(true);
      close(num(row[2]!), o.sli);
      close(num(row[3]!), o.target);
      expect(row[3]!.startsWith(o.direction === 'at least' ? '≥' : '≤')).toBe(true);
      close(num(row[4]!), o.margin);
      expect(row[5]).toBe(o.met === null ? 'no data' : o.met ? 'met' : 'missed');
    });

    const settled = [...json.credits, ...json.bonuses].filter((x) => x.band !== null);
    const settlement = table(md, 'Objective', 'Kind');
    expect(settlement?.rows.length ?? 0).toBe(settled.length);
    settled.forEach((x, i) => {
      const row = settlement!.rows[i]!;
      expect(row[1]).toBe(x.kind);
      expect(row[2]).toBe(monthOf(x.period));
      close(num(row[4]!.slice(2)), x.band!.threshold);
      if (x.amount.minor !== null) expect(cents(row[5]!)).toBe(x.amount.minor);
      if (!x.inAcceptancePeriod && x.granted.minor !== null) expect(cents(row[7]!)).toBe(x.granted.minor);
    });

    const incidents = table(md, 'Ticket or objective', 'Clock');
    expect(incidents?.rows.length ?? 0).toBe(json.incidentCredits.length);
    json.incidentCredits.forEach((x, i) => {
      if (x.amount.minor !== null) expect(cents(incidents!.rows[i]![4]!)).toBe(x.amount.minor);
      if (!x.inAcceptancePeriod && x.granted.minor !== null) expect(cents(incidents!.rows[i]![6]!)).toBe(x.granted.minor);
    });

    const totals = table(md, 'Month', 'Credits');
    expect(totals?.rows.length ?? 0).toBe(json.totals.length);
    json.totals.forEach((t, i) => {
      const row = totals!.rows[i]!;
      for (const [col, m] of [
        [1, t.credits],
        [2, t.bonuses],
        [3, t.net],
      ] as const)
        if (m.minor !== null) expect(cents(row[col]!)).toBe(m.minor);
    });
    const own = json.totals.find((t) => t.period === period);
    if (own?.net.minor && own.net.minor > 0) expect(md).toContain(`a credit note of ${totals!.rows[json.totals.indexOf(own)]![3]}`);
    else expect(md).not.toContain('Credit note proposal');

    const files = table(md, 'File', 'Kind');
    expect(files!.rows.map((r) => [r[0], ...r.slice(2).map(Number)])).toEqual(
      json.data.files.map((f) => [f.file, f.read, f.accepted, f.rejected, f.skipped]),
    );
    expect(table(md, 'File', 'Line')?.rows.length ?? 0).toBe(json.data.problems.length);
    expect(table(md, 'Field', 'Value')?.rows.map((r) => Number(r[2])) ?? []).toEqual(json.data.unknownValues.map((u) => u.count));

    // Tickets of the period: created in it (the contract's local date).
    const inPeriod = json.tickets.filter((t) => t.created.startsWith(period));
    const clocks = (t: TicketResult) => [t.response, t.resolution, t.nextReply, t.update];
    const breached = inPeriod.filter((t) => clocks(t).some((k) => k?.status === 'breached'));
    const headings = [...md.matchAll(/^### (\S+) \(/gm)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
    expect([...new Set(headings)]).toEqual(
      [...breached].sort((a, b) => Date.parse(a.created) - Date.parse(b.created) || (a.id < b.id ? -1 : 1)).map((t) => t.id),
    );
    expect(headings.length).toBe(breached.reduce((n, t) => n + clocks(t).filter((k) => k?.status === 'breached').length, 0));

    const byPriority = table(md, 'Group', 'Tickets');
    const priorities = [...new Set(inPeriod.map((t) => t.priority))];
    expect(byPriority?.rows.length ?? 0).toBe(priorities.length);
    for (const row of byPriority?.rows ?? []) {
      const group = inPeriod.filter((t) => t.priority === row[0]);
      const count = (f: (t: TicketResult) => boolean) => group.filter(f).length;
      expect(row.slice(1, 8).map(Number)).toEqual([
        group.length,
        count((t) => !t.open),
        count((t) => t.open),
        count((t) => t.response?.status === 'met'),
        count((t) => t.response?.status === 'breached'),
        count((t) => t.resolution?.status === 'met'),
        count((t) => t.resolution?.status === 'breached'),
      ]);
    }

    if (json.options.now) {
      const risky = json.open.filter((t) =>
        t.clocks.some((k) => k.atRisk || k.status === 'breached' || (k.remainingMs !== null && k.remainingMs < 0)),
      );
      expect(md).toContain(`${json.open.length - risky.length} other open ticket`);
    }
  }, 60_000);
});
