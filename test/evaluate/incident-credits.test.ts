/**
 * Credits per ticket and per outage, the net settlement per month, and the repeated-breach rules
 * (improvement plan, termination right): evaluated by the engine and reported in the JSON report.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../runtime/evaluate/engine.js';
import { contractOf, sla } from './helpers.js';

const contract = contractOf(
  sla(`service Platform "Platform"

priority P1 "Critical"
priority P2 "High"

targets {
  response P1 within 30 minutes on always
  resolution P1 within 4 hours on always
  response P2 within 4 hours on always
  resolution P2 within 8 hours on always
}

objective uptime en "Availability" {
  availability of service Platform at least 99.9% per month on always
}

objective csat en "Satisfaction" {
  average CSAT at least 7 out of 10 per month
}

credits per outage for uptime {
  at least 30 minutes credit 5% of monthly fee
  at least 2 hours credit 10% of monthly fee
  at most 12% of monthly fee per month
}

credits per ticket {
  resolution P1 credit EUR 250
  response P1 credit EUR 100
  resolution P2 credit EUR 50
  at most EUR 400 per month
}

bonus for csat {
  above 8 out of 10 bonus 1% of monthly fee
}

credit terms {
  at most 15% of monthly fee per month
}

legal {
  improvement plan for uptime after 2 consecutive breaches within 10 calendar days
  termination for uptime after 3 consecutive breaches or 3 breaches in 4 months
}
`),
);

const outage = (start: string, end: string) => ({ service: 'Platform', start, end, kind: 'unplanned' });
const ticket = (id: string, priority: string, created: string, responded: string, resolved: string) => ({
  id,
  priority,
  created,
  responded,
  events: [{ at: resolved, status: 'resolved' }],
});

describe('credits per outage', () => {
  it('one band per outage by its counted length: 30 minutes exactly reaches "at least 30 minutes"; the cap per month holds', () => {
    const r = evaluate(
      contract,
      {
        outages: [
          outage('2026-03-10T02:00:00+01:00', '2026-03-10T02:30:00+01:00'), // 30 min: 5% = EUR 500
          outage('2026-03-11T02:00:00+01:00', '2026-03-11T02:29:00+01:00'), // 29 min: nothing
          outage('2026-03-12T02:00:00+01:00', '2026-03-12T04:10:00+01:00'), // 2 h 10 min: 10% = EUR 1,000, capped at 12% - 5% = 7%
        ],
      },
      { period: '2026-03' },
    );
    const outages = r.incidentCredits.filter((i) => i.kind === 'outage');
    expect(outages.map((i) => [i.lengthMs! / 60_000, i.amount.minor, i.granted.minor])).toEqual([
      [30, 50_000, 50_000],
      [130, 100_000, 70_000],
    ]);
    expect(outages[1]!.caps).toMatchObject([{ scope: 'ladder', period: '2026-03' }]);
  });
});

describe('credits per ticket', () => {
  it('each breached target of a priority with a band earns it; capped per month; booked in the month of creation', () => {
    const r = evaluate(contract, {
      tickets: [
        // P1: response after 40 min (late), resolved after 5 h (late): EUR 100 + EUR 250
        ticket('T1', 'P1', '2026-04-01T10:00:00+02:00', '2026-04-01T10:40:00+02:00', '2026-04-01T15:00:00+02:00'),
        // P2: resolved after 9 h (late): EUR 50; with T1 that makes EUR 400, the cap per month
        ticket('T2', 'P2', '2026-04-02T10:00:00+02:00', '2026-04-02T10:10:00+02:00', '2026-04-02T19:00:00+02:00'),
        // P1 on time: nothing
        ticket('T3', 'P1', '2026-04-03T10:00:00+02:00', '2026-04-03T10:10:00+02:00', '2026-04-03T11:00:00+02:00'),
        // P1, another late resolution: EUR 250, but the monthly cap is used up
        ticket('T4', 'P1', '2026-04-04T10:00:00+02:00', '2026-04-04T10:10:00+02:00', '2026-04-04T18:00:00+02:00'),
      ],
    });
    const t = r.incidentCredits
      .filter((i) => i.kind === 'ticket')
      .map((i) => [i.subject, i.target, i.amount.minor, i.granted.minor, i.bookedIn]);
    expect(t).toEqual([
      ['T1', 'response', 10_000, 10_000, '2026-04'],
      ['T1', 'resolution', 25_000, 25_000, '2026-04'],
      ['T2', 'resolution', 5_000, 5_000, '2026-04'],
      ['T4', 'resolution', 25_000, 0, '2026-04'],
    ]);
    expect(r.totals.find((x) => x.period === '2026-04')?.credits.minor).toBe(40_000);
  });
});

describe('net settlement', () => {
  it('credits and bonuses of a month are set off: net = credits − bonuses', () => {
    const r = evaluate(
      contract,
      {
        outages: [outage('2026-05-10T02:00:00+02:00', '2026-05-10T02:45:00+02:00')], // 45 min: 5% = EUR 500
        measurements: [{ objective: 'csat', period: '2026-05', value: 9 }], // above 8: bonus 1% = EUR 100
      },
      { period: '2026-05' },
    );
    const may = r.totals.find((x) => x.period === '2026-05')!;
    expect([may.credits.minor, may.bonuses.minor, may.net.minor]).toEqual([50_000, 10_000, 40_000]);
  });
});

describe('repeated-breach rules', () => {
  const down = (month: string) => outage(`2026-${month}-10T02:00:00+01:00`, `2026-${month}-10T04:00:00+01:00`); // 2 h: below 99.9%

  it('an improvement plan after 2 consecutive breached months; a month without breach resets the run', () => {
    const r = evaluate(contract, { outages: [down('01'), down('03'), down('04')] });
    const plan = r.breachRules.find((b) => b.consequence === 'improvement-plan')!;
    expect(plan.breached).toEqual(['2026-01', '2026-03', '2026-04']);
    expect([plan.triggered, plan.triggeredIn, plan.reason]).toEqual([true, '2026-04', 'consecutive']);
  });

  it('a termination right after 3 breaches within 4 months, though not consecutive', () => {
    const r = evaluate(contract, { outages: [down('01'), down('03'), down('04')] });
    const termination = r.breachRules.find((b) => b.consequence === 'termination')!;
    expect([termination.triggered, termination.triggeredIn, termination.reason]).toEqual([true, '2026-04', 'window']);
    const spread = evaluate(contract, { outages: [down('01'), down('03'), down('06')] }).breachRules.find(
      (b) => b.consequence === 'termination',
    )!;
    expect(spread.triggered).toBe(false);
  });
});

describe('credits per ticket on the next-reply and update clocks', () => {
  const lifecycle = contractOf(
    sla(`priority P1 "Critical"

targets {
  response P1 within 30 minutes on always
  resolution P1 within 8 hours on always
  next reply P1 within 1 hour on always
  update P1 every 2 hours on always
}

credits per ticket {
  next reply P1 credit EUR 40
  update P1 credit EUR 30
  resolution P1 credit EUR 250
}
`),
  );

  it('a late next reply and a late update each earn the band of their own clock, once per ticket', () => {
    const r = evaluate(lifecycle, {
      tickets: [
        {
          id: 'N1',
          priority: 'P1',
          created: '2026-04-01T09:00:00+02:00',
          responded: '2026-04-01T09:10:00+02:00',
          events: [
            // The customer writes at 09:30; the reply comes at 11:00: 1.5 hours against 1 (late).
            { at: '2026-04-01T09:30:00+02:00', message: 'customer' },
            // 09:10 to 11:00 is within the 2-hour update interval; 11:00 to 14:00 is not (late).
            { at: '2026-04-01T11:00:00+02:00', message: 'provider' },
            { at: '2026-04-01T14:00:00+02:00', message: 'provider' },
            { at: '2026-04-01T14:30:00+02:00', status: 'resolved' },
          ],
        },
      ],
    });
    expect(r.tickets[0]!.nextReply?.status).toBe('breached');
    expect(r.tickets[0]!.update?.status).toBe('breached');
    const t = r.incidentCredits.filter((i) => i.kind === 'ticket').map((i) => [i.subject, i.target, i.granted.minor]);
    expect(t).toEqual([
      ['N1', 'next-reply', 4_000],
      ['N1', 'update', 3_000],
    ]);
  });
});

describe('credits per ticket with conditions', () => {
  const conditioned = contractOf(
    sla(`field team "Team" values "Netwerk", "Werkplek"
priority P1 "Critical"

targets {
  response P1 within 30 minutes on always
  resolution P1 within 4 hours on always
}

credits per ticket {
  resolution P1 credit EUR 250
  resolution P1 credit EUR 100 for team "Werkplek" for channel phone
  resolution P1 credit EUR 150 for team "Werkplek"
}
`),
  );
  // Every ticket is resolved after 5 hours: a breached resolution.
  const late = (id: string, team: string | null, channel: string | null) => ({
    id,
    priority: 'P1',
    created: '2026-04-01T09:00:00+02:00',
    responded: '2026-04-01T09:10:00+02:00',
    resolved: '2026-04-01T14:00:00+02:00',
    ...(team ? { fields: { team } } : {}),
    ...(channel ? { channel } : {}),
  });

  it('a breach earns the first conditioned band that the ticket matches, in the order written, else the band without conditions', () => {
    const r = evaluate(conditioned, {
      tickets: [late('A', 'Werkplek', 'phone'), late('B', 'Werkplek', 'e-mail'), late('C', 'Netwerk', 'phone'), late('D', null, null)],
    });
    const t = r.incidentCredits.map((i) => [i.subject, i.band.text, i.granted.minor]);
    expect(t).toEqual([
      ['A', 'resolution P1 for team "Werkplek" for channel "phone"', 10_000],
      ['B', 'resolution P1 for team "Werkplek"', 15_000],
      ['C', 'resolution P1', 25_000],
      ['D', 'resolution P1', 25_000],
    ]);
  });
});
