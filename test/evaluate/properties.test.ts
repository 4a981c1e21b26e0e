/**
 * Property tests where arithmetic is involved: availability (merging, windows, exclusions) and
 * ticket clocks with pauses against minute-walking oracles; credit caps as invariants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../runtime/calendar.js';
import { evaluate } from '../../runtime/evaluate/engine.js';
import type { AvailabilityDetail } from '../../runtime/evaluate/report.js';
import type { OutageKind } from '../../runtime/data/types.js';
import { contractOf, sla } from './helpers.js';

const MIN = 60_000;
const iso = (t: number) => new Date(t).toISOString();

const availabilityContract = contractOf(
  sla(`
service S "S"
priority P1 "P1"
targets {
  response P1 within 30 minutes on always
  resolution P1 within 4 hours on always
}
objective all_day "All day" {
  availability of service S at least 99.9% per month on always
  excluding force majeure
}
objective office_hours "Office hours" {
  availability of service S at least 99.9% per month on office
  excluding force majeure
  excluding customer caused
}
`),
);
const office = BusinessCalendar.build(availabilityContract.calendars.find((c) => c.name === 'office')!, {
  from: Date.UTC(2026, 0, 1),
  to: Date.UTC(2027, 0, 1),
});

// March 2026 in Amsterdam: 2026-02-28T23:00Z … 2026-03-31T22:00Z
const FROM = Date.UTC(2026, 1, 28, 23);
const TO = Date.UTC(2026, 2, 31, 22);
const MINUTES = (TO - FROM) / MIN;

const outageArb = fc.record({
  start: fc.integer({ min: -600, max: MINUTES + 600 }),
  length: fc.integer({ min: 1, max: 3000 }),
  kind: fc.constantFrom<OutageKind>('unplanned', 'unplanned', 'force-majeure', 'customer-caused', 'third-party'),
});

describe('availability against a minute-walking oracle', () => {
  it('merges overlaps, counts only window time, and lets counted downtime win over exclusions', () => {
    fc.assert(
      fc.property(fc.array(outageArb, { maxLength: 8 }), (outs) => {
        const outages = outs.map((o) => ({
          service: 'S',
          start: iso(FROM + o.start * MIN),
          end: iso(FROM + (o.start + o.length) * MIN),
          kind: o.kind,
        }));
        const r = evaluate(availabilityContract, { outages }, { period: '2026-03' });
        for (const [name, excluded, window] of [
          ['all_day', new Set(['force-majeure']), (_t: number) => true],
          ['office_hours', new Set(['force-majeure', 'customer-caused']), (t: number) => office.isOpen(t)],
        ] as const) {
          let win = 0;
          let counted = 0;
          let excl = 0;
          for (let m = 0; m < MINUTES; m++) {
            const t = FROM + m * MIN;
            if (!window(t)) continue;
            win++;
            const covering = outs.filter((o) => o.start <= m && m < o.start + o.length);
            if (covering.some((o) => !excluded.has(o.kind))) counted++;
            else if (covering.length > 0) excl++;
          }
          const o = r.objectives.find((x) => x.objective === name)!;
          const d = o.detail as AvailabilityDetail;
          expect(d.windowMs).toBe(win * MIN);
          expect(d.downtimeMs).toBe(counted * MIN);
          expect(d.excluded.reduce((s, e) => s + e.ms, 0)).toBe(excl * MIN);
          expect(o.sli).toBeCloseTo(((win - counted) / win) * 100, 5);
        }
      }),
      { numRuns: 60 },
    );
  });
});

const ticketContract = contractOf(
  sla(`
priority P1 "P1"
targets {
  calendar office
  response P1 within 30 minutes
  resolution P1 within 4 business hours
  paused while waiting for customer
}
`),
);

describe('ticket clocks against a minute-walking oracle', () => {
  const WEEK = Date.UTC(2026, 5, 1, 0) - 2 * 3_600_000; // Monday 1 June 2026 00:00 in Amsterdam
  it('due time and business time elapsed with random pauses and reopenings', () => {
    const step = fc.record({
      gap: fc.integer({ min: 1, max: 2000 }),
      status: fc.constantFrom('waiting for customer', 'in progress', 'resolved', 'reopened'),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 * 1440 }), fc.array(step, { maxLength: 6 }), (created, steps) => {
        let at = created;
        const events = steps.map((s) => ({ at: (at += s.gap), status: s.status }));
        const lastAt = at + 1;
        const r = evaluate(
          ticketContract,
          {
            tickets: [
              {
                id: 'T',
                priority: 'P1',
                created: iso(WEEK + created * MIN),
                responded: iso(WEEK + created * MIN),
                events: events.map((e) => ({ at: iso(WEEK + e.at * MIN), status: e.status })),
              },
            ],
          },
          { now: iso(WEEK + (lastAt + 5 * 1440) * MIN) },
        );
        const clock = r.tickets[0]!.resolution!;
        // Oracle: walk minutes; the state is the last status at or before the minute.
        const stateAt = (m: number) => {
          let s = 'running';
          for (const e of events)
            if (e.at <= m) s = e.status === 'waiting for customer' ? 'paused' : e.status === 'resolved' ? 'resolved' : 'running';
          return s;
        };
        const final = stateAt(Infinity);
        // A resolution while resolved changes nothing: the final resolution is the first of the last run of `resolved`.
        const lastOther = events.findLastIndex((e) => e.status !== 'resolved');
        const stop = final === 'resolved' ? events[lastOther + 1]!.at : null;
        let used = 0;
        let due: number | null = null;
        const horizon = lastAt + 5 * 1440;
        for (let m = created; m < horizon; m++) {
          const running = stop !== null && m >= stop ? true : stateAt(m) === 'running';
          if (running && office.isOpen(WEEK + m * MIN)) {
            used++;
            if (used === 240) {
              due = m + 1;
              break;
            }
          }
        }
        if (due !== null) {
          // The engine gives the earliest instant the time is used up; with minute-aligned input that is a minute's end.
          expect(clock.due).not.toBeNull();
          expect(Date.parse(clock.due!)).toBe(WEEK + due * MIN);
          if (stop !== null) expect(clock.status).toBe(stop <= due ? 'met' : 'breached');
        }
      }),
      { numRuns: 80 },
    );
  });
});

const capContract = contractOf(
  sla(`
service A "A"
service B "B"
priority P1 "P1"
targets {
  response P1 within 30 minutes on always
  resolution P1 within 4 hours on always
}
objective a "A" {
  availability of service A at least 99.9% per month on always
}
objective b "B" {
  availability of service B at least 99.9% per month on always
}
credits for a {
  below 99.9% credit 5% of monthly fee
  below 99% credit 10% of monthly fee
  below 95% credit 20% of monthly fee
  at most 30% of monthly fee per quarter
}
credits for b {
  below 99.9% credit EUR 700
  below 98% credit EUR 1500
}
credit terms {
  at most 25% of monthly fee per month
  at most EUR 6000 per 12 months
}
`),
);

describe('credit caps', () => {
  it('never exceed any cap, never grant more than the band, and grant as much as the caps allow', () => {
    const month = fc.record({ a: fc.constantFrom(0, 60, 500, 3000), b: fc.constantFrom(0, 60, 1000) });
    fc.assert(
      fc.property(fc.array(month, { minLength: 24, maxLength: 24 }), (months) => {
        const outages = months.flatMap((m, i) => {
          const start = Date.UTC(2026 + Math.floor(i / 12), i % 12, 10, 12);
          return [
            ...(m.a ? [{ service: 'A', start: iso(start), end: iso(start + m.a * MIN), kind: 'unplanned' as const }] : []),
            ...(m.b ? [{ service: 'B', start: iso(start), end: iso(start + m.b * MIN), kind: 'unplanned' as const }] : []),
          ];
        });
        const r = evaluate(capContract, { outages });
        const monthKey = (i: number) => `${2026 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
        const granted = (objective: string, i: number) =>
          r.credits.find((c) => c.objective === objective && c.period === monthKey(i))?.granted.minor ?? 0;
        const amount = (objective: string, i: number) =>
          r.credits.find((c) => c.objective === objective && c.period === monthKey(i))?.amount.minor ?? 0;
        for (let i = 0; i < 24; i++) {
          for (const o of ['a', 'b']) {
            expect(granted(o, i)).toBeGreaterThanOrEqual(0);
            expect(granted(o, i)).toBeLessThanOrEqual(amount(o, i));
          }
          expect(granted('a', i) + granted('b', i)).toBeLessThanOrEqual(250_000);
          let year = 0;
          for (let j = Math.max(0, i - 11); j <= i; j++) year += granted('a', j) + granted('b', j);
          expect(year).toBeLessThanOrEqual(600_000);
          if (i % 3 === 2) expect(granted('a', i - 2) + granted('a', i - 1) + granted('a', i)).toBeLessThanOrEqual(300_000);
          // Greedy: a credit is cut only when a cap it falls under is then exactly full.
          for (const o of ['a', 'b']) {
            if (granted(o, i) === amount(o, i)) continue;
            const q = Math.floor(i / 3) * 3;
            const quarterFull =
              o === 'a' && granted('a', q) + (q + 1 <= i ? granted('a', q + 1) : 0) + (q + 2 <= i ? granted('a', q + 2) : 0) === 300_000;
            const monthFull = granted('a', i) + granted('b', i) === 250_000;
            const yearFull = year === 600_000;
            expect(quarterFull || monthFull || yearFull).toBe(true);
          }
        }
        expect(r.totals.every((t) => (t.credits.minor ?? 0) <= 250_000)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
