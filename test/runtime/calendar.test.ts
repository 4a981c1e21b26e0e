import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { BusinessCalendar } from '../../runtime/calendar.js';
import type { CalendarSpec } from '../../runtime/calendar-spec.js';
import { NaiveCalendar } from './naive-calendar.js';

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

type Ranges = Array<readonly [number, number]>;

/** Epoch ms of a local ISO wall time in a zone. */
function at(local: string, zone: string): number {
  const dt = DateTime.fromISO(local, { zone });
  if (!dt.isValid) throw new Error(`bad time ${local}`);
  return dt.toMillis();
}

function spec(partial: Partial<CalendarSpec> & { weekly: CalendarSpec['weekly'] }): CalendarSpec {
  return { name: 'test', zone: 'Europe/Amsterdam', holidays: [], closed: [], ...partial };
}

const NINE_TO_FIVE: Ranges = [[9 * 60, 17 * 60]];
const weekdays = (r: Ranges): Ranges[] => [r, r, r, r, r, [], []];
const ALL_DAY: Ranges = [[0, 1440]];
const allWeek = (): Ranges[] => [ALL_DAY, ALL_DAY, ALL_DAY, ALL_DAY, ALL_DAY, ALL_DAY, ALL_DAY];

const YEAR_2026 = { from: Date.UTC(2026, 0, 1), to: Date.UTC(2027, 0, 1) };

function build(s: CalendarSpec): BusinessCalendar {
  return BusinessCalendar.build(s, YEAR_2026);
}

describe('BusinessCalendar worked examples', () => {
  const AMS = 'Europe/Amsterdam';
  const office = build(spec({ name: 'office', weekly: weekdays(NINE_TO_FIVE), holidays: [{ country: 'NL' }] }));

  it('Friday 17:00 + 4 business hours is Monday 13:00', () => {
    expect(office.add(at('2026-06-05T17:00', AMS), 4 * HOUR)).toBe(at('2026-06-08T13:00', AMS));
  });

  it('work that fills the day exactly ends at closing time', () => {
    expect(office.add(at('2026-06-05T13:00', AMS), 4 * HOUR)).toBe(at('2026-06-05T17:00', AMS));
    expect(office.add(at('2026-06-04T13:00', AMS), 12 * HOUR)).toBe(at('2026-06-05T17:00', AMS));
    expect(office.add(at('2026-06-01T09:00', AMS), 40 * HOUR)).toBe(at('2026-06-05T17:00', AMS));
  });

  it('a clock started on Saturday counts from Monday 09:00', () => {
    const sat = at('2026-06-06T10:00', AMS);
    expect(office.add(sat, HOUR)).toBe(at('2026-06-08T10:00', AMS));
    expect(office.add(sat, 0)).toBe(at('2026-06-08T09:00', AMS));
    expect(office.nextOpening(sat)).toBe(at('2026-06-08T09:00', AMS));
    expect(office.isOpen(sat)).toBe(false);
    expect(office.isOpen(at('2026-06-05T17:00', AMS))).toBe(false);
    expect(office.isOpen(at('2026-06-05T09:00', AMS))).toBe(true);
    expect(office.elapsed(sat, at('2026-06-08T09:30', AMS))).toBe(30 * MIN);
  });

  it('add(x, 0) is x inside hours and the next opening outside', () => {
    const t = at('2026-06-03T11:11', AMS);
    expect(office.add(t, 0)).toBe(t);
    expect(office.add(at('2026-06-03T17:00', AMS), 0)).toBe(at('2026-06-04T09:00', AMS));
  });

  it('skips a Dutch public holiday (Koningsdag, Monday 2026-04-27)', () => {
    expect(office.add(at('2026-04-24T15:00', AMS), 4 * HOUR)).toBe(at('2026-04-28T11:00', AMS));
    expect(office.isOpen(at('2026-04-27T10:00', AMS))).toBe(false);
  });

  it('skips an explicitly closed date', () => {
    const cal = build(spec({ weekly: weekdays(NINE_TO_FIVE), closed: ['2026-06-09'] }));
    expect(cal.add(at('2026-06-08T16:00', AMS), 2 * HOUR)).toBe(at('2026-06-10T10:00', AMS));
  });

  it('handles several ranges a day (09:00–12:00 and 13:00–17:00)', () => {
    const cal = build(
      spec({
        weekly: weekdays([
          [540, 720],
          [780, 1020],
        ]),
      }),
    );
    expect(cal.add(at('2026-06-03T11:00', AMS), 2 * HOUR)).toBe(at('2026-06-03T14:00', AMS));
    expect(cal.add(at('2026-06-03T12:30', AMS), 0)).toBe(at('2026-06-03T13:00', AMS));
    expect(cal.elapsed(at('2026-06-03T00:00', AMS), at('2026-06-04T00:00', AMS))).toBe(7 * HOUR);
    expect(cal.add(at('2026-06-03T16:00', AMS), 4 * HOUR)).toBe(at('2026-06-04T12:00', AMS));
  });

  it('counts real hours across DST on a 24/7 calendar in Europe/Amsterdam', () => {
    const cal = build(spec({ weekly: allWeek() }));
    expect(cal.elapsed(at('2026-03-29T00:00', AMS), at('2026-03-29T04:00', AMS))).toBe(3 * HOUR);
    expect(cal.add(at('2026-03-29T00:00', AMS), 3 * HOUR)).toBe(at('2026-03-29T04:00', AMS));
    expect(cal.elapsed(at('2026-10-25T00:00', AMS), at('2026-10-25T04:00', AMS))).toBe(5 * HOUR);
    expect(cal.add(at('2026-10-25T00:00', AMS), 5 * HOUR)).toBe(at('2026-10-25T04:00', AMS));
    // 24/7 merges into one interval.
    expect(cal.intervals(YEAR_2026.from, YEAR_2026.to)).toEqual([[YEAR_2026.from, YEAR_2026.to]]);
  });

  it('opens at the end of the spring-forward gap and counts a repeated hour twice', () => {
    // Sundays 02:30–04:00 local.
    const cal = build(spec({ weekly: [[], [], [], [], [], [], [[150, 240]]] }));
    // 2026-03-29: 02:00 CET jumps to 03:00 CEST (01:00Z); 02:30 does not exist, so open 01:00Z–02:00Z.
    expect(cal.intervals(Date.UTC(2026, 2, 28), Date.UTC(2026, 2, 30))).toEqual([[Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 2, 29, 2)]]);
    // 2026-10-25: 03:00 CEST falls back to 02:00 CET (01:00Z). Wall 02:30–03:00 happens twice.
    expect(cal.intervals(Date.UTC(2026, 9, 24), Date.UTC(2026, 9, 26))).toEqual([
      [Date.UTC(2026, 9, 25, 0, 30), Date.UTC(2026, 9, 25, 1)],
      [Date.UTC(2026, 9, 25, 1, 30), Date.UTC(2026, 9, 25, 3)],
    ]);
  });

  it('counts real hours across DST on a 24/7 calendar in America/New_York', () => {
    const NY = 'America/New_York';
    const cal = build(spec({ zone: NY, weekly: allWeek() }));
    expect(cal.elapsed(at('2026-03-08T00:00', NY), at('2026-03-08T04:00', NY))).toBe(3 * HOUR);
    expect(cal.elapsed(at('2026-11-01T00:00', NY), at('2026-11-01T04:00', NY))).toBe(5 * HOUR);
    // 00:30 EDT + 2 h real = 01:30 EST (the second 01:30).
    expect(cal.add(at('2026-11-01T00:30', NY), 2 * HOUR)).toBe(Date.UTC(2026, 10, 1, 6, 30));
    expect(cal.intervals(YEAR_2026.from, YEAR_2026.to)).toHaveLength(1);
  });

  it('handles the 30-minute DST shift of Australia/Lord_Howe', () => {
    const LH = 'Australia/Lord_Howe';
    const cal = build(spec({ zone: LH, weekly: allWeek() }));
    // 2026-04-05 02:00 (+11) falls back to 01:30 (+10:30); 2026-10-04 02:00 jumps to 02:30.
    expect(cal.elapsed(at('2026-04-05T00:00', LH), at('2026-04-05T04:00', LH))).toBe(4.5 * HOUR);
    expect(cal.elapsed(at('2026-10-04T00:00', LH), at('2026-10-04T04:00', LH))).toBe(3.5 * HOUR);
    const night = build(spec({ zone: LH, weekly: [[], [], [], [], [], [], [[60, 180]]] }));
    // Sunday 01:00–03:00 local: 2.5 h real on the fall-back day, 1.5 h on the spring-forward day.
    expect(night.elapsed(at('2026-04-05T00:00', LH), at('2026-04-05T12:00', LH))).toBe(2.5 * HOUR);
    expect(night.elapsed(at('2026-10-04T00:00', LH), at('2026-10-04T12:00', LH))).toBe(1.5 * HOUR);
  });

  it('merges 23:00–24:00 with the next day 00:00–01:00', () => {
    const cal = build(spec({ weekly: [[[1380, 1440]], [[0, 60]], [], [], [], [], []] }));
    const mon = at('2026-06-01T23:00', AMS);
    expect(cal.intervals(mon - DAY, mon + DAY)).toEqual([[mon, mon + 2 * HOUR]]);
  });

  it('adds working days at the same wall time', () => {
    const fri10 = at('2026-06-05T10:00', AMS);
    expect(office.addWorkingDays(fri10, 0)).toBe(fri10);
    expect(office.addWorkingDays(fri10, 1)).toBe(at('2026-06-08T10:00', AMS));
    expect(office.addWorkingDays(at('2026-06-05T20:00', AMS), 1)).toBe(at('2026-06-08T20:00', AMS));
    expect(office.addWorkingDays(at('2026-06-06T10:00', AMS), 1)).toBe(at('2026-06-08T10:00', AMS));
    // Koningsdag is not a working day.
    const apr24 = at('2026-04-24T10:00', AMS);
    expect(office.addWorkingDays(apr24, 1)).toBe(at('2026-04-28T10:00', AMS));
    expect(office.workingDaysBetween(apr24, at('2026-04-28T09:59', AMS))).toBe(0);
    expect(office.workingDaysBetween(apr24, at('2026-04-28T10:00', AMS))).toBe(1);
    expect(office.workingDaysBetween(apr24, at('2026-05-01T10:00', AMS))).toBe(4);
  });

  it('maps a working-day target inside a DST gap forward to the gap end', () => {
    const cal = build(spec({ weekly: allWeek() }));
    expect(cal.addWorkingDays(at('2026-03-28T02:30', AMS), 1)).toBe(Date.UTC(2026, 2, 29, 1));
    // A repeated wall time uses its first occurrence.
    expect(cal.addWorkingDays(at('2026-10-24T02:30', AMS), 1)).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });

  it('throws a RangeError naming the calendar and range outside the precomputed span', () => {
    const cal = BusinessCalendar.build(spec({ name: 'support-desk', weekly: weekdays(NINE_TO_FIVE) }), YEAR_2026, {
      marginMs: 10 * DAY,
    });
    const late = Date.UTC(2030, 0, 1);
    expect(() => cal.add(late, HOUR)).toThrow(RangeError);
    expect(() => cal.add(late, HOUR)).toThrow(
      /calendar "support-desk" is precomputed for 2025-12-22T00:00:00.000Z … 2027-01-11T00:00:00.000Z/,
    );
    expect(() => cal.elapsed(Date.UTC(2020, 0, 1), YEAR_2026.from)).toThrow(RangeError);
    expect(() => cal.isOpen(Number.NaN)).toThrow(RangeError);
    // Enough open time must exist before the end of the span.
    expect(() => cal.add(Date.UTC(2027, 0, 5), 30 * DAY)).toThrow(/runs past the end/);
  });

  it('rejects malformed specs', () => {
    expect(() => build(spec({ zone: 'Mars/Olympus', weekly: allWeek() }))).toThrow(/unknown time zone/);
    expect(() => build(spec({ weekly: [[[600, 540]], [], [], [], [], [], []] }))).toThrow(RangeError);
    expect(() => build(spec({ weekly: allWeek(), closed: ['2026-02-30'] }))).toThrow(/closed date/);
    expect(() => build(spec({ name: 'x', weekly: allWeek(), holidays: [{ country: 'XX' }] }))).toThrow(
      /calendar "x": unknown holiday country "XX"/,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Property-based tests against the naive minute-walking oracle.

const ZONES = ['Europe/Amsterdam', 'America/New_York', 'Australia/Lord_Howe', 'UTC', 'Asia/Kolkata'] as const;

/** Approximate 2026 DST transitions, only used to bias random starts towards them. */
const TRANSITIONS: Record<string, number[]> = {
  'Europe/Amsterdam': [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)],
  'America/New_York': [Date.UTC(2026, 2, 8, 7), Date.UTC(2026, 10, 1, 6)],
  'Australia/Lord_Howe': [Date.UTC(2026, 3, 4, 15), Date.UTC(2026, 9, 3, 15, 30)],
  UTC: [],
  'Asia/Kolkata': [],
};

const cutPoint = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 1440 }) },
  // Day boundaries and the wall times DST transitions touch.
  { weight: 1, arbitrary: fc.constantFrom(0, 1440, 60, 90, 120, 150, 180) },
);

const dayRanges: fc.Arbitrary<Ranges> = fc.oneof(
  { weight: 2, arbitrary: fc.constant<Ranges>([]) },
  { weight: 1, arbitrary: fc.constant<Ranges>(ALL_DAY) },
  {
    weight: 5,
    arbitrary: fc.uniqueArray(cutPoint, { minLength: 2, maxLength: 6 }).map((pts) => {
      const sorted = [...pts].sort((a, b) => a - b);
      const out: Array<readonly [number, number]> = [];
      for (let i = 0; i + 1 < sorted.length; i += 2) out.push([sorted[i]!, sorted[i + 1]!]);
      return out;
    }),
  },
);

const closedDate = fc.integer({ min: 0, max: 364 }).map((d) => new Date(YEAR_2026.from + d * DAY).toISOString().slice(0, 10));

const specArb: fc.Arbitrary<CalendarSpec> = fc.record({
  name: fc.constant('random'),
  zone: fc.constantFrom(...ZONES),
  weekly: fc.array(dayRanges, { minLength: 7, maxLength: 7 }).filter((w) => w.some((d) => d.length > 0)),
  holidays: fc.constantFrom<CalendarSpec['holidays']>([], [], [{ country: 'NL' }], [{ country: 'US' }]),
  closed: fc.uniqueArray(closedDate, { maxLength: 8 }),
  // `open on <date> …` (a date may also be closed: its special hours win) and `open on public holidays …`.
  special: fc.uniqueArray(fc.record({ date: closedDate, ranges: dayRanges }), { maxLength: 12, selector: (s) => s.date }),
  holidayHours: fc.option(dayRanges, { nil: null }),
});

function startArb(zone: string): fc.Arbitrary<number> {
  const minute = fc.oneof(
    fc.integer({ min: 0, max: 365 * 1440 - 1 }).map((m) => YEAR_2026.from + m * MIN),
    ...TRANSITIONS[zone]!.map((t) => fc.integer({ min: -4 * 1440, max: 4 * 1440 }).map((m) => Math.floor(t / MIN) * MIN + m * MIN)),
  );
  // Half the starts are whole minutes, half carry a sub-minute part.
  return fc.tuple(minute, fc.oneof(fc.constant(0), fc.integer({ min: 1, max: MIN - 1 }))).map(([m, ms]) => m + ms);
}

function weeklyOpenMinutes(s: CalendarSpec): number {
  let total = 0;
  for (const day of s.weekly) for (const [a, b] of day) total += b - a;
  return total;
}

/** Whole minutes, up to two weeks' worth of this calendar's open time; often small. */
function durationArb(s: CalendarSpec): fc.Arbitrary<number> {
  const max = 2 * weeklyOpenMinutes(s);
  return fc.oneof(fc.integer({ min: 0, max: Math.min(max, 240) }), fc.integer({ min: 0, max })).map((m) => m * MIN);
}

interface Case {
  spec: CalendarSpec;
  start: number;
  duration: number;
  duration2: number;
  span: number;
}

const caseArb: fc.Arbitrary<Case> = specArb.chain((s) =>
  fc.record({
    spec: fc.constant(s),
    start: startArb(s.zone),
    duration: durationArb(s),
    duration2: durationArb(s),
    span: fc.integer({ min: 0, max: 21 * 1440 }).map((m) => m * MIN),
  }),
);

const calendars = new Map<CalendarSpec, BusinessCalendar>();
function calendarFor(s: CalendarSpec): BusinessCalendar {
  let c = calendars.get(s);
  if (c === undefined) {
    c = build(s);
    calendars.set(s, c);
  }
  return c;
}

describe('naive oracle self-check', () => {
  it('block-cached and per-minute luxon lookups agree around DST transitions', () => {
    for (const zone of ZONES) {
      const per = new NaiveCalendar(spec({ zone, weekly: allWeek() }), 'minute');
      const block = new NaiveCalendar(spec({ zone, weekly: allWeek() }), 'block');
      for (const t of TRANSITIONS[zone]!.length > 0 ? TRANSITIONS[zone]! : [Date.UTC(2026, 5, 1)]) {
        for (let m = Math.floor(t / MIN) * MIN - 12 * HOUR; m < t + 12 * HOUR; m += MIN) {
          expect(block.local(m)).toEqual(per.local(m));
        }
      }
    }
  });
});

describe('BusinessCalendar properties', () => {
  it('add, elapsed and isOpen agree with the naive minute-walking oracle', () => {
    fc.assert(
      fc.property(caseArb, ({ spec: s, start, duration, span }) => {
        const cal = calendarFor(s);
        const naive = new NaiveCalendar(s);
        expect(cal.isOpen(start)).toBe(naive.isOpen(start));
        expect(cal.add(start, duration)).toBe(naive.add(start, duration));
        expect(cal.elapsed(start, start + span)).toBe(naive.elapsed(start, start + span));
        const next = cal.nextOpening(start);
        expect(next).toBe(naive.add(start, 0));
      }),
      { numRuns: 400 },
    );
  });

  it('elapsed(a, add(a, d)) === d, add is monotonic in d, elapsed is additive', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.integer({ min: 0, max: 30 * 1440 }),
        fc.integer({ min: 0, max: 30 * 1440 }),
        ({ spec: s, start, duration, duration2: d2 }, gap1, gap2) => {
          const cal = calendarFor(s);
          const end = cal.add(start, duration);
          expect(end).toBeGreaterThanOrEqual(start);
          expect(cal.elapsed(start, end)).toBe(duration);
          const end2 = cal.add(start, d2);
          if (d2 >= duration) expect(end2).toBeGreaterThanOrEqual(end);
          else expect(end2).toBeLessThanOrEqual(end);
          const b = start + gap1 * MIN + 17;
          const c = b + gap2 * MIN + 5;
          expect(cal.elapsed(start, b) + cal.elapsed(b, c)).toBe(cal.elapsed(start, c));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('work that exactly uses up open time ends at the closing instant', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ spec: s, start }, pick) => {
        const cal = calendarFor(s);
        const ivs = cal.intervals(start, start + 21 * DAY);
        if (ivs.length === 0) return;
        const [open, end] = ivs[pick % ivs.length]!;
        const d = cal.elapsed(start, end);
        expect(cal.add(start, d)).toBe(d === 0 ? cal.nextOpening(start) : end);
        // Intervals are half-open: open at the opening instant, closed at the closing instant.
        const naive = new NaiveCalendar(s);
        expect(cal.isOpen(open)).toBe(true);
        expect(cal.isOpen(end)).toBe(naive.isOpen(end));
        expect(cal.isOpen(end - 1)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('addWorkingDays and workingDaysBetween are consistent', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 60 * 1440 }), (c, n, spanMin) => {
        const cal = calendarFor(c.spec);
        const a = c.start;
        const t = cal.addWorkingDays(a, n);
        expect(t).toBeGreaterThanOrEqual(a);
        expect(cal.workingDaysBetween(a, t)).toBe(n);
        if (n > 0) {
          expect(t).toBeGreaterThan(cal.addWorkingDays(a, n - 1));
          expect(cal.workingDaysBetween(a, t - 1)).toBe(n - 1);
        }
        const b = a + spanMin * MIN;
        const w = cal.workingDaysBetween(a, b);
        expect(cal.addWorkingDays(a, w)).toBeLessThanOrEqual(b);
        expect(cal.addWorkingDays(a, w + 1)).toBeGreaterThan(b);
      }),
      { numRuns: 300 },
    );
  });

  it('addWorkingDays agrees with the naive oracle', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 6 }), (c, n) => {
        const cal = calendarFor(c.spec);
        expect(cal.addWorkingDays(c.start, n)).toBe(new NaiveCalendar(c.spec).addWorkingDays(c.start, n));
      }),
      { numRuns: 150 },
    );
  });

  it('addWorkingDays agrees with the naive oracle when the target wall time is in a DST gap', () => {
    for (const zone of ZONES) {
      for (const tr of TRANSITIONS[zone]!) {
        const cals = [
          allWeek(),
          weekdays([
            [60, 200],
            [600, 700],
          ]),
        ].map((weekly) => spec({ zone, weekly }));
        for (const s of cals) {
          const cal = calendarFor(s);
          const naive = new NaiveCalendar(s);
          for (let t = tr - DAY - 2 * HOUR; t <= tr - DAY + 2 * HOUR; t += 7 * MIN + 1234) {
            expect(cal.addWorkingDays(t, 1)).toBe(naive.addWorkingDays(t, 1));
          }
        }
      }
    }
  });
});

describe('special opening hours', () => {
  const office = spec({
    weekly: weekdays([[8 * 60, 18 * 60]]),
    holidays: [{ country: 'NL' }],
    special: [{ date: '2026-12-24', ranges: [[8 * 60, 12 * 60]] }],
    holidayHours: [[10 * 60, 14 * 60]],
  });
  it("Christmas Eve 08:00 to 12:00 replaces the week's hours; a public holiday has the holiday hours", () => {
    const cal = build(office);
    const zone = 'Europe/Amsterdam';
    expect(cal.isOpen(at('2026-12-24T11:59', zone))).toBe(true);
    expect(cal.isOpen(at('2026-12-24T12:00', zone))).toBe(false);
    // Christmas Day (a holiday) opens 10:00 to 14:00: 4 business hours from Thursday 11:00 end at Friday 13:00
    expect(cal.add(at('2026-12-24T11:00', zone), 4 * HOUR)).toBe(at('2026-12-25T13:00', zone));
    expect(new NaiveCalendar(office).add(at('2026-12-24T11:00', zone), 4 * HOUR)).toBe(at('2026-12-25T13:00', zone));
  });
});
