/**
 * Business-calendar benchmark: due-time computations `add(created, 4 h business)` on office hours
 * Mon–Fri 08:00–18:00 Europe/Amsterdam with Dutch public holidays, for tickets created at seeded
 * pseudo-random instants in 2026. Compares slac's BusinessCalendar with the naive minute-walking
 * oracle from the tests and with moment-business-time, and checks that the answers agree.
 */
import { createRequire } from 'node:module';
import { BusinessCalendar } from '../runtime/calendar.js';
import { publicHolidays } from '../runtime/holidays.js';
import { NaiveCalendar } from '../test/runtime/naive-calendar.js';
import { mulberry32 } from './random.js';
const HOUR = 3_600_000;
const DUE = 4 * HOUR;
const TICKETS = 1_000_000;
const NAIVE_SAMPLE = 1_000; // ~10 ms each: the naive walk asks luxon about every minute
const MOMENT_SAMPLE = 20_000;
const ZONE = 'Europe/Amsterdam';
const OFFICE = [[8 * 60, 18 * 60]];
const SPEC = {
    name: 'office',
    zone: ZONE,
    weekly: [OFFICE, OFFICE, OFFICE, OFFICE, OFFICE, [], []],
    holidays: [{ country: 'NL' }],
    closed: [],
};
function tickets(n, from, to, seed) {
    const rnd = mulberry32(seed);
    const out = new Float64Array(n);
    const seconds = (to - from) / 1000;
    for (let i = 0; i < n; i++)
        out[i] = from + Math.floor(rnd() * seconds) * 1000;
    return out;
}
function gc() {
    globalThis.gc?.();
}
function fmt(rate) {
    return Math.round(rate).toLocaleString('en-US');
}
/** The hot loop, kept monomorphic and closure-free. */
function slacPass(cal, created, out) {
    for (let i = 0; i < created.length; i++)
        out[i] = cal.add(created[i], DUE);
}
export async function benchCalendar(log) {
    const from = Date.UTC(2026, 0, 1);
    const to = Date.UTC(2027, 0, 1);
    const created = tickets(TICKETS, from, to, 20260101);
    const t0 = performance.now();
    const cal = BusinessCalendar.build(SPEC, { from, to });
    log(`build: ${(performance.now() - t0).toFixed(1)} ms (${((cal.hi - cal.lo) / 86_400_000).toFixed(0)} days precomputed)`);
    // slac: warm up, then best of several full passes over 1,000,000 tickets.
    const due = new Float64Array(TICKETS);
    slacPass(cal, created, due);
    gc();
    let best = Infinity;
    for (let r = 0; r < 7; r++) {
        const s = performance.now();
        slacPass(cal, created, due);
        best = Math.min(best, performance.now() - s);
    }
    const slacRate = (TICKETS / best) * 1000;
    // Naive oracle: luxon for every minute walked, no caching.
    gc();
    const naive = new NaiveCalendar(SPEC, 'minute');
    naive.add(created[0], DUE); // load holidays outside the timing
    let naiveMismatch = 0;
    const sn = performance.now();
    for (let i = 0; i < NAIVE_SAMPLE; i++) {
        if (naive.add(created[i], DUE) !== due[i])
            naiveMismatch++;
    }
    const naiveRate = (NAIVE_SAMPLE / (performance.now() - sn)) * 1000;
    // moment-business-time in the process zone (bench/tz.ts sets TZ=Europe/Amsterdam).
    gc();
    const require = createRequire(import.meta.url);
    const moment = require('moment');
    require('moment-business-time');
    const zoneOk = moment(Date.UTC(2026, 6, 1)).utcOffset() === 120 && moment(Date.UTC(2026, 0, 1)).utcOffset() === 60;
    const holidays = [...publicHolidays(SPEC.holidays, 2026, 2027)].sort();
    const hours = ['08:00:00', '18:00:00'];
    moment.updateLocale(moment.locale(), {
        workinghours: { 0: null, 1: hours, 2: hours, 3: hours, 4: hours, 5: hours, 6: null },
        holidays,
    });
    const addMoment = (t) => moment(t).addWorkingTime(DUE / 60_000, 'minutes').valueOf();
    for (let i = 0; i < 200; i++)
        addMoment(created[i]); // warm up
    let momentMismatch = 0;
    const sm = performance.now();
    for (let i = 0; i < MOMENT_SAMPLE; i++) {
        if (addMoment(created[i]) !== due[i])
            momentMismatch++;
    }
    const momentRate = (MOMENT_SAMPLE / (performance.now() - sm)) * 1000;
    log(`due = add(created, 4 h business), Mon–Fri 08:00–18:00 ${ZONE} + NL public holidays, tickets over 2026 (seeded)`);
    log(`slac: ${fmt(slacRate)}/s (${TICKETS.toLocaleString('en-US')} tickets, best of 7), ` +
        `naive: ${fmt(naiveRate)}/s on ${NAIVE_SAMPLE} tickets (slac is ${fmt(slacRate / naiveRate)}× faster), ` +
        `moment-business-time: ${fmt(momentRate)}/s on ${MOMENT_SAMPLE} tickets (slac is ${fmt(slacRate / momentRate)}× faster)`);
    log(`mismatches vs naive oracle: ${naiveMismatch} of ${NAIVE_SAMPLE}${naiveMismatch === 0 ? '' : '  <-- BUG'}`);
    log(`mismatches vs moment-business-time: ${momentMismatch} of ${MOMENT_SAMPLE} (moment-business-time runs in the process zone, ` +
        `TZ=${process.env.TZ ?? '(unset)'}${zoneOk ? '' : ' — NOT Europe/Amsterdam, its results are not comparable'})`);
    const target = slacRate >= 5_000_000 && slacRate >= 100 * momentRate;
    log(`target (>= 5,000,000/s and >= 100× moment-business-time): ${target ? 'met' : 'NOT met'}`);
    if (naiveMismatch !== 0)
        process.exitCode = 1;
}
