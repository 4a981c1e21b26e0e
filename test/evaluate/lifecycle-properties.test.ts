/**
 * Property tests for the lifecycle clocks against a minute-walking oracle (test/runtime/naive-calendar.ts
 * for the open minutes): next reply after each customer message, periodic updates, and pause caps.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../runtime/evaluate/engine.js';
import { NaiveCalendar } from '../runtime/naive-calendar.js';
import { contractOf, sla } from './helpers.js';

const MIN = 60_000;
const iso = (t: number) => new Date(t).toISOString();
const WEEK = Date.UTC(2026, 5, 1, 0) - 2 * 3_600_000; // Monday 1 June 2026 00:00 in Amsterdam

const contract = contractOf(
  sla(`
priority P1 "P1"
targets {
  calendar office
  response P1 within 30 minutes
  resolution P1 within 4 business hours
  next reply P1 within 1 business hour
  update P1 every 2 business hours
  paused while waiting for customer, at most 90 business minutes per ticket
}
`),
);
const office = new NaiveCalendar(contract.calendars.find((c) => c.name === 'office')!);
const openAt = (m: number) => office.isOpen(WEEK + m * MIN);

type Step = { gap: number; what: 'customer' | 'provider' | 'waiting for customer' | 'in progress' };
const stepArb = fc.record({
  gap: fc.integer({ min: 1, max: 900 }),
  what: fc.constantFrom<Step['what']>('customer', 'provider', 'waiting for customer', 'in progress'),
});

/** The ticket and, per minute, whether it is paused by a status (before any cap). */
function scenario(created: number, steps: Step[]) {
  let at = created;
  const events = steps.map((s) => ({ at: (at += s.gap), what: s.what }));
  const horizon = at + 3 * 1440;
  const pausedAt = (m: number) => {
    let p = false;
    for (const e of events)
      if (e.at <= m && (e.what === 'waiting for customer' || e.what === 'in progress')) p = e.what === 'waiting for customer';
    return p;
  };
  const ticket = {
    id: 'T',
    priority: 'P1',
    created: iso(WEEK + created * MIN),
    responded: iso(WEEK + created * MIN),
    events: events.map((e) =>
      e.what === 'customer' || e.what === 'provider'
        ? { at: iso(WEEK + e.at * MIN), message: e.what }
        : { at: iso(WEEK + e.at * MIN), status: e.what },
    ),
  };
  return { events, horizon, pausedAt, ticket };
}

/** Evaluates the generated ticket at the horizon, with the oracle's counted minutes. */
function evaluated(created: number, steps: Step[]) {
  const { events, horizon, pausedAt, ticket } = scenario(created, steps);
  const r = evaluate(contract, { tickets: [ticket] }, { now: iso(WEEK + horizon * MIN) });
  return { events, horizon, ticket: r.tickets[0]!, counted: countedMinutes(created, horizon, pausedAt) };
}

/** Per minute from `created`: does the clock count it (open, and running or paused beyond the 90-minute cap)? */
function countedMinutes(created: number, horizon: number, pausedAt: (m: number) => boolean): boolean[] {
  const out: boolean[] = [];
  let pauseUsed = 0;
  for (let m = created; m < horizon; m++) {
    const open = openAt(m);
    let runs = !pausedAt(m);
    if (!runs && open) {
      if (pauseUsed < 90) pauseUsed++;
      else runs = true;
    }
    out.push(runs && open);
  }
  return out;
}

/** Late cycles among [start, stop) (stop null: running at the horizon), each allowed `limit` counted minutes. */
function lateCycles(cycles: Array<[number, number | null]>, counted: boolean[], created: number, horizon: number, limit: number): number {
  let late = 0;
  for (const [start, stop] of cycles) {
    let used = 0;
    let due: number | null = null;
    for (let m = start; m < horizon; m++) {
      if (counted[m - created]) used++;
      if (used === limit) {
        due = m + 1;
        break;
      }
    }
    const end = stop ?? horizon;
    if (due !== null && end > due) late++;
  }
  return late;
}

describe('lifecycle clocks against a minute-walking oracle', () => {
  it('next reply: one clock per unanswered customer message, late if any reply is late', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 * 1440 }), fc.array(stepArb, { maxLength: 8 }), (created, steps) => {
        const { events, horizon, ticket, counted } = evaluated(created, steps);
        // Oracle: the oldest unanswered customer message waits for the provider's next message.
        const cycles: Array<[number, number | null]> = [];
        let waiting: number | null = null;
        for (const e of events) {
          if (e.what === 'customer' && waiting === null) waiting = e.at;
          else if (e.what === 'provider' && waiting !== null) {
            cycles.push([waiting, e.at]);
            waiting = null;
          }
        }
        if (waiting !== null) cycles.push([waiting, null]);
        const clock = ticket.nextReply;
        if (cycles.length === 0) {
          expect(clock).toBeNull();
          return;
        }
        const late = lateCycles(cycles, counted, created, horizon, 60);
        expect(clock!.cycles).toEqual({ count: cycles.length, late });
        if (late > 0) expect(clock!.status).toBe('breached');
        else expect(['met', 'pending', 'paused']).toContain(clock!.status);
      }),
      { numRuns: 60 },
    );
  });

  it('periodic update: an update at least every 2 business hours from the first response', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 * 1440 }), fc.array(stepArb, { maxLength: 8 }), (created, steps) => {
        const { events, horizon, ticket, counted } = evaluated(created, steps);
        const cycles: Array<[number, number | null]> = [];
        let from = created;
        for (const e of events) {
          if (e.what !== 'provider' || e.at <= from) continue;
          cycles.push([from, e.at]);
          from = e.at;
        }
        cycles.push([from, null]);
        const late = lateCycles(cycles, counted, created, horizon, 120);
        const clock = ticket.update!;
        expect(clock.cycles).toEqual({ count: cycles.length, late });
        expect(clock.status === 'breached').toBe(late > 0);
      }),
      { numRuns: 60 },
    );
  });

  it('pause cap: paused time beyond 90 business minutes per ticket counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 * 1440 }), fc.array(stepArb, { maxLength: 8 }), (created, steps) => {
        const { horizon, ticket, counted } = evaluated(created, steps);
        let used = 0;
        let due: number | null = null;
        for (let m = created; m < horizon; m++) {
          if (counted[m - created]) used++;
          if (used === 240) {
            due = m + 1;
            break;
          }
        }
        const clock = ticket.resolution!;
        if (due === null) expect(clock.status === 'breached').toBe(false);
        else expect(Date.parse(clock.due!)).toBe(WEEK + due * MIN);
      }),
      { numRuns: 80 },
    );
  });
});
