/**
 * A deliberately naive business calendar used as a test oracle and benchmark baseline: it walks
 * real time minute by minute and asks luxon for each minute's local wall time. It shares no logic
 * with runtime/calendar.ts beyond the holiday list.
 *
 * Definition: the minute [m, m + 1 min) (m a whole UTC minute) is open iff its local date is not
 * closed and its local minute of day lies in one of that weekday's ranges. This is exact for zones
 * whose offsets are whole minutes (all zones used in the tests).
 *
 * `mode: 'block'` (default) asks luxon once per 15-minute UTC block and memoises the answer; that
 * is exact when offsets are multiples of 15 minutes and change on 15-minute UTC boundaries (true for
 * every zone the tests use; asserted). `mode: 'minute'` asks luxon for every minute, uncached.
 */
import { DateTime } from 'luxon';
import { publicHolidays } from '../../runtime/holidays.js';
const MIN = 60_000;
const BLOCK = 15 * MIN;
export class NaiveCalendar {
    spec;
    mode;
    closed = new Set();
    loadedYears = new Set();
    /** Per-zone memo of block lookups, shared by instances (pure data). */
    static blockCache = new Map();
    blocks;
    constructor(spec, mode = 'block') {
        this.spec = spec;
        this.mode = mode;
        for (const d of spec.closed)
            this.closed.add(d);
        let blocks = NaiveCalendar.blockCache.get(spec.zone);
        if (blocks === undefined) {
            blocks = new Map();
            NaiveCalendar.blockCache.set(spec.zone, blocks);
        }
        this.blocks = blocks;
    }
    holidays = new Set();
    /** The opening ranges of a local date: special hours, else closed, else holiday hours, else the week's. */
    rangesOf(date, weekday) {
        const special = this.spec.special?.find((s) => s.date === date);
        if (special)
            return special.ranges;
        if (this.closed.has(date))
            return [];
        const year = Number(date.slice(0, 4));
        if (!this.loadedYears.has(year)) {
            this.loadedYears.add(year);
            for (const d of publicHolidays(this.spec.holidays, year, year))
                this.holidays.add(d);
        }
        if (this.holidays.has(date))
            return this.spec.holidayHours ?? [];
        return this.spec.weekly[weekday - 1];
    }
    /** Local date, weekday and minute of day of a whole UTC minute m. */
    local(m) {
        if (this.mode === 'minute') {
            const dt = DateTime.fromMillis(m, { zone: this.spec.zone });
            return { date: dt.toISODate(), weekday: dt.weekday, minuteOfDay: dt.hour * 60 + dt.minute };
        }
        const b = Math.floor(m / BLOCK);
        let l = this.blocks.get(b);
        if (l === undefined) {
            const dt = DateTime.fromMillis(b * BLOCK, { zone: this.spec.zone });
            if (dt.offset % 15 !== 0)
                throw new Error(`naive oracle: zone ${this.spec.zone} offset ${dt.offset} is not a multiple of 15 min`);
            l = { date: dt.toISODate(), weekday: dt.weekday, minuteOfDay: dt.hour * 60 + dt.minute };
            this.blocks.set(b, l);
        }
        return { date: l.date, weekday: l.weekday, minuteOfDay: l.minuteOfDay + (m - b * BLOCK) / MIN };
    }
    /** Whether the whole minute starting at m (a multiple of 60 000) is open. */
    isOpenMinute(m) {
        const l = this.local(m);
        for (const [s, e] of this.rangesOf(l.date, l.weekday)) {
            if (l.minuteOfDay >= s && l.minuteOfDay < e)
                return true;
        }
        return false;
    }
    isOpen(t) {
        return this.isOpenMinute(Math.floor(t / MIN) * MIN);
    }
    /** Open time in [a, b). */
    elapsed(a, b) {
        let total = 0;
        for (let m = Math.floor(a / MIN) * MIN; m < b; m += MIN) {
            if (this.isOpenMinute(m))
                total += Math.min(b, m + MIN) - Math.max(a, m);
        }
        return total;
    }
    /** Earliest instant by which d of open time has elapsed from a; add(a, 0) = next opening. */
    add(a, d, limit = a + 400 * 86_400_000) {
        let remaining = d;
        for (let m = Math.floor(a / MIN) * MIN; m < limit; m += MIN) {
            if (!this.isOpenMinute(m))
                continue;
            const from = Math.max(a, m);
            if (remaining === 0)
                return from;
            const avail = m + MIN - from;
            if (remaining <= avail)
                return from + remaining;
            remaining -= avail;
        }
        throw new Error('naive oracle: no result within limit');
    }
    /** Naive wall time (ms, as if UTC) of an instant. */
    wall(t) {
        const m = Math.floor(t / MIN) * MIN;
        const l = this.local(m);
        return Date.parse(`${l.date}T00:00:00Z`) + l.minuteOfDay * MIN + (t - m);
    }
    /** Whether any minute of the local date is open. */
    isWorkingDate(date) {
        // Scan every real minute that could carry this local date.
        const midnight = Date.parse(`${date}T00:00:00Z`);
        for (let m = midnight - 15 * 3_600_000; m < midnight + 39 * 3_600_000; m += MIN) {
            const l = this.local(m);
            if (l.date !== date)
                continue;
            if (this.isOpenMinute(m))
                return true;
        }
        return false;
    }
    /** Same wall time on the n-th following working date; gap times map to the gap end. */
    addWorkingDays(a, n) {
        if (n === 0)
            return a;
        const wallA = this.wall(a);
        const dateA = new Date(wallA).toISOString().slice(0, 10);
        const tod = wallA - Date.parse(`${dateA}T00:00:00Z`);
        let date = DateTime.fromISO(dateA, { zone: 'UTC' });
        let left = n;
        while (left > 0) {
            date = date.plus({ days: 1 });
            if (this.isWorkingDate(date.toISODate()))
                left--;
        }
        const target = date.toMillis() + tod;
        // Earliest instant whose wall time is >= target.
        for (let m = Math.floor((target - 15 * 3_600_000) / MIN) * MIN;; m += MIN) {
            const w = this.wall(m);
            if (w >= target)
                return m;
            if (w + MIN > target)
                return m + (target - w);
        }
    }
}
