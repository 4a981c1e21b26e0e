/**
 * SQL business time equals the runtime's BusinessCalendar, on real DuckDB and real Postgres
 * (PGlite): random calendars in zones with DST (including Lord Howe's half-hour shift), holidays,
 * closed and special dates, 24/7 and touching ranges, random instants near the interval edges, and
 * hostile calendar keys.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../runtime/calendar.js';
import type { CalendarSpec } from '../../runtime/calendar-spec.js';
import {
  addWorkingDaysSql,
  dueSql,
  elapsedSql,
  isOpenSql,
  nextOpeningSql,
  workingDaysBetweenSql,
} from '../../compiler/emit/sql/business-time.js';
import { calendarTablesSql } from '../../compiler/emit/sql/calendars.js';
import { type Dialect, literalTable, text } from '../../compiler/emit/sql/dialect.js';
import type { Engine } from './engines.js';

const DAY = 86_400_000;
const ZONES = ['Europe/Amsterdam', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
const HOSTILE = ["'); drop table x; --", 'a"b', 'back\\slash\\', 'kalender “ü” 日本', "it''s", '--'];

const ranges = fc
  .uniqueArray(
    fc.oneof(
      fc.integer({ min: 0, max: 96 }).map((q) => q * 15),
      fc.integer({ min: 0, max: 1440 }),
    ),
    { maxLength: 6 },
  )
  .map((xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const out: Array<[number, number]> = [];
    for (let i = 0; i + 1 < s.length; i += 2) out.push([s[i]!, s[i + 1]!]);
    return out;
  });

const FULL: Array<[number, number]> = [[0, 1440]];
const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** A range around a DST change: spring (March) or autumn (October/November) 2026. */
const calendarCase = fc.record({
  key: fc.oneof(
    fc.constantFrom(...HOSTILE),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }).filter((s) => !s.includes('\u0000')),
  ),
  zone: fc.constantFrom(...ZONES),
  weekly: fc.oneof(
    { weight: 1, arbitrary: fc.constant(Array.from({ length: 7 }, () => FULL)) },
    { weight: 4, arbitrary: fc.array(ranges, { minLength: 7, maxLength: 7 }) },
  ),
  holidays: fc.boolean(),
  autumn: fc.boolean(),
  closed: fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 4 }),
  special: fc.uniqueArray(fc.record({ offset: fc.integer({ min: 41, max: 60 }), ranges }), { maxLength: 2, selector: (s) => s.offset }),
  seed: fc.integer(),
});

type Case = typeof calendarCase extends fc.Arbitrary<infer T> ? T : never;

function calendarOf(c: Case): BusinessCalendar {
  const from = Date.UTC(2026, c.autumn ? 9 : 2, 10);
  const first = Math.floor(from / DAY);
  const spec: CalendarSpec = {
    name: c.key,
    zone: c.zone,
    weekly: c.weekly,
    holidays: c.holidays ? [{ country: 'NL' }] : [],
    closed: c.closed.map((k) => isoDay(first + k)),
    special: c.special.map((s) => ({ date: isoDay(first + s.offset - 30), ranges: s.ranges })),
  };
  return BusinessCalendar.build(spec, { from, to: from + 45 * DAY }, { marginMs: 12 * DAY });
}

/** Deterministic queries from the seed: instants at, just before and after interval edges, and anywhere. */
function queriesOf(cal: BusinessCalendar, seed: number): Array<[number, number, number, number]> {
  let s = seed >>> 0;
  const rnd = (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
  const edges = cal.intervals(cal.lo, cal.hi).flat();
  const instant = () => {
    if (edges.length > 0 && rnd(3) > 0) return Math.min(cal.hi, Math.max(cal.lo, edges[rnd(edges.length)]! + rnd(3) - 1));
    return cal.lo + rnd(cal.hi - cal.lo + 1);
  };
  const out: Array<[number, number, number, number]> = [[cal.lo, cal.hi, 0, 0]];
  for (let i = 0; i < 40; i++) {
    const a = instant();
    const b = rnd(4) === 0 ? a : instant();
    const duration = [0, 1, rnd(8 * 3_600_000), rnd(5 * DAY), b > a ? cal.elapsed(a, b) : 0][rnd(5)]!;
    const n = b > a && rnd(2) === 0 ? cal.workingDaysBetween(a, b) + rnd(2) : rnd(12);
    out.push([a, b, duration, n]);
  }
  return out;
}

function orNull(f: () => number | boolean): number | null {
  try {
    const v = f();
    return typeof v === 'boolean' ? (v ? 1 : 0) : v;
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

async function check(e: Engine, c: Case): Promise<void> {
  const cal = calendarOf(c);
  const queries = queriesOf(cal, c.seed);
  const k = text(c.key);
  const el = elapsedSql(e.dialect, 'el', k, 'q.a', 'q.b');
  const due = dueSql(e.dialect, 'du', k, 'q.a', 'q.dur');
  const open = isOpenSql(e.dialect, 'op', k, 'q.a');
  const next = nextOpeningSql(e.dialect, 'nx', k, 'q.a');
  const addWd = addWorkingDaysSql(e.dialect, 'aw', k, 'q.a', 'q.n');
  const between = workingDaysBetweenSql(e.dialect, 'wb', k, 'q.a', 'q.b');
  await e.exec(
    calendarTablesSql(e.dialect, [{ key: c.key, calendar: cal }]) +
      literalTable(
        e.dialect,
        'q',
        [
          { name: 'id', type: 'INTEGER' },
          { name: 'a', type: 'BIGINT' },
          { name: 'b', type: 'BIGINT' },
          { name: 'dur', type: 'BIGINT' },
          { name: 'n', type: 'INTEGER' },
        ],
        queries.map((q, i) => [i, ...q]),
      ),
  );
  const rows = await e.rows(
    `SELECT q.id, ${el.value} AS elapsed, ${due.value} AS due, ${open.value} AS open, ${next.value} AS next,` +
      ` ${addWd.value} AS add_wd, ${between.value} AS between_wd FROM q\n` +
      `${el.joins}${due.joins}${open.joins}${next.joins}${addWd.joins}${between.joins}ORDER BY q.id`,
  );
  const expected = queries.map(([a, b, dur, n], id) => ({
    id,
    elapsed: orNull(() => cal.elapsed(a, b)),
    due: orNull(() => cal.add(a, dur)),
    open: orNull(() => cal.isOpen(a)),
    next: orNull(() => cal.nextOpening(a)),
    add_wd: orNull(() => cal.addWorkingDays(a, n)),
    between_wd: orNull(() => cal.workingDaysBetween(a, b)),
  }));
  expect(rows).toEqual(expected);
}

/** The cases, on the engines of the one test file (test/sql/sql.test.ts). */
export function businessTimeCases(engine: (d: Dialect) => Engine): void {
  describe('business time in SQL equals BusinessCalendar', () => {
    for (const name of ['duckdb', 'postgres'] as const) {
      it(`${name}: random calendars across DST, holidays and hostile keys`, async () => {
        const e = engine(name);
        await fc.assert(
          fc.asyncProperty(calendarCase, (c) => check(e, c)),
          { numRuns: 15 },
        );
      });
    }
  });
}
