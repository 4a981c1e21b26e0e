/**
 * The worst case of a chain of clocks against a bound (compiler/underpinning/fit.ts) equals what a
 * brute-force oracle finds by trying every start minute: open time counted on the minutes of the
 * naive calendar of test/runtime/naive-calendar.ts (which shares no logic with the runtime's
 * calendars), working days by the runtime's addWorkingDays (tested against the naive calendar in
 * test/runtime/calendar.test.ts). Small random calendars in zones with DST, closed dates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../runtime/calendar.js';
import type { CalendarSpec } from '../../runtime/calendar-spec.js';
import { openTimeStage, plainStage, type Stage, wallStage, worstCase } from '../../compiler/underpinning/fit.js';
import { NaiveCalendar } from '../runtime/naive-calendar.js';

const MIN = 60_000;
const DAY = 86_400_000;
type Ranges = Array<readonly [number, number]>;

/** Around the spring-forward night in Europe (29 March 2026) and in New York (8 March 2026). */
const STARTS = [Date.UTC(2026, 2, 26), Date.UTC(2026, 2, 5), Date.UTC(2026, 9, 23), Date.UTC(2026, 5, 10)];
const SPAN = 2 * DAY;
/** How far the oracle's minute grid reaches beyond the range. */
const GRID = 24 * DAY;

/** Open time by counting the naive calendar's open minutes on a grid. */
class Oracle extends NaiveCalendar {
  private readonly cum: Int32Array;
  constructor(
    spec: CalendarSpec,
    readonly from: number,
  ) {
    super(spec);
    // Open minutes before each minute of the grid: open time by counting minutes.
    const n = (GRID + SPAN) / MIN;
    this.cum = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.cum[i + 1] = this.cum[i]! + (this.isOpenMinute(from + i * MIN) ? 1 : 0);
  }
  /** The end of `minutes` open minutes from the whole minute t. */
  addMinutes(t: number, minutes: number): number {
    const i = (t - this.from) / MIN;
    const want = this.cum[i]! + minutes;
    let m = i;
    while (this.cum[m + 1]! < want) m++;
    return this.from + (m + 1) * MIN;
  }
}

const cut = fc.oneof(
  fc.integer({ min: 0, max: 48 }).map((h) => h * 30),
  fc.constantFrom(0, 1440, 120, 150, 180),
);
const dayRanges: fc.Arbitrary<Ranges> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<Ranges>([]) },
  { weight: 1, arbitrary: fc.constant<Ranges>([[0, 1440]]) },
  {
    weight: 4,
    arbitrary: fc.uniqueArray(cut, { minLength: 2, maxLength: 4 }).map((pts) => {
      const sorted = [...pts].sort((a, b) => a - b);
      const out: Array<readonly [number, number]> = [];
      for (let i = 0; i + 1 < sorted.length; i += 2) out.push([sorted[i]!, sorted[i + 1]!]);
      return out;
    }),
  },
);
const weeklyOpen = (w: Ranges[]) => w.reduce((t, d) => t + d.reduce((s, [a, b]) => s + b - a, 0), 0);

function specArb(from: number): fc.Arbitrary<CalendarSpec> {
  const closed = fc.integer({ min: -1, max: 10 }).map((d) => new Date(from + d * DAY).toISOString().slice(0, 10));
  return fc.record({
    name: fc.constant('random'),
    zone: fc.constantFrom('Europe/Amsterdam', 'America/New_York', 'UTC'),
    weekly: fc
      .array(dayRanges, { minLength: 7, maxLength: 7 })
      .filter((w) => weeklyOpen(w) >= 900 && w.filter((d) => d.length > 0).length >= 3),
    holidays: fc.constant([]),
    closed: fc.uniqueArray(closed, { maxLength: 3 }),
  });
}

type StageSpec =
  | { kind: 'plain'; minutes: number }
  | { kind: 'open'; cal: number; minutes: number }
  | { kind: 'days'; cal: number; days: number };

const stageArb = (calendars: number): fc.Arbitrary<StageSpec> =>
  fc.oneof(
    fc.record({ kind: fc.constant('plain' as const), minutes: fc.integer({ min: 0, max: 600 }) }),
    fc.record({ kind: fc.constant('open' as const), cal: fc.nat(calendars - 1), minutes: fc.integer({ min: 1, max: 240 }) }),
    fc.record({ kind: fc.constant('days' as const), cal: fc.nat(calendars - 1), days: fc.integer({ min: 1, max: 2 }) }),
  );

const caseArb = fc.constantFrom(...STARTS).chain((from) =>
  fc.array(specArb(from), { minLength: 1, maxLength: 3 }).chain((specs) =>
    fc.record({
      from: fc.constant(from),
      specs: fc.constant(specs),
      chain: fc.array(stageArb(specs.length), { minLength: 1, maxLength: 3 }),
      bound: stageArb(specs.length),
    }),
  ),
);

describe('the worst case of a chain of clocks', () => {
  it('is what trying every start minute finds', () => {
    fc.assert(
      fc.property(caseArb, ({ from, specs, chain, bound }) => {
        const to = from + SPAN;
        const cals = specs.map((s) => BusinessCalendar.build(s, { from, to }));
        const oracles = specs.map((s) => new Oracle(s, from - DAY));
        const stage = (s: StageSpec): Stage =>
          s.kind === 'plain'
            ? plainStage(s.minutes * MIN)
            : s.kind === 'open'
              ? openTimeStage(cals[s.cal]!, s.minutes * MIN)
              : wallStage(cals[s.cal]!, (t) => cals[s.cal]!.addWorkingDays(t, s.days));
        const naive = (s: StageSpec, t: number): number =>
          s.kind === 'plain'
            ? t + s.minutes * MIN
            : s.kind === 'open'
              ? oracles[s.cal]!.addMinutes(t, s.minutes)
              : cals[s.cal]!.addWorkingDays(t, s.days);
        const swept = worstCase(chain.map(stage), [stage(bound)], from, to);
        let best = { start: 0, overrun: -Infinity };
        for (let t = from; t < to; t += MIN) {
          const end = chain.reduce((x, s) => naive(s, x), t);
          const overrun = end - naive(bound, t);
          if (overrun > best.overrun) best = { start: t, overrun };
        }
        expect({ start: new Date(swept.start).toISOString(), overrun: swept.overrun }).toEqual({
          start: new Date(best.start).toISOString(),
          overrun: best.overrun,
        });
        // The sweep visits change points, not minutes.
        expect(swept.pieces).toBeLessThan(SPAN / MIN / 4);
      }),
      { numRuns: 25, seed: 20261201 },
    );
  });
});
