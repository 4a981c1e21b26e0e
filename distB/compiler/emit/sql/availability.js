import { addDurationSql, elapsedSql } from './business-time.js';
import { CALENDAR_TIME_TABLE } from './calendars.js';
import { ident, int, text, unionView } from './dialect.js';
export const AVAILABILITY_VIEW = 'slac_availability';
export const OUTAGE_PIECES_VIEW = 'slac_outage_pieces';
/** Per availability objective, its outages' pieces: `cls` counted or the reason excluded; `note` why an excludable one counts. */
const PIECE_COLUMNS = [
    { name: 'objective', type: 'TEXT' },
    { name: 'record', type: 'BIGINT' },
    { name: 'start_ms', type: 'BIGINT' },
    { name: 'end_ms', type: 'BIGINT' },
    { name: 'cls', type: 'TEXT' },
    { name: 'note', type: 'TEXT' },
    { name: 'latest_ms', type: 'BIGINT' },
];
/** The view's amounts after window_ms, all BIGINT milliseconds. */
const AMOUNTS = [
    'downtime_ms',
    'over_cap_ms',
    'force_majeure_ms',
    'customer_caused_ms',
    'third_party_ms',
    'maintenance_ms',
    'outside_window_ms',
];
/** Classes in priority order (an instant has the first that covers it). */
const CLASSES = ['counted', 'force-majeure', 'customer-caused', 'third-party', 'maintenance'];
const COLUMN = {
    counted: 'c_counted',
    'force-majeure': 'c_force_majeure',
    'customer-caused': 'c_customer_caused',
    'third-party': 'c_third_party',
    maintenance: 'c_maintenance',
};
function exclusionOf(o, reason) {
    return o.exclusions.find((e) => e.exclusion === reason) ?? null;
}
/**
 * The class of a whole outage (classifyWhole), why an excludable one still counts (`note`, a
 * NoteCode of runtime/evaluate/availability.ts), the instant its announcement was needed by
 * (`latest`, NULL: never), and the joins they need.
 */
function wholeClass(d, cals, o, calendar) {
    let joins = '';
    const cls = [`WHEN 'unplanned' THEN 'counted'`];
    const note = [`WHEN 'unplanned' THEN NULL`];
    for (const kind of ['force-majeure', 'customer-caused', 'third-party']) {
        cls.push(`WHEN ${text(kind)} THEN ${text(exclusionOf(o, kind) ? kind : 'counted')}`);
        note.push(`WHEN ${text(kind)} THEN ${exclusionOf(o, kind) ? 'NULL' : `'not-excluded'`}`);
    }
    const m = exclusionOf(o, 'maintenance');
    let planned = text(m ? 'maintenance' : 'counted');
    let plannedNote = m ? 'NULL' : `'not-excluded'`;
    let latestMs = 'CAST(NULL AS BIGINT)';
    if (m?.notice) {
        const latest = addDurationSql(d, cals, 'notice', 'x.announced_ms', m.notice, m.noticeCalendar ?? calendar);
        joins = latest.joins;
        latestMs = `CASE WHEN x.kind = 'planned' THEN ${latest.value} END`;
        planned = `CASE WHEN x.announced_ms IS NULL OR ${latest.value} IS NULL OR ${latest.value} > x.start_ms THEN 'counted' ELSE 'maintenance' END`;
        plannedNote = `CASE WHEN x.announced_ms IS NULL THEN 'no-announcement' WHEN ${latest.value} IS NULL OR ${latest.value} > x.start_ms THEN 'late' END`;
    }
    cls.push(`WHEN 'planned' THEN ${planned}`);
    note.push(`WHEN 'planned' THEN ${plannedNote}`);
    return { joins, cls: `CASE x.kind ${cls.join(' ')} END`, note: `CASE x.kind ${note.join(' ')} END`, latest: latestMs };
}
/** The cap periods as (key, from_ms, to_ms): the exclusion's unit in the contract's zone, else the objective's periods. */
function capPeriods(cals, m) {
    if (!m.capPeriod) {
        // The first period holding t (runtime capPeriodOf): periods in order, each from where the earlier ones end.
        return `SELECT period AS key, GREATEST(from_ms, COALESCE(MAX(to_ms) OVER (ORDER BY from_ms ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), from_ms)) AS from_ms, to_ms FROM p`;
    }
    const ctx = cals.ctx;
    const unit = m.capPeriod.unit;
    const first = ctx.zone.periodOf(unit, ctx.validFrom).index;
    const last = ctx.zone.periodOf(unit, ctx.validTo).index;
    const rows = [];
    for (let i = first; i <= last; i++) {
        const r = ctx.zone.periodRange({ unit, index: i });
        rows.push(`(${text(`${unit}:${i}`)}, ${int(r.from)}, ${int(r.to)})`);
    }
    return `SELECT * FROM (VALUES ${rows.join(', ')}) AS v(key, from_ms, to_ms)`;
}
/** The pieces of the objective's outages (runtime classify): one row per outage, or per part inside and outside a maintenance window. */
function piecesSql(d, cals, o, inputs) {
    if (o.measure.kind !== 'availability')
        throw new TypeError(`objective ${o.name} is not an availability objective`);
    const calendar = o.measure.calendar;
    const asOf = `(${inputs.asOf})`;
    const whole = wholeClass(d, cals, o, calendar);
    const m = exclusionOf(o, 'maintenance');
    const cte = `whole AS (SELECT x.record, x.start_ms AS s, COALESCE(x.end_ms, ${asOf}) AS e, x.kind, ${whole.cls} AS cls, ${whole.note} AS note, ${whole.latest} AS latest_ms` +
        ` FROM ${ident(inputs.outages)} AS x\n${whole.joins}WHERE x.service = ${text(o.measure.service)} AND COALESCE(x.end_ms, ${asOf}) > x.start_ms)`;
    let pieces = 'SELECT record, s, e, cls, note, latest_ms FROM whole';
    if (m?.window) {
        const win = text(cals.window(m.window, cals.zoneOf(calendar)));
        // Without a notice clause, maintenance outside the window counts.
        const fallback = m.notice ? 'w.cls' : `'counted'`;
        const fallbackNote = m.notice ? 'w.note' : `'outside-window'`;
        const st = ident(CALENDAR_TIME_TABLE);
        const split = `SELECT w.record, GREATEST(w.s, st.from_ms) AS s, LEAST(w.e, st.to_ms) AS e, CASE WHEN st.is_open = 1 THEN 'maintenance' ELSE ${fallback} END AS cls,` +
            ` CASE WHEN st.is_open = 1 THEN NULL ELSE ${fallbackNote} END AS note, w.latest_ms ` +
            `FROM whole AS w JOIN ${st} AS st ON st.calendar = ${win} AND st.from_ms < w.e AND st.to_ms > w.s WHERE w.kind = 'planned'`;
        // The calendar's steps joined into the runs inside and outside the window, as runtime splitByWindow has them.
        const same = `LAG(e) OVER (PARTITION BY record ORDER BY s) = s AND LAG(cls) OVER (PARTITION BY record ORDER BY s) = cls`;
        const runs = `SELECT record, s, e, cls, note, latest_ms, SUM(brk) OVER (PARTITION BY record ORDER BY s ROWS UNBOUNDED PRECEDING) AS run ` +
            `FROM (SELECT sp.*, CASE WHEN ${same} THEN 0 ELSE 1 END AS brk FROM (${split}) AS sp) AS b`;
        pieces =
            `SELECT record, s, e, cls, note, latest_ms FROM whole WHERE kind <> 'planned' UNION ALL ` +
                `SELECT record, MIN(s), MAX(e), cls, note, latest_ms FROM (${runs}) AS r GROUP BY record, run, cls, note, latest_ms`;
    }
    return (`SELECT * FROM (WITH ${cte}\nSELECT ${text(o.name)} AS objective, record, s AS start_ms, e AS end_ms, cls, note, latest_ms FROM (${pieces}) AS pc)` +
        ` AS ${ident(`pieces ${o.name}`)}`);
}
function objectiveSql(d, cals, o, inputs) {
    if (o.measure.kind !== 'availability')
        throw new TypeError(`objective ${o.name} is not an availability objective`);
    const calendar = o.measure.calendar;
    const calKey = calendar === null ? null : text(cals.named(calendar));
    const m = exclusionOf(o, 'maintenance');
    const pieces = `SELECT start_ms AS s, end_ms AS e, cls FROM ${ident(OUTAGE_PIECES_VIEW)} WHERE objective = ${text(o.name)}`;
    const cap = m?.cap ?? null;
    if (cap && (cap.clock === 'working' || cap.clock === 'calendar' || cap.unit === 'month' || cap.unit === 'year')) {
        // The checker rejects these (check-exclusions.ts): they are no length of window time.
        throw new RangeError(`objective ${o.name}: a maintenance cap of ${cap.value} ${cap.clock} ${cap.unit}s has no length of time`);
    }
    const win = calKey === null ? { joins: '', value: '(sg.t2 - sg.t)' } : elapsedSql(d, 'wn', calKey, 'sg.t', 'sg.t2');
    const periodWindow = calKey === null ? { joins: '', value: '(p.to_ms - p.from_ms)' } : elapsedSql(d, 'pw', calKey, 'p.from_ms', 'p.to_ms');
    const sums = CLASSES.map((c) => `SUM(CASE WHEN cls = ${text(c)} THEN dlt ELSE 0 END) AS ${COLUMN[c]}`).join(', ');
    const running = CLASSES.map((c) => `SUM(${COLUMN[c]}) OVER (ORDER BY t ROWS UNBOUNDED PRECEDING) AS ${COLUMN[c]}`).join(', ');
    const segClass = `CASE ${CLASSES.map((c) => `WHEN ${COLUMN[c]} > 0 THEN ${text(c)}`).join(' ')} END`;
    const byClass = (c) => `SUM(CASE WHEN sw.cls = ${text(c)} THEN sw.win ELSE 0 END)`;
    const ctes = [
        `p AS (SELECT period, from_ms, to_ms FROM ${ident(inputs.periods)} WHERE objective = ${text(o.name)})`,
        `rng AS (SELECT MIN(from_ms) AS lo, MAX(to_ms) AS hi FROM p)`,
        `pieces AS (${pieces})`,
        cap ? `cap AS (${capPeriods(cals, m)})` : null,
        `ev AS (SELECT s AS t, cls, 1 AS dlt FROM pieces WHERE e > s UNION ALL SELECT e, cls, -1 FROM pieces WHERE e > s` +
            ` UNION ALL SELECT from_ms, NULL, 0 FROM p UNION ALL SELECT to_ms, NULL, 0 FROM p${cap ? ' UNION ALL SELECT from_ms, NULL, 0 FROM cap UNION ALL SELECT to_ms, NULL, 0 FROM cap' : ''})`,
        `pts AS (SELECT t, ${sums} FROM ev GROUP BY t)`,
        `cov AS (SELECT t, LEAD(t) OVER (ORDER BY t) AS t2, ${running} FROM pts)`,
        `sg AS (SELECT t, t2, ${segClass} AS cls FROM cov WHERE t2 IS NOT NULL AND (${CLASSES.map((c) => `${COLUMN[c]} > 0`).join(' OR ')}))`,
        `sw AS (SELECT sg.t, sg.t2, sg.cls, ${win.value} AS win FROM sg\n${win.joins})`,
        cap
            ? `mt AS (SELECT sw.t, cap.key, sw.win FROM sw JOIN cap ON cap.from_ms <= sw.t AND sw.t2 <= cap.to_ms CROSS JOIN rng WHERE sw.cls = 'maintenance' AND sw.t >= rng.lo AND sw.t2 <= rng.hi)`
            : null,
        cap
            ? `ov AS (SELECT t, win - LEAST(win, GREATEST(0, ${int(cap.amount)} - COALESCE(SUM(win) OVER (PARTITION BY key ORDER BY t ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))) AS over_ms FROM mt)`
            : `ov AS (SELECT CAST(NULL AS BIGINT) AS t, CAST(0 AS BIGINT) AS over_ms WHERE FALSE)`,
        `agg AS (SELECT p.period, ${byClass('counted')} + SUM(COALESCE(ov.over_ms, 0)) AS downtime_ms, SUM(COALESCE(ov.over_ms, 0)) AS over_cap_ms,` +
            ` ${byClass('force-majeure')} AS force_majeure_ms, ${byClass('customer-caused')} AS customer_caused_ms, ${byClass('third-party')} AS third_party_ms,` +
            ` ${byClass('maintenance')} - SUM(CASE WHEN sw.cls = 'maintenance' THEN COALESCE(ov.over_ms, 0) ELSE 0 END) AS maintenance_ms,` +
            ` SUM((sw.t2 - sw.t) - sw.win) AS outside_window_ms` +
            ` FROM p JOIN sw ON p.from_ms <= sw.t AND sw.t2 <= p.to_ms LEFT JOIN ov ON ov.t = sw.t GROUP BY p.period)`,
    ].filter((x) => x !== null);
    const zero = (c) => `CAST(COALESCE(agg.${c}, 0) AS BIGINT) AS ${c}`;
    return (`SELECT * FROM (WITH ${ctes.join(',\n')}\nSELECT ${text(o.name)} AS objective, p.period, CAST(${periodWindow.value} AS BIGINT) AS window_ms, ` +
        AMOUNTS.map(zero).join(', ') +
        ` FROM p\n${periodWindow.joins}LEFT JOIN agg ON agg.period = p.period) AS ${ident(`availability ${o.name}`)}`);
}
/**
 * `CREATE VIEW slac_outage_pieces` and `CREATE VIEW slac_availability` over every availability
 * objective (empty views without one).
 */
export function availabilitySql(d, cals, objectives, inputs) {
    const mine = objectives.filter((o) => o.measure.kind === 'availability');
    const columns = ['window_ms', ...AMOUNTS].map((name) => ({ name, type: 'BIGINT' }));
    return (unionView(d, OUTAGE_PIECES_VIEW, PIECE_COLUMNS, mine.map((o) => piecesSql(d, cals, o, inputs))) +
        unionView(d, AVAILABILITY_VIEW, [{ name: 'objective', type: 'TEXT' }, { name: 'period', type: 'TEXT' }, ...columns], mine.map((o) => objectiveSql(d, cals, o, inputs))));
}
