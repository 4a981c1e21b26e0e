/**
 * Worked examples, one rule each, as plain tests. The business-hours cases follow the examples in
 * public vendor documentation (a 4-business-hour target raised Friday 17:00 on 09:00–17:00 office
 * hours is due Monday 13:00; clocks stop while waiting for the customer; a reopened ticket's clock
 * continues), the availability cases the usual SLA arithmetic (99.9% of a 31-day month allows 44.64
 * minutes; in Europe/Amsterdam March 2026 has 44,580 real minutes, so 44.58).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, DataError } from '../../runtime/evaluate/engine.js';
import type { Report, TicketResult } from '../../runtime/evaluate/report.js';
import type { Dataset } from '../../runtime/data/types.js';
import { contractOf, sla } from './helpers.js';

const tickets = sla(`
priority P1 "Critical"
priority P3 "Normal"

targets {
  calendar office
  response P1 within 30 minutes
  resolution P1 within 4 business hours
  response P3 within 2 business hours
  resolution P3 within 3 working days
  paused while waiting for customer
}

escalation incidents "Incidents" {
  for P1
  counted from breach
  warn at 75% of resolution time
  calendar office
  step 1 "Team lead" after 1 business hour
  step 2 "Manager" after 4 business hours contact "manager@example.com"
}

escalation contract "Contract" {
  counted from creation
  calendar office
  step 1 "Service managers" after 5 working days
}
`);
const ticketContract = contractOf(tickets);

function ticket(report: Report, id: string): TicketResult {
  const t = report.tickets.find((x) => x.id === id);
  if (!t) throw new Error(`no ticket ${id} in ${JSON.stringify(report.data.problems)}`);
  return t;
}

const run = (data: Dataset, now?: string) => evaluate(ticketContract, data, now ? { now } : {});

describe('ticket clocks', () => {
  it('Friday 17:00 + 4 business hours on 09:00–17:00 is Monday 13:00', () => {
    const r = run({
      tickets: [
        {
          id: 'A',
          priority: 'P1',
          created: '2026-06-05T17:00:00+02:00',
          responded: '2026-06-08T09:20:00+02:00',
          resolved: '2026-06-08T13:00:00+02:00',
        },
        {
          id: 'B',
          priority: 'P1',
          created: '2026-06-05T17:00:00+02:00',
          responded: '2026-06-08T09:20:00+02:00',
          resolved: '2026-06-08T13:01:00+02:00',
        },
      ],
    });
    const a = ticket(r, 'A');
    expect(a.resolution!.due).toBe('2026-06-08T13:00:00+02:00');
    expect(a.resolution!.status).toBe('met');
    expect(a.resolution!.elapsedMs).toBe(4 * 3_600_000);
    // The response clock also starts at Monday's opening: 20 minutes used of 30.
    expect(a.response!.due).toBe('2026-06-08T09:30:00+02:00');
    expect(a.response!.status).toBe('met');
    const b = ticket(r, 'B');
    expect(b.resolution!.status).toBe('breached');
    expect(b.resolution!.explain.map((e) => e.rule)).toEqual(['ticket.target', 'ticket.deadline']);
    expect(b.resolution!.explain[0]!.line).toBeGreaterThan(0);
  });

  it('skips public holidays: King’s Day (Monday 27 April 2026) is closed', () => {
    const r = run({
      tickets: [
        {
          id: 'K',
          priority: 'P1',
          created: '2026-04-24T15:00:00+02:00',
          responded: '2026-04-24T15:10:00+02:00',
          resolved: '2026-04-28T12:00:00+02:00',
        },
      ],
    });
    expect(ticket(r, 'K').resolution!.due).toBe('2026-04-28T11:00:00+02:00');
    expect(ticket(r, 'K').resolution!.status).toBe('breached');
  });

  it('waiting for the customer stops the clock; another status does not', () => {
    const r = run({
      tickets: [
        {
          id: 'P',
          priority: 'P1',
          created: '2026-06-01T09:00:00+02:00',
          responded: '2026-06-01T09:10:00+02:00',
          events: [
            { at: '2026-06-01T11:00:00+02:00', status: 'Waiting for customer' },
            { at: '2026-06-02T11:00:00+02:00', status: 'in progress' },
            { at: '2026-06-02T12:30:00+02:00', status: 'resolved' },
          ],
        },
        {
          id: 'H',
          priority: 'P1',
          created: '2026-06-01T09:00:00+02:00',
          responded: '2026-06-01T09:10:00+02:00',
          events: [
            { at: '2026-06-01T11:00:00+02:00', status: 'on hold' },
            { at: '2026-06-02T11:00:00+02:00', status: 'in progress' },
            { at: '2026-06-02T12:30:00+02:00', status: 'resolved' },
          ],
        },
      ],
    });
    const p = ticket(r, 'P').resolution!;
    // 2 h Monday + 1.5 h Tuesday = 3.5 h; due Tuesday 11:00 + 2 h = 13:00
    expect(p.elapsedMs).toBe(3.5 * 3_600_000);
    expect(p.pausedMs).toBe(24 * 3_600_000);
    expect(p.due).toBe('2026-06-02T13:00:00+02:00');
    expect(p.status).toBe('met');
    const h = ticket(r, 'H').resolution!;
    expect(h.pausedMs).toBe(0);
    expect(h.status).toBe('breached');
  });

  it('a reopened ticket continues its clock', () => {
    const r = run({
      tickets: [
        {
          id: 'R',
          priority: 'P1',
          created: '2026-06-01T09:00:00+02:00',
          responded: '2026-06-01T09:05:00+02:00',
          events: [
            { at: '2026-06-01T12:00:00+02:00', status: 'resolved' },
            { at: '2026-06-03T10:00:00+02:00', status: 'reopened' },
            { at: '2026-06-03T12:00:00+02:00', status: 'closed' },
          ],
        },
      ],
    });
    const t = ticket(r, 'R');
    expect(t.reopened).toBe(1);
    expect(t.resolved).toBe('2026-06-03T12:00:00+02:00');
    // 3 h before the first resolution + 2 h after reopening = 5 h > 4 h; due 11:00 on the reopening day
    expect(t.resolution!.elapsedMs).toBe(5 * 3_600_000);
    expect(t.resolution!.due).toBe('2026-06-03T11:00:00+02:00');
    expect(t.resolution!.status).toBe('breached');
    expect(t.resolution!.explain.map((e) => e.rule)).toContain('ticket.reopen');
  });

  it('a priority change applies the new target with the elapsed time kept', () => {
    const r = run({
      tickets: [
        // P3 (3 working days) raised to P1 (4 business hours) after 3 hours, resolved after 5: late for P1.
        {
          id: 'UP',
          priority: 'P3',
          created: '2026-06-01T09:00:00+02:00',
          responded: '2026-06-01T09:10:00+02:00',
          resolved: '2026-06-01T14:00:00+02:00',
          events: [{ at: '2026-06-01T12:00:00+02:00', priority: 'P1' }],
        },
        // P1 lowered to P3 after 3 hours, resolved after 6: fine for P3.
        {
          id: 'DOWN',
          priority: 'P1',
          created: '2026-06-01T09:00:00+02:00',
          responded: '2026-06-01T09:10:00+02:00',
          resolved: '2026-06-01T15:00:00+02:00',
          events: [{ at: '2026-06-01T12:00:00+02:00', priority: 'P3' }],
        },
      ],
    });
    const up = ticket(r, 'UP');
    expect(up.priority).toBe('P1');
    expect(up.resolution!.priority).toBe('P1');
    expect(up.resolution!.due).toBe('2026-06-01T13:00:00+02:00');
    expect(up.resolution!.status).toBe('breached');
    expect(up.resolution!.explain.map((e) => e.rule)).toContain('ticket.priority-change');
    // The response stopped before the change: P3's response target applies to it.
    expect(up.response!.priority).toBe('P3');
    const down = ticket(r, 'DOWN');
    expect(down.resolution!.priority).toBe('P3');
    expect(down.resolution!.status).toBe('met');
  });

  it('without a recorded response, the resolution is the response', () => {
    const r = run({ tickets: [{ id: 'N', priority: 'P1', created: '2026-06-01T09:00:00+02:00', resolved: '2026-06-01T09:20:00+02:00' }] });
    expect(ticket(r, 'N').response!.stopped).toBe('2026-06-01T09:20:00+02:00');
    expect(ticket(r, 'N').response!.status).toBe('met');
  });

  it('working days: same wall time n working days later; a pause moves it by the whole working days it lasted', () => {
    const r = run({
      tickets: [
        // Thursday 10:00 + 3 working days = Tuesday 10:00
        {
          id: 'W',
          priority: 'P3',
          created: '2026-06-04T10:00:00+02:00',
          responded: '2026-06-04T10:30:00+02:00',
          resolved: '2026-06-09T10:00:00+02:00',
        },
        // paused Friday 10:00 → Tuesday 12:00: 2 whole working days (Mon, Tue 10:00), deadline Thursday 10:00
        {
          id: 'WP',
          priority: 'P3',
          created: '2026-06-04T10:00:00+02:00',
          responded: '2026-06-04T10:30:00+02:00',
          events: [
            { at: '2026-06-05T10:00:00+02:00', status: 'waiting for customer' },
            { at: '2026-06-09T12:00:00+02:00', status: 'open' },
            { at: '2026-06-11T10:00:00+02:00', status: 'resolved' },
          ],
        },
      ],
    });
    expect(ticket(r, 'W').resolution!.due).toBe('2026-06-09T10:00:00+02:00');
    expect(ticket(r, 'W').resolution!.status).toBe('met');
    expect(ticket(r, 'WP').resolution!.due).toBe('2026-06-11T10:00:00+02:00');
    expect(ticket(r, 'WP').resolution!.status).toBe('met');
  });

  it('open tickets at now: remaining time, at-risk flag and escalation step', () => {
    const r = run(
      {
        tickets: [
          // 3 h 15 min of 4 business hours used at 12:15: 81% ≥ 75% warning → at risk
          { id: 'RISK', priority: 'P1', created: '2026-06-01T09:00:00+02:00', responded: '2026-06-01T09:05:00+02:00' },
          // due Monday 13:00; at Tuesday 11:00 it is 6 business hours past: step 2 (4 business hours after the breach)
          { id: 'LATE', priority: 'P1', created: '2026-05-29T09:00:00+02:00', responded: '2026-05-29T09:05:00+02:00' },
        ],
      },
      '2026-06-01T12:15:00+02:00',
    );
    const risk = r.open.find((o) => o.id === 'RISK')!;
    expect(risk.clocks).toHaveLength(1);
    expect(risk.clocks[0]).toMatchObject({
      kind: 'resolution',
      due: '2026-06-01T13:00:00+02:00',
      remainingMs: 45 * 60_000,
      used: 81.25,
      warnAt: 75,
      atRisk: true,
      status: 'pending',
    });
    const late = r.open.find((o) => o.id === 'LATE')!;
    expect(late.clocks[0]!.status).toBe('breached');
    // Friday 29 May 09:00 + 4 business hours: breached at 13:00; step 1 an hour later, step 2 four hours later (17:00)
    expect(late.escalation.map((e) => [e.escalation, e.step])).toEqual([['incidents', 2]]);
    expect(late.escalation[0]!.at).toBe('2026-05-29T17:00:00+02:00');
    expect(late.escalation[0]!.contact).toBe('manager@example.com');
  });

  it('escalation counted from creation reaches the step whose time has passed', () => {
    const r = run({
      tickets: [
        {
          id: 'E',
          priority: 'P3',
          created: '2026-06-01T10:00:00+02:00',
          responded: '2026-06-01T10:10:00+02:00',
          resolved: '2026-06-09T10:00:00+02:00',
        },
      ],
    });
    const e = ticket(r, 'E');
    expect(e.resolution!.status).toBe('breached');
    expect(e.escalation).toEqual([expect.objectContaining({ escalation: 'contract', step: 1, at: '2026-06-08T10:00:00+02:00' })]);
  });
});

// ---------------------------------------------------------------------------------------------

const uptimeSla = sla(
  `
service Platform "Platform"
service Desk "Desk"

priority P1 "Critical"
targets {
  response P1 within 30 minutes
  resolution P1 within 4 hours
}

objective uptime "Platform availability" {
  availability of service Platform at least 99.9% per month on always
  excluding maintenance announced 5 working days ahead, at most 8 hours per month
  excluding force majeure
}

objective desk "Desk availability" {
  availability of service Desk at least 99% per month on office
}

credits for uptime {
  below 99.9% credit 5% of monthly fee
  below 99.0% credit 10% of monthly fee
  below 95.0% credit 20% of monthly fee
  at most 25% of monthly fee per quarter
}

credits for desk {
  below 99% credit 10% of monthly fee
}

credit terms {
  at most 25% of monthly fee per month
  at most EUR 4000 per 12 months
}
`,
);
const uptimeContract = contractOf(uptimeSla);
const outage = (start: string, end: string | null, kind = 'unplanned', extra: Record<string, string> = {}) => ({
  service: 'Platform',
  start,
  end,
  kind,
  ...extra,
});

describe('availability', () => {
  const march = (outages: Dataset['outages']) => evaluate(uptimeContract, { outages }, { period: '2026-03' });
  const uptime = (r: Report) => r.objectives.find((o) => o.objective === 'uptime')!;
  const credit = (r: Report, objective = 'uptime') => r.credits.find((c) => c.objective === objective)!;

  it('45 minutes in March on 24×7 against 99.9% costs 5%; 44 minutes costs nothing', () => {
    const r45 = march([outage('2026-03-10T02:00:00+01:00', '2026-03-10T02:45:00+01:00')]);
    expect(uptime(r45).detail).toMatchObject({ windowMs: 44_580 * 60_000, downtimeMs: 45 * 60_000 });
    expect(uptime(r45).met).toBe(false);
    expect(credit(r45).granted).toEqual({ minor: 50_000, percentOfFee: 5, currency: 'EUR' });
    expect(credit(r45).band).toMatchObject({ comparison: 'below', threshold: 99.9 });
    expect(credit(r45).explain.map((e) => e.rule)).toEqual([
      'credit.measured',
      'availability.budget',
      'availability.downtime',
      'credit.band',
    ]);
    const r44 = march([outage('2026-03-10T02:00:00+01:00', '2026-03-10T02:44:00+01:00')]);
    expect(uptime(r44).met).toBe(true);
    expect(credit(r44).granted.minor).toBe(0);
  });

  it('overlapping outages are merged, never counted twice', () => {
    const r = march([
      outage('2026-03-10T10:00:00+01:00', '2026-03-10T11:00:00+01:00'),
      outage('2026-03-10T10:30:00+01:00', '2026-03-10T11:30:00+01:00'),
    ]);
    expect(uptime(r).detail).toMatchObject({ downtimeMs: 90 * 60_000 });
  });

  it('only downtime inside the window counts', () => {
    const r = evaluate(
      uptimeContract,
      { outages: [{ service: 'Desk', start: '2026-03-10T16:00:00+01:00', end: '2026-03-10T20:00:00+01:00', kind: 'unplanned' }] },
      { period: '2026-03' },
    );
    const desk = r.objectives.find((o) => o.objective === 'desk')!;
    // office hours 09:00–17:00 on 22 working days in March 2026 = 176 h
    expect(desk.detail).toMatchObject({ windowMs: 176 * 3_600_000, downtimeMs: 3_600_000, outsideWindowMs: 3 * 3_600_000 });
  });

  it('maintenance is excluded only when announced in time and within the cap; the excess counts', () => {
    const r = march([
      // announced Monday 2 March 09:00, 5 working days before Monday 9 March 09:00: in time (6 h)
      outage('2026-03-09T09:00:00+01:00', '2026-03-09T15:00:00+01:00', 'planned', { announced: '2026-03-02T09:00:00+01:00' }),
      // announced 4 days ahead: counts (1 h). The objective runs on the 24/7 calendar, so its working days are calendar days.
      outage('2026-03-16T09:00:00+01:00', '2026-03-16T10:00:00+01:00', 'planned', { announced: '2026-03-12T09:00:00+01:00' }),
      // in time, but only 2 h of the 8-hour cap are left: 1 h over the cap counts
      outage('2026-03-23T01:00:00+01:00', '2026-03-23T04:00:00+01:00', 'planned', { announced: '2026-03-01T09:00:00+01:00' }),
      // never announced: counts (30 min)
      outage('2026-03-25T01:00:00+01:00', '2026-03-25T01:30:00+01:00', 'planned'),
    ]);
    const d = uptime(r).detail as Extract<Report['objectives'][number]['detail'], { kind: 'availability' }>;
    expect(d.excluded).toEqual([expect.objectContaining({ reason: 'maintenance', ms: 8 * 3_600_000 })]);
    expect(d.counted.overCapMs).toBe(3_600_000);
    expect(d.downtimeMs).toBe((60 + 60 + 30) * 60_000);
    const rules = uptime(r).explain.map((e) => e.rule);
    expect(rules).toContain('exclusion.maintenance-cap');
    expect(rules.filter((x) => x === 'exclusion.not-applied')).toHaveLength(2);
  });

  it('counted downtime wins where an excluded outage overlaps it', () => {
    const r = march([
      outage('2026-03-10T10:00:00+01:00', '2026-03-10T12:00:00+01:00', 'force-majeure'),
      outage('2026-03-10T11:00:00+01:00', '2026-03-10T11:30:00+01:00'),
    ]);
    const d = uptime(r).detail as Extract<Report['objectives'][number]['detail'], { kind: 'availability' }>;
    expect(d.downtimeMs).toBe(30 * 60_000);
    expect(d.excluded).toEqual([expect.objectContaining({ reason: 'force-majeure', ms: 90 * 60_000 })]);
  });

  it('an outage without an end lasts until now', () => {
    const r = evaluate(
      uptimeContract,
      { outages: [outage('2026-03-31T20:00:00+02:00', null)] },
      { period: '2026-03', now: '2026-03-31T21:30:00+02:00' },
    );
    expect(uptime(r).detail).toMatchObject({ downtimeMs: 90 * 60_000 });
  });

  it('"below 99.0%" is strict: exactly 99.0% falls in the 5% band', () => {
    // 1% of April's 43,200 minutes = 432 minutes = 7 h 12 min
    const r = evaluate(
      uptimeContract,
      { outages: [outage('2026-04-10T00:00:00+02:00', '2026-04-10T07:12:00+02:00')] },
      { period: '2026-04' },
    );
    expect(uptime(r).sli).toBe(99);
    expect(credit(r).band!.threshold).toBe(99.9);
    expect(credit(r).granted.percentOfFee).toBe(5);
  });

  it('the most severe band that applies, then the ladder’s cap per quarter', () => {
    // two days down in January (93.5%) and in February (92.9%): below 95% → 20% each; 25% per quarter
    const r = evaluate(uptimeContract, {
      outages: [
        outage('2026-01-10T00:00:00+01:00', '2026-01-12T00:00:00+01:00'),
        outage('2026-02-10T00:00:00+01:00', '2026-02-12T00:00:00+01:00'),
      ],
    });
    const [jan, feb] = r.credits.filter((c) => c.objective === 'uptime');
    expect(jan!.band!.threshold).toBe(95);
    expect(jan!.granted).toEqual({ minor: 200_000, percentOfFee: 20, currency: 'EUR' });
    expect(feb!.amount.percentOfFee).toBe(20);
    expect(feb!.granted.percentOfFee).toBe(5);
    expect(feb!.caps).toEqual([
      expect.objectContaining({ scope: 'ladder', period: '2026-Q1', reducedBy: { minor: 150_000, percentOfFee: 15, currency: 'EUR' } }),
    ]);
    expect(feb!.explain.map((e) => e.rule)).toContain('credit.cap');
  });

  const aprilAndJuly = {
    outages: [
      // April: uptime 20% (EUR 2000); desk 16 of 160 office hours down (90%) → 10% (EUR 1000)
      outage('2026-04-10T00:00:00+02:00', '2026-04-12T00:00:00+02:00'),
      { service: 'Desk', start: '2026-04-14T09:00:00+02:00', end: '2026-04-15T17:00:00+02:00', kind: 'unplanned' as const },
      // July: uptime 20% (EUR 2000)
      outage('2026-07-10T00:00:00+02:00', '2026-07-12T00:00:00+02:00'),
    ],
  };

  it('the credit terms cap all credits: 25% per month, EUR 4000 per rolling 12 months', () => {
    const r = evaluate(uptimeContract, aprilAndJuly);
    const at = (objective: string, period: string) => r.credits.find((c) => c.objective === objective && c.period === period)!;
    expect(at('uptime', '2026-04').granted.minor).toBe(200_000);
    expect(at('desk', '2026-04').amount.minor).toBe(100_000);
    expect(at('desk', '2026-04').granted.minor).toBe(50_000);
    expect(at('desk', '2026-04').caps).toEqual([expect.objectContaining({ scope: 'credit terms', period: '2026-04' })]);
    // 12 months to July: EUR 2500 already credited, EUR 1500 left
    expect(at('uptime', '2026-07').granted.minor).toBe(150_000);
    expect(at('uptime', '2026-07').caps).toEqual([expect.objectContaining({ scope: 'credit terms', period: '2025-08 … 2026-07' })]);
    expect(r.totals.find((t) => t.period === '2026-04')!.credits.minor).toBe(250_000);
  });

  it('a period reported alone still counts earlier credits towards a rolling cap', () => {
    const r = evaluate(uptimeContract, aprilAndJuly, { period: '2026-07' });
    expect(r.credits.map((c) => [c.objective, c.period, c.granted.minor])).toEqual([
      ['uptime', '2026-07', 150_000],
      ['desk', '2026-07', 0],
    ]);
    expect(r.totals).toEqual([
      {
        period: '2026-07',
        credits: { minor: 150_000, percentOfFee: 15, currency: 'EUR' },
        bonuses: { minor: 0, percentOfFee: 0, currency: 'EUR' },
        net: { minor: 150_000, percentOfFee: 15, currency: 'EUR' },
      },
    ]);
  });
});

describe('acceptance period and bonuses', () => {
  const body = `
service Platform "Platform"
priority P1 "Critical"
targets {
  response P1 within 30 minutes
  resolution P1 within 4 hours
}
objective uptime "Availability" {
  availability of service Platform at least 99.9% per month on always
}
objective csat "Satisfaction" {
  average CSAT at least 8 out of 10 per quarter
}
credits for uptime {
  below 99.9% credit 5% of monthly fee
}
bonus for csat {
  above 8.5 out of 10 bonus 1% of monthly fee
  above 9 out of 10 bonus 2% of monthly fee
  at most 2% of monthly fee per quarter
}
`;
  const c = contractOf(sla(body, '  acceptance period 2 months\n'));

  it('no credit for a period that begins in the acceptance period', () => {
    const down = (m: string) => ({
      service: 'Platform',
      start: `2026-${m}-10T02:00:00+01:00`,
      end: `2026-${m}-10T04:00:00+01:00`,
      kind: 'unplanned' as const,
    });
    const r = evaluate(c, { outages: [down('02'), down('03')] });
    const feb = r.credits.find((x) => x.period === '2026-02')!;
    expect(feb.inAcceptancePeriod).toBe(true);
    expect(feb.amount.percentOfFee).toBe(5);
    expect(feb.granted.minor).toBe(0);
    expect(feb.explain.map((e) => e.rule)).toContain('credit.acceptance');
    expect(r.credits.find((x) => x.period === '2026-03')!.granted.percentOfFee).toBe(5);
  });

  it('bonuses: the highest band that applies, scores scaled to the target, within the cap; none in the acceptance period', () => {
    const r = evaluate(c, {
      measurements: [
        { objective: 'csat', period: '2026-Q1', value: 9.5 },
        { objective: 'csat', at: '2026-04-10T10:00:00+02:00', score: 4.5, outOf: 5 },
        { objective: 'csat', at: '2026-05-10T10:00:00+02:00', score: 9 },
      ],
    });
    const q1 = r.bonuses.find((b) => b.period === '2026-Q1')!;
    expect(q1.band!.threshold).toBe(9);
    expect(q1.granted.minor).toBe(0);
    expect(q1.inAcceptancePeriod).toBe(true);
    const q2 = r.bonuses.find((b) => b.period === '2026-Q2')!;
    // (9 + 9) / 2 = 9: not above 9, above 8.5 → 1%
    expect(q2.sli).toBe(9);
    expect(q2.band!.threshold).toBe(8.5);
    expect(q2.granted.percentOfFee).toBe(1);
  });
});

describe('percentage objectives per channel', () => {
  const c = contractOf(
    sla(`
calendar centre "Contact hours" {
  timezone Europe/Amsterdam
  monday to friday 08:00 to 20:00
}
priority P1 "Critical"
targets {
  response P1 within 30 minutes
  resolution P1 within 4 business hours on office
}
objective phone "Phone" {
  80% of calls answered within 30 seconds per month on centre
}
objective chat "Chat" {
  90% of chats accepted within 60 seconds per month on centre
}
objective email "E-mail" {
  90% of e-mails answered within 24 hours per month
}
objective fixes "Fixes" {
  95% of incidents resolved within 4 business hours per month on office
}
`),
  );

  it('counts each channel apart; abandoned calls are not answered in time; calls outside the hours do not count', () => {
    const at = (h: string) => `2026-03-10T${h}+01:00`;
    const r = evaluate(
      c,
      {
        contacts: [
          { channel: 'phone', arrived: at('10:00:00'), answered: at('10:00:20') },
          { channel: 'phone', arrived: at('10:01:00'), answered: at('10:01:30') },
          { channel: 'phone', arrived: at('10:02:00'), answered: at('10:02:31') },
          { channel: 'phone', arrived: at('10:03:00'), abandoned: at('10:03:05') },
          { channel: 'phone', arrived: at('21:00:00'), answered: at('21:00:10') },
          // 19:59:50 + 30 s of contact hours = next morning 08:00:20
          { channel: 'phone', arrived: at('19:59:50'), answered: '2026-03-11T08:00:15+01:00' },
          { channel: 'chat', arrived: at('11:00:00'), answered: at('11:00:59') },
          { channel: 'E-Mail', arrived: '2026-03-06T18:00:00+01:00', answered: '2026-03-07T17:59:00+01:00' },
          { channel: 'email', arrived: '2026-03-06T18:00:00+01:00', answered: '2026-03-07T18:01:00+01:00' },
        ],
      },
      { period: '2026-03' },
    );
    const o = (name: string) => r.objectives.find((x) => x.objective === name)!;
    expect(o('phone').detail).toMatchObject({ counted: 5, hits: 3, outsideHours: 1 });
    expect(o('phone').sli).toBe(60);
    expect(o('chat').sli).toBe(100);
    expect(o('email').detail).toMatchObject({ counted: 2, hits: 1 });
    expect(o('fixes').met).toBeNull();
  });

  it('ticket objectives use the ticket clock with the objective’s limit and calendar', () => {
    const r = evaluate(
      c,
      {
        tickets: [
          {
            id: 'I1',
            priority: 'P1',
            channel: 'incident',
            created: '2026-03-06T16:00:00+01:00',
            responded: '2026-03-06T16:10:00+01:00',
            resolved: '2026-03-09T11:00:00+01:00',
          },
          {
            id: 'I2',
            priority: 'P1',
            channel: 'incident',
            created: '2026-03-06T16:00:00+01:00',
            responded: '2026-03-06T16:10:00+01:00',
            resolved: '2026-03-09T13:00:00+01:00',
          },
          {
            id: 'R1',
            priority: 'P1',
            channel: 'request',
            created: '2026-03-06T16:00:00+01:00',
            responded: '2026-03-06T16:10:00+01:00',
            resolved: '2026-03-20T13:00:00+01:00',
          },
        ],
      },
      { period: '2026-03' },
    );
    expect(r.objectives.find((x) => x.objective === 'fixes')!.detail).toMatchObject({ counted: 2, hits: 1 });
  });
});

describe('data problems', () => {
  it('reports each rejected record with its field, and counts it', () => {
    const r = run({
      tickets: [
        { id: 'OK', priority: 'P1', created: '2026-06-01T09:00:00+02:00' },
        { id: 'NOZONE', priority: 'P1', created: '2026-06-01T09:00:00' },
        { id: 'BADPRIO', priority: 'P9', created: '2026-06-01T09:00:00+02:00' },
        { id: 'EARLY', priority: 'P1', created: '2026-06-01T09:00:00+02:00', resolved: '2026-05-01T09:00:00+02:00' },
      ] as never,
    });
    expect(r.data.accepted.ticket).toBe(1);
    expect(r.data.rejected.ticket).toBe(3);
    expect(r.data.problems.map((p) => [p.index, p.field, p.id])).toEqual([
      [1, 'created', 'NOZONE'],
      [2, 'priority', 'BADPRIO'],
      [3, 'resolved', 'EARLY'],
    ]);
    expect(r.data.problems[0]!.message).toContain('no UTC offset');
  });

  it('strict mode stops at the first rejected record', () => {
    expect(() =>
      evaluate(ticketContract, { tickets: [{ id: 'X', priority: 'P1', created: 'yesterday' }] as never }, { strict: true }),
    ).toThrow(DataError);
  });
});
