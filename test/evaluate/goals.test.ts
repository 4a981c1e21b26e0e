/**
 * Conditional goals, custom fields and measures from the data, evaluated from the outside: a
 * contract from .sla text, records as the data would hold them, the report as JSON (validated
 * against report.json) and as text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import AjvModule from 'ajv';
import { evaluate } from '../../runtime/evaluate/engine.js';
import { renderText } from '../../runtime/evaluate/text.js';
import { reportSchema } from '../../runtime/data/validate.js';
import { readRecords } from '../../runtime/data/read.js';
import { nearestRankIndex } from '../../runtime/evaluate/time-stats.js';
import type { ObjectiveResult, Report, TimeDetail } from '../../runtime/evaluate/report.js';
import { contractOf, sla } from './helpers.js';

type AjvClass = typeof import('ajv').default;
const Ajv = ((AjvModule as unknown as { default?: AjvClass }).default ?? AjvModule) as AjvClass;
const validate = new Ajv({ allErrors: true, strict: true }).compile(reportSchema);

const contract = contractOf(
  sla(`
field team "Team" values "Netwerk", "Werkplek"
priority P1 "Critical"
priority P2 "High"
targets {
  response P1, P2 within 1 hour
  resolution P1 within 4 hours
  resolution P2 within 8 hours
  paused while waiting for customer
}
objective p1_network "P1 network on time" {
  95% of tickets resolved on time per month
  for priority P1
  for team "Netwerk"
}
objective mttr "MTTR" { average resolution time at most 3 hours per month }
objective mttr_office "MTTR office" { average resolution time at most 3 business hours per month on office }
objective p90 "p90 response" { 90th percentile of response time at most 30 minutes per month }
objective asa "ASA" {
  average answer time of calls at most 20 seconds per month
  for language nl
}
objective aht "AHT" { average handling time of calls at most 5 minutes per month }
escalation network "Network" {
  for team "Netwerk"
  step 1 "Team lead" after 2 hours
}
`),
);

const ticket = (id: string, priority: string, created: string, responded: string, resolved: string, team?: string, events?: unknown[]) => ({
  id,
  priority,
  created: `2026-03-02T${created}:00+01:00`,
  responded: `2026-03-02T${responded}:00+01:00`,
  resolved: `2026-03-02T${resolved}:00+01:00`,
  ...(team ? { fields: { team } } : {}),
  ...(events ? { events } : {}),
});

// Monday 2 March 2026. A: P1 Netwerk, 2 h. B: P1 Netwerk, 5 h (late). C: P1 Werkplek, 6 h (late, other team).
// D: P2 Netwerk, 1 h, with a 1-hour pause. E: P1 with a team the contract does not know.
const tickets = [
  ticket('A', 'P1', '09:00', '09:10', '11:00', 'Netwerk'),
  ticket('B', 'P1', '09:00', '09:20', '14:00', 'Netwerk'),
  ticket('C', 'P1', '09:00', '09:40', '15:00', 'Werkplek'),
  ticket('D', 'P2', '09:00', '09:05', '11:00', 'Netwerk', [
    { at: '2026-03-02T09:30:00+01:00', status: 'waiting for customer' },
    { at: '2026-03-02T10:30:00+01:00', status: 'open' },
  ]),
  ticket('E', 'P1', '09:00', '09:10', '10:00', 'Servicedesk'),
];

const contacts = [
  {
    channel: 'phone',
    arrived: '2026-03-02T10:00:00+01:00',
    answered: '2026-03-02T10:00:10+01:00',
    ended: '2026-03-02T10:04:10+01:00',
    language: 'nl',
  },
  {
    channel: 'phone',
    arrived: '2026-03-02T10:00:00+01:00',
    answered: '2026-03-02T10:00:40+01:00',
    ended: '2026-03-02T10:06:40+01:00',
    language: 'NL',
  },
  {
    channel: 'phone',
    arrived: '2026-03-02T10:00:00+01:00',
    answered: '2026-03-02T10:02:00+01:00',
    ended: '2026-03-02T10:03:00+01:00',
    language: 'en',
  },
  { channel: 'phone', arrived: '2026-03-02T10:00:00+01:00', abandoned: '2026-03-02T10:01:00+01:00', language: 'nl' },
];

function objective(r: Report, name: string): ObjectiveResult {
  const o = r.objectives.find((x) => x.objective === name && x.period === '2026-03');
  if (!o) throw new Error(`no ${name}`);
  return o;
}

describe('conditional goals and measures from the data', () => {
  const report = evaluate(contract, { tickets, contacts });

  it('validates against report.json', () => {
    expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('counts only the tickets that meet every condition', () => {
    // A (met) and B (late) count; C is another team, D another priority, E an unknown team.
    const o = objective(report, 'p1_network');
    expect(o.sli).toBe(50);
    expect(o.detail).toMatchObject({ kind: 'share', counted: 2, hits: 1, unmatched: 3 });
    expect(o.explain.find((e) => e.rule === 'share.conditions')?.text).toBe(
      '3 other items do not meet the conditions (priority P1 and team Netwerk)',
    );
  });

  it('averages resolution times exactly, pauses deducted, in the target unit', () => {
    // A 2 h, B 5 h, C 6 h, D 2 h - 1 h paused = 1 h, E 1 h: 15 h / 5 = 3 h
    const o = objective(report, 'mttr');
    expect(o.sli).toBe(3);
    expect(o.met).toBe(true);
    const d = o.detail as TimeDetail;
    expect(d.counted).toBe(5);
    expect(d.valueMs).toBe(3 * 3_600_000);
    expect(d.records.map((x) => x.id)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('counts business time on the objective calendar', () => {
    // every span lies within Monday 09:00-17:00, so business time equals wall time here
    expect(objective(report, 'mttr_office').sli).toBe(3);
  });

  it('counts only the open time of the objective calendar', () => {
    // created Friday 16:00, resolved Monday 10:00: 1 h Friday + 1 h Monday of office time, 66 h of wall time
    const r = evaluate(contract, {
      tickets: [{ id: 'F', priority: 'P2', created: '2026-03-06T16:00:00+01:00', resolved: '2026-03-09T10:00:00+01:00' }],
    });
    expect(objective(r, 'mttr_office').sli).toBe(2);
    expect(objective(r, 'mttr').sli).toBe(66);
  });

  it('takes the nearest-rank percentile and names the ticket at that rank', () => {
    // responses 10, 20, 40, 5, 10 minutes: sorted 5, 10, 10, 20, 40; rank ceil(0.9 x 5) = 5 -> 40 minutes
    const o = objective(report, 'p90');
    expect(o.sli).toBe(40); // in the target's unit: minutes
    expect(o.met).toBe(false);
    expect((o.detail as TimeDetail).records.map((x) => x.id)).toEqual(['C']);
  });

  it('computes the speed of answer of the answered contacts of the language, and handling time from answer to end', () => {
    // nl and NL: 10 s and 40 s -> 25 s; the abandoned call has no answer time
    expect(objective(report, 'asa').sli).toBe(25);
    expect(objective(report, 'asa').met).toBe(false);
    // 4 min, 6 min, 1 min -> 11/3 min
    expect(objective(report, 'aht').sli).toBeCloseTo(11 / 3, 5);
  });

  it('reports an unknown field value with its count and first record, as JSON and as text', () => {
    expect(report.data.unknownValues).toEqual([
      {
        kind: 'ticket',
        field: 'team',
        value: 'Servicedesk',
        count: 1,
        file: null,
        line: null,
        index: 4,
        id: 'E',
        message: "'Servicedesk' is not a value of field 'team' (the contract allows 'Netwerk', 'Werkplek')",
        code: 'field-value',
        params: { value: 'Servicedesk', field: 'team', allowed: "'Netwerk', 'Werkplek'" },
      },
    ]);
    expect(renderText(report)).toMatch(
      /^fields\/team +Servicedesk +1 +\(data\) record 5 \(ticket E\) +'Servicedesk' is not a value of field 'team'/m,
    );
  });

  it('reports a field the contract does not declare, once per field with the count', () => {
    const r = evaluate(contract, {
      tickets: [
        { ...tickets[0], fields: { site: 'Utrecht' } },
        { ...tickets[1], id: 'B2', fields: { site: 'Zwolle' } },
      ],
    });
    expect(r.data.unknownValues).toMatchObject([{ field: 'site', value: null, count: 2, index: 0 }]);
  });

  it('escalates only tickets that meet the escalation conditions', () => {
    const late = (id: string, team: string) => ({
      id,
      priority: 'P1',
      created: '2026-03-02T09:00:00+01:00',
      resolved: '2026-03-02T15:00:00+01:00',
      fields: { team },
    });
    const r = evaluate(contract, { tickets: [late('N', 'Netwerk'), late('W', 'Werkplek')] });
    expect(r.tickets.find((t) => t.id === 'N')!.escalation.map((e) => e.escalation)).toEqual(['network']);
    expect(r.tickets.find((t) => t.id === 'W')!.escalation).toEqual([]);
  });

  it('reads custom fields from CSV columns named fields.<name>', async () => {
    const csv =
      'id,priority,created,responded,resolved,fields.team\nA,P1,2026-03-02T09:00:00+01:00,2026-03-02T09:10:00+01:00,2026-03-02T11:00:00+01:00,Netwerk\n';
    const rows: unknown[] = [];
    for await (const item of readRecords(
      (async function* () {
        yield csv;
      })(),
      'csv',
      'ticket',
    ))
      if (item.ok) rows.push(item.value);
    expect(rows).toEqual([
      {
        id: 'A',
        priority: 'P1',
        created: '2026-03-02T09:00:00+01:00',
        responded: '2026-03-02T09:10:00+01:00',
        resolved: '2026-03-02T11:00:00+01:00',
        fields: { team: 'Netwerk' },
      },
    ]);
  });
});

describe('targets with conditions', () => {
  const source = sla(`
field team "Team" values "Netwerk", "Werkplek"
priority P1 "Critical"
targets {
  response P1 within 1 hour
  resolution P1 within 4 hours
  resolution P1 within 2 hours for team "Netwerk" for channel phone
  resolution P1 within 8 hours for team "Netwerk"
}
`);
  const c = contractOf(source);
  // Created Monday 09:00; resolved at 12:00 (3 hours).
  const t = (id: string, fields: Record<string, string> | null, channel: string | null) => ({
    id,
    priority: 'P1',
    created: '2026-03-02T09:00:00+01:00',
    responded: '2026-03-02T09:10:00+01:00',
    resolved: '2026-03-02T12:00:00+01:00',
    ...(fields ? { fields } : {}),
    ...(channel ? { channel } : {}),
  });
  const r = evaluate(c, {
    tickets: [
      t('phone', { team: 'Netwerk' }, 'phone'),
      t('mail', { team: 'Netwerk' }, 'e-mail'),
      t('other', { team: 'Werkplek' }, 'phone'),
      t('none', null, null),
      t('unknown', { team: 'Servicedesk' }, 'phone'),
    ],
  });
  const resolution = (id: string) => r.tickets.find((x) => x.id === id)!.resolution!;

  it('applies the first conditioned target that matches, in the order written, else the one without conditions', () => {
    expect(resolution('phone')).toMatchObject({ status: 'breached', due: '2026-03-02T11:00:00+01:00' });
    expect(resolution('mail')).toMatchObject({ status: 'met', due: '2026-03-02T17:00:00+01:00' });
    expect(resolution('other')).toMatchObject({ status: 'met', due: '2026-03-02T13:00:00+01:00' });
    expect(resolution('none')).toMatchObject({ status: 'met', due: '2026-03-02T13:00:00+01:00' });
  });

  it('names the target that applied, with its conditions and line, in the explanation', () => {
    const step = resolution('phone').explain.find((e) => e.rule === 'ticket.target')!;
    expect(step.text).toBe('resolution target for P1 for team "Netwerk" for channel "phone": 2 hours in wall-clock time');
    expect(step.line).toBe(source.split('\n').findIndex((l) => l.includes('within 2 hours for team')) + 1);
  });

  it('gives a ticket with a team the contract does not know the target without conditions, and reports the value', () => {
    expect(resolution('unknown')).toMatchObject({ status: 'met', due: '2026-03-02T13:00:00+01:00' });
    expect(r.data.unknownValues).toMatchObject([{ field: 'team', value: 'Servicedesk', count: 1, id: 'unknown' }]);
  });
});

describe('nearest-rank percentile', () => {
  it('is the smallest value with at least p% of the values at or below it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 100 }),
        (values, p) => {
          const sorted = [...values].sort((a, b) => a - b);
          const v = sorted[nearestRankIndex(sorted.length, p)]!;
          const atOrBelow = sorted.filter((x) => x <= v).length;
          const below = sorted.filter((x) => x < v).length;
          // at least p% are at or below it, and fewer than p% are strictly below it
          expect(atOrBelow * 100).toBeGreaterThanOrEqual(p * sorted.length);
          expect(below * 100).toBeLessThan(p * sorted.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the 100th percentile is the maximum and the 1st of few values the minimum', () => {
    expect(nearestRankIndex(7, 100)).toBe(6);
    expect(nearestRankIndex(7, 1)).toBe(0);
    expect(nearestRankIndex(10, 90)).toBe(8);
  });
});

describe('exclusions on contact and ticket objectives', () => {
  const c = contractOf(
    sla(`
priority P1 "Critical"
targets { response P1 within 1 hour  resolution P1 within 4 hours }
objective phone "Phone" {
  80% of calls answered within 30 seconds per month
  excluding volume above 150% of forecast
  excluding calamities
}
objective mttr "MTTR" {
  average resolution time at most 4 hours per month
  excluding force majeure
}
`),
  );
  // Five calls on 2 March; the 2nd is a calamity; answered after 10, 60, 10, 60, 10 seconds.
  const at = (minute: number, seconds = 0) => new Date(Date.UTC(2026, 2, 2, 9, minute, seconds)).toISOString();
  const call = (minute: number, wait: number, cause?: string) => ({
    channel: 'phone',
    arrived: at(minute),
    answered: at(minute, wait),
    ...(cause ? { cause } : {}),
  });
  const contacts = [call(0, 10), call(1, 60, 'calamity'), call(2, 10), call(3, 60), call(4, 10)];

  it('leaves out contacts of an excluded cause, and reports them', () => {
    const r = evaluate(c, { contacts });
    const o = objective(r, 'phone');
    // 4 counted (calamity left out), 3 within 30 s; no forecast: every other contact counts
    expect(o.detail).toMatchObject({ kind: 'share', counted: 4, hits: 3, excluded: 1, aboveForecast: 0 });
    expect(o.sli).toBe(75);
    expect(o.explain.map((e) => e.rule)).toEqual(expect.arrayContaining(['share.excluded', 'share.forecast']));
  });

  it('counts contacts in arrival order up to the share of the forecast, whatever the order of the data', () => {
    // forecast 2, 150% -> 3 contacts count: 10:00 (hit), 10:02 (hit), 10:03 (miss); 10:04 is above it
    const forecast = { objective: 'phone', period: '2026-03', forecast: 2 };
    const forward = evaluate(c, { contacts, measurements: [forecast] });
    const backward = evaluate(c, { contacts: [...contacts].reverse(), measurements: [forecast] });
    for (const r of [forward, backward]) {
      expect(objective(r, 'phone').detail).toMatchObject({ counted: 3, hits: 2, excluded: 1, aboveForecast: 1 });
      expect(validate(JSON.parse(JSON.stringify(r)))).toBe(true);
    }
  });

  it('rejects a forecast for an objective without a volume exclusion, or for another period length', () => {
    const r = evaluate(c, {
      contacts,
      measurements: [
        { objective: 'mttr', period: '2026-03', forecast: 2 },
        { objective: 'phone', period: '2026-Q1', forecast: 2 },
      ],
    });
    expect(r.data.problems.map((p) => p.message)).toEqual([
      "objective 'mttr' is not a percentage objective: only those take a forecast",
      "objective 'phone' is measured per month: a forecast must be for one month, such as 2026-03",
    ]);
  });

  it('leaves tickets of an excluded cause out of an average', () => {
    const t = (id: string, resolved: string, cause?: string) => ({
      id,
      priority: 'P1',
      created: '2026-03-02T09:00:00+01:00',
      resolved: `2026-03-02T${resolved}:00+01:00`,
      ...(cause ? { cause } : {}),
    });
    const r = evaluate(c, { tickets: [t('A', '11:00'), t('B', '19:00', 'force-majeure'), t('C', '13:00')] });
    expect(objective(r, 'mttr').sli).toBe(3);
    expect(objective(r, 'mttr').detail).toMatchObject({ counted: 2, excluded: 1 });
  });
});

describe('error budget and burn rate', () => {
  const c = contractOf(
    sla(`
service Platform
objective uptime "Uptime" { availability of service Platform at least 99.9% per month on always }
`),
  );
  const outage = { service: 'Platform', start: '2026-03-10T02:00:00+01:00', end: '2026-03-10T02:20:00+01:00', kind: 'unplanned' };

  it('gives the allowed downtime of the window, what is left, and the burn rate at the evaluation instant', () => {
    // March 2026 on 24/7 Amsterdam: 44,580 minutes; 0.1% = 44.58 minutes = 2,674,800 ms
    const end = evaluate(c, { outages: [outage] }, { now: '2026-04-01T00:00:00+02:00' });
    const d = end.objectives.find((o) => o.period === '2026-03')!.detail;
    expect(d).toMatchObject({ kind: 'availability', budget: { allowedMs: 2_674_800, usedMs: 20 * 60_000, leftMs: 2_674_800 - 1_200_000 } });
    // the whole window has passed: the burn rate is the share used
    expect((d as { budget: { burnRate: number } }).budget.burnRate).toBeCloseTo(1_200_000 / 2_674_800, 4);
    // on 16 March 02:00, 15 days and 2 hours of the window have passed (the spring-forward hour comes later)
    const mid = evaluate(c, { outages: [outage] }, { now: '2026-03-16T02:00:00+01:00' });
    const b = (mid.objectives.find((o) => o.period === '2026-03')!.detail as { budget: { burnRate: number; passedMs: number } }).budget;
    const passed = 15 * 86_400_000 + 2 * 3_600_000;
    expect(b.passedMs).toBe(passed);
    expect(b.burnRate).toBeCloseTo((1_200_000 / 2_674_800) * ((44_580 * 60_000) / passed), 4);
    expect(validate(JSON.parse(JSON.stringify(mid)))).toBe(true);
  });
});

describe('reopen ratio from the ticket data', () => {
  const c = contractOf(
    sla(`
priority P1 "Critical"
targets { response P1 within 1 hour  resolution P1 within 4 hours }
objective reopens "Reopened incidents" {
  reopen ratio of incidents at most 25% per month
}
`),
  );
  const t = (id: string, events: Array<[string, string]>, channel = 'incident') => ({
    id,
    priority: 'P1',
    channel,
    created: '2026-03-02T09:00:00+01:00',
    events: events.map(([at, status]) => ({ at: `2026-03-02T${at}:00+01:00`, status })),
  });
  it('is the share of resolved incidents reopened at least once; open tickets and other channels do not count', () => {
    const r = evaluate(c, {
      tickets: [
        t('A', [['10:00', 'resolved']]),
        t('B', [
          ['10:00', 'resolved'],
          ['11:00', 'open'],
          ['12:00', 'resolved'],
        ]),
        t('C', [['10:00', 'resolved']]),
        t('D', [['10:00', 'open']]),
        t(
          'E',
          [
            ['10:00', 'resolved'],
            ['11:00', 'open'],
            ['12:00', 'resolved'],
          ],
          'request',
        ),
      ],
    });
    const o = objective(r, 'reopens');
    // 1 (B) of 3 resolved incidents: 33.3% > 25%
    expect(o.sli).toBeCloseTo(100 / 3, 4);
    expect(o.met).toBe(false);
    expect(o.detail).toMatchObject({ kind: 'quality', basis: 'tickets', observations: 3 });
    expect((o.detail as { records: Array<{ id: string }> }).records.map((x) => x.id)).toEqual(['B']);
    expect(validate(JSON.parse(JSON.stringify(r)))).toBe(true);
  });

  it('rejects a measurement for it', () => {
    const r = evaluate(c, { measurements: [{ objective: 'reopens', period: '2026-03', value: 2 }] });
    expect(r.data.problems.map((p) => p.message)).toEqual([
      "objective 'reopens' is computed from the ticket data: it takes no measurements",
    ]);
  });
});
