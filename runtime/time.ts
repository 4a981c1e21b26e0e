/**
 * Instants, local dates and measurement periods in one time zone, without reading the machine's
 * clock, zone or locale. luxon is used only to learn a zone's UTC offsets (once per zone and
 * range) and to find the start of a period (once per period); mapping a record's instant to its
 * local date or period is arithmetic on epoch milliseconds, so the per-record path allocates no
 * luxon object.
 */
import { DateTime, IANAZone } from 'luxon';
import { quoted } from './data/echo.js';
import { lastAtOrBefore } from './search.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const SCAN = 6 * HOUR;

// ---------------------------------------------------------------------------------------------
// Timestamps in data: ISO 8601 with a mandatory offset.

const TS_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z|z)|([+-])(\d{2}):?(\d{2}))$/;
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A failure names its kind (`code`, runtime/data/problems.ts) so a data problem can be worded in any language. */
export type TimestampResult =
  | { ok: true; ms: number }
  | {
      ok: false;
      message: string;
      noOffset?: true;
      code:
        | 'timestamp-no-offset'
        | 'not-a-timestamp'
        | 'impossible-offset'
        | 'not-a-date'
        | 'not-a-time'
        | 'nonexistent-local-time'
        | 'ambiguous-local-time';
      params?: Record<string, string>;
    };

/** Resolves a local wall time (epoch ms as if it were UTC) to an instant: a data time zone (runtime/local-time.ts). */
export interface WallTimes {
  instant(wall: number, text: string): TimestampResult;
}

/**
 * Parses `2026-03-06T17:00:00+01:00` (also with a space, without seconds, with a fraction, `Z`,
 * or `+0100`): the one timestamp parser for every data format and field. A timestamp without an
 * offset is an error, never a guess, unless the data's zone is given (`local`).
 */
export function parseTimestamp(text: string, local: WallTimes | null = null): TimestampResult {
  const fast = fastTimestamp(text);
  if (!Number.isNaN(fast)) return { ok: true, ms: fast };
  const m = TS_RE.exec(text);
  if (m === null) {
    const t = quoted(text);
    if (LOCAL_RE.test(text)) {
      if (local) return localTimestamp(text, local);
      return {
        ok: false,
        noOffset: true,
        code: 'timestamp-no-offset',
        message: `timestamp ${t} has no UTC offset: add one, e.g. '${text}+01:00' or '${text}Z'`,
      };
    }
    return { ok: false, code: 'not-a-timestamp', message: `${t} is not an ISO 8601 timestamp such as 2026-03-06T17:00:00+01:00` };
  }
  const wall = wallTime(m, text);
  if (!wall.ok) return wall;
  let offset = 0;
  if (m[8] === undefined) {
    const oh = +m[10]!;
    const om = +m[11]!;
    if (oh > 18 || om > 59) return { ok: false, code: 'impossible-offset', message: `${quoted(text)} has an impossible UTC offset` };
    offset = (m[9] === '-' ? -1 : 1) * (oh * HOUR + om * MINUTE);
  }
  return { ok: true, ms: wall.ms - offset };
}

/** The date and time of a match of TS_RE or LOCAL_RE, as epoch ms as if in UTC. */
function wallTime(m: RegExpExecArray, text: string): TimestampResult {
  const year = +m[1]!;
  const month = +m[2]!;
  const day = +m[3]!;
  const hour = +m[4]!;
  const minute = +m[5]!;
  const second = m[6] === undefined ? 0 : +m[6];
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return { ok: false, code: 'not-a-date', message: `${quoted(text)} is not a real date` };
  if (hour > 23 || minute > 59 || second > 59)
    return { ok: false, code: 'not-a-time', message: `${quoted(text)} is not a real time of day` };
  return { ok: true, ms: utcMs(year, month, day, hour, minute, second, ms) };
}

/** Epoch ms of a UTC date and time (not Date.UTC: it reads years 0 to 99 as 1900 to 1999). */
function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
  return daysFromCivil(year, month, day) * DAY + hour * HOUR + minute * MINUTE + second * 1000 + ms;
}

function localTimestamp(text: string, local: WallTimes): TimestampResult {
  const wall = wallTime(LOCAL_RE.exec(text)!, text);
  return wall.ok ? local.instant(wall.ms, text) : wall;
}

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};
const two = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);

/**
 * The common shapes, `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`, read by position without a regular
 * expression or a Date (millions of records go through here). NaN when the text has another
 * shape or is not a real instant; the general parser then decides and explains.
 */
function fastTimestamp(s: string): number {
  const n = s.length;
  if (
    n < 20 ||
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 ||
    s.charCodeAt(13) !== 58 ||
    s.charCodeAt(16) !== 58
  )
    return NaN;
  const year = two(s, 0) * 100 + two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  const hour = two(s, 11);
  const minute = two(s, 14);
  const second = two(s, 17);
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    if (n < 24) return NaN;
    ms = digit(s, 20) * 100 + digit(s, 21) * 10 + digit(s, 22);
    i = 23;
  }
  let offset: number;
  const c = s.charCodeAt(i);
  if (c === 90 && i + 1 === n) offset = 0;
  else if ((c === 43 || c === 45) && i + 6 === n && s.charCodeAt(i + 3) === 58) {
    const oh = two(s, i + 1);
    const om = two(s, i + 4);
    if (!(oh <= 18 && om <= 59)) return NaN;
    offset = (c === 45 ? -1 : 1) * (oh * HOUR + om * MINUTE);
  } else return NaN;
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59 && ms >= 0))
    return NaN;
  return utcMs(year, month, day, hour, minute, second, ms) - offset;
}

// ---------------------------------------------------------------------------------------------
// Civil dates from day numbers (days since 1970-01-01), after Howard Hinnant's algorithms.

export interface Civil {
  year: number;
  month: number;
  day: number;
}

export function civilFromDays(z: number): Civil {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isoDate(days: number): string {
  const c = civilFromDays(days);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}

// ---------------------------------------------------------------------------------------------
// Periods

export type PeriodUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** A calendar period: `index` counts units (days since epoch, ISO weeks since epoch, year·12+month−1, year·4+quarter−1, year). */
export interface PeriodRef {
  unit: PeriodUnit;
  index: number;
}

/** The day number of the Monday of ISO week index 0 (1969-12-29). */
const WEEK0 = -3;

export function periodKey(p: PeriodRef): string {
  switch (p.unit) {
    case 'day':
      return isoDate(p.index);
    case 'week': {
      // ISO week-numbering year: the year of the week's Thursday.
      const thursday = WEEK0 + p.index * 7 + 3;
      const y = civilFromDays(thursday).year;
      const week = Math.floor((thursday - daysFromCivil(y, 1, 1)) / 7) + 1;
      return `${pad(y, 4)}-W${pad(week)}`;
    }
    case 'month':
      return `${pad(Math.floor(p.index / 12), 4)}-${pad((p.index % 12) + 1)}`;
    case 'quarter':
      return `${pad(Math.floor(p.index / 4), 4)}-Q${(p.index % 4) + 1}`;
    case 'year':
      return pad(p.index, 4);
  }
}

/** Parses `2026-03-10`, `2026-W11`, `2026-03`, `2026-Q1`, `2026`; null if it is none of these. */
export function parsePeriodKey(key: string): PeriodRef | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key))) {
    const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
    return { unit: 'day', index: daysFromCivil(y, mo, d) };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(key))) {
    const y = +m[1]!;
    const w = +m[2]!;
    // Week 1 holds January 4th.
    const jan4 = daysFromCivil(y, 1, 4);
    const week1 = Math.floor((jan4 - WEEK0) / 7);
    const ref: PeriodRef = { unit: 'week', index: week1 + w - 1 };
    return w >= 1 && w <= 53 && periodKey(ref) === key ? ref : null;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(key))) {
    const mo = +m[2]!;
    return mo >= 1 && mo <= 12 ? { unit: 'month', index: +m[1]! * 12 + mo - 1 } : null;
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(key))) return { unit: 'quarter', index: +m[1]! * 4 + +m[2]! - 1 };
  if ((m = /^(\d{4})$/.exec(key))) return { unit: 'year', index: +m[1]! };
  return null;
}

/** The local day number at which a period begins and (exclusive) ends. */
export function periodDays(p: PeriodRef): { from: number; to: number } {
  switch (p.unit) {
    case 'day':
      return { from: p.index, to: p.index + 1 };
    case 'week':
      return { from: WEEK0 + p.index * 7, to: WEEK0 + p.index * 7 + 7 };
    case 'month': {
      const y = Math.floor(p.index / 12);
      const m = (p.index % 12) + 1;
      return { from: daysFromCivil(y, m, 1), to: m === 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1) };
    }
    case 'quarter': {
      const y = Math.floor(p.index / 4);
      const q = p.index % 4;
      return { from: daysFromCivil(y, q * 3 + 1, 1), to: q === 3 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, q * 3 + 4, 1) };
    }
    case 'year':
      return { from: daysFromCivil(p.index, 1, 1), to: daysFromCivil(p.index + 1, 1, 1) };
  }
}

/** The period of `unit` that contains local day number `day`. */
export function periodOfDay(unit: PeriodUnit, day: number): PeriodRef {
  if (unit === 'day') return { unit, index: day };
  if (unit === 'week') return { unit, index: Math.floor((day - WEEK0) / 7) };
  const c = civilFromDays(day);
  if (unit === 'month') return { unit, index: c.year * 12 + c.month - 1 };
  if (unit === 'quarter') return { unit, index: c.year * 4 + Math.floor((c.month - 1) / 3) };
  return { unit, index: c.year };
}

/** Months ⊂ quarters ⊂ years, days ⊂ weeks: how many of the smaller unit one period spans is not needed; only order. */
const UNIT_RANK: Record<PeriodUnit, number> = { day: 0, week: 1, month: 2, quarter: 3, year: 4 };
export const unitRank = (u: PeriodUnit): number => UNIT_RANK[u];

// ---------------------------------------------------------------------------------------------

/**
 * The transitions of a zone over a range, by zone and range: the scan asks luxon (Intl) every six
 * hours, which costs 0.1 to 0.2 s over a contract's range, and many ZoneTimes cover the same one.
 * The tables are never written after they are made.
 */
const scanned = new Map<string, { at: Float64Array; offset: Float64Array }>();

/**
 * One zone over a range of instants: UTC offsets as a sorted table of transitions, so that an
 * instant's local date or period is a binary search plus arithmetic.
 */
export class ZoneTime {
  /** Offset changes, scanned on first use: a context that never asks for an offset costs no scan. */
  private transitions: { at: Float64Array; offset: Float64Array } | null = null;
  private readonly starts = new Map<number, number>();

  constructor(
    readonly zone: string,
    private readonly from: number,
    private readonly to: number,
  ) {
    if (!IANAZone.create(zone).isValid) throw new RangeError(`unknown time zone "${zone}"`);
  }

  private scan(): { at: Float64Array; offset: Float64Array } {
    const key = `${this.zone}\n${this.from}\n${this.to}`;
    let t = scanned.get(key);
    if (!t) {
      t = this.scanZone();
      // Bounded for a long-lived process (the language server sees a new range with each edited term).
      if (scanned.size >= 256) scanned.clear();
      scanned.set(key, t);
    }
    return t;
  }

  private scanZone(): { at: Float64Array; offset: Float64Array } {
    const z = IANAZone.create(this.zone);
    const off = (t: number) => Math.round(z.offset(t) * MINUTE);
    const at: number[] = [-Infinity];
    const offsets: number[] = [off(this.from)];
    let p = this.from;
    let op = offsets[0]!;
    while (p < this.to) {
      const q = Math.min(p + SCAN, this.to);
      const oq = off(q);
      if (oq !== op) {
        let lo = p;
        let hi = q;
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (off(mid) === op) lo = mid;
          else hi = mid;
        }
        at.push(hi);
        offsets.push(oq);
      }
      p = q;
      op = oq;
    }
    return { at: Float64Array.from(at), offset: Float64Array.from(offsets) };
  }

  /** UTC offset in ms at instant t. */
  offsetAt(t: number): number {
    this.transitions ??= this.scan();
    return this.transitions.offset[lastAtOrBefore(this.transitions.at, t)]!;
  }

  /** Local day number (days since 1970-01-01 in local dates) of instant t. */
  dayOf(t: number): number {
    return Math.floor((t + this.offsetAt(t)) / DAY);
  }

  periodOf(unit: PeriodUnit, t: number): PeriodRef {
    return periodOfDay(unit, this.dayOf(t));
  }

  /** The instant local midnight of `day` begins (the first instant of that date if midnight is skipped). */
  startOfDay(day: number): number {
    let s = this.starts.get(day);
    if (s === undefined) {
      const c = civilFromDays(day);
      s = DateTime.fromObject({ year: c.year, month: c.month, day: c.day }, { zone: this.zone }).startOf('day').toMillis();
      this.starts.set(day, s);
    }
    return s;
  }

  /** A local wall time (`2026-03-06`, minutes since midnight) as an instant; skipped times map forward. */
  localToInstant(date: string, minutes: number): number {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const dt = DateTime.fromObject(
      { year: y, month: m, day: d, hour: Math.floor(minutes / 60), minute: minutes % 60 },
      { zone: this.zone },
    );
    return dt.toMillis();
  }

  /** [start, end) of a period as instants. */
  periodRange(p: PeriodRef): { from: number; to: number } {
    const days = periodDays(p);
    return { from: this.startOfDay(days.from), to: this.startOfDay(days.to) };
  }

  /** `2026-03-09T13:00:00+01:00` (milliseconds only when not zero). Cached per local date and offset: this runs for every instant in a report. */
  format(t: number): string {
    const off = this.offsetAt(t);
    const wall = t + off;
    const day = Math.floor(wall / DAY);
    let date = this.dates.get(day);
    if (date === undefined) {
      date = isoDate(day);
      this.dates.set(day, date);
    }
    let rest = wall - day * DAY;
    const h = Math.floor(rest / HOUR);
    rest -= h * HOUR;
    const mi = Math.floor(rest / MINUTE);
    rest -= mi * MINUTE;
    const s = Math.floor(rest / 1000);
    const ms = rest - s * 1000;
    let zone = this.offsets.get(off);
    if (zone === undefined) {
      const a = Math.abs(off);
      const oh = Math.floor(a / HOUR);
      zone = `${off < 0 ? '-' : '+'}${pad(oh)}:${pad(Math.floor((a - oh * HOUR) / MINUTE))}`;
      this.offsets.set(off, zone);
    }
    return `${date}T${TWO[h]}:${TWO[mi]}:${TWO[s]}${ms ? `.${pad(ms, 3)}` : ''}${zone}`;
  }

  private readonly dates = new Map<number, string>();
  private readonly offsets = new Map<number, string>();
}

const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/** Adds whole months (or years as 12 months) to a local ISO date; the day is clamped to the month's end. */
export function addMonthsToDate(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const idx = y * 12 + (m - 1) + months;
  const ny = Math.floor(idx / 12);
  const nm = (idx % 12) + 1;
  return `${pad(ny, 4)}-${pad(nm)}-${pad(Math.min(d, daysInMonth(ny, nm)))}`;
}

export function dayOfIsoDate(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
}
