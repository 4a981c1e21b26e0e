import { durationText, msText } from './context.js';
import { ratio } from './exact.js';
import { clip, intersect, measure, subtract, union } from './intervals.js';
import { errorBudget } from './error-budget.js';
const REASON_ORDER = ['force-majeure', 'customer-caused', 'third-party', 'maintenance'];
function windowsOf(ctx, pairs) {
    const out = [];
    for (let i = 0; i < pairs.length; i += 2)
        out.push({ from: ctx.fmt(pairs[i]), to: ctx.fmt(pairs[i + 1]) });
    return out;
}
/** The records of the outages (or parts of outages) that touch `set`, each once. */
function touching(outages, set) {
    return [...new Set(outages.filter((o) => intersect([o.start, o.end], set).length > 0).map((o) => o.input.ref))];
}
/** The reason an outage of this kind is excluded for, when the objective excludes it. */
const wantedOf = (kind) => (kind === 'unplanned' ? null : kind === 'planned' ? 'maintenance' : kind);
/** A note in words; `latest` is the instant the announcement was needed by (Infinity: never). */
function noteText(ctx, out, exclusion, why, latest) {
    switch (why) {
        case 'not-excluded': {
            const wanted = wantedOf(out.kind);
            return `the objective does not exclude ${wanted === 'maintenance' ? 'maintenance' : wanted.replace('-', ' ')}`;
        }
        case 'no-announcement':
            return 'planned maintenance without an announcement counts';
        case 'late':
            return `announced ${ctx.fmt(out.announced)}, less than ${durationText(exclusion.notice)} ahead (needed by ${Number.isFinite(latest) ? ctx.fmt(latest) : 'never'})`;
        case 'outside-window':
            return 'planned maintenance outside the maintenance window counts';
    }
}
/**
 * A piece classified elsewhere (the SQL engine): `reason` null counts, `why` says why an
 * excludable outage still counts.
 */
export function outagePiece(ctx, o, input, start, end, reason, why, latest) {
    const wanted = wantedOf(input.outage.kind);
    const exclusion = wanted === null ? null : (o.exclusions.find((e) => e.exclusion === wanted) ?? null);
    return { input, start, end, reason, note: why === null ? null : noteText(ctx, input.outage, exclusion, why, latest), exclusion };
}
/**
 * A planned outage under a maintenance window: its parts inside the window are maintenance
 * whatever the notice; the parts outside count unless `fallback` (announced in time) says so.
 */
function splitByWindow(ctx, o, base, exclusion, fallback) {
    const calendar = o.measure.kind === 'availability' ? o.measure.calendar : null;
    const zone = calendar === null ? ctx.contract.zone : (ctx.contract.calendars.find((c) => c.name === calendar)?.zone ?? ctx.contract.zone);
    const inside = ctx.weeklyCalendar(exclusion.window, zone).intervals(base.start, base.end).flat();
    const outside = subtract([base.start, base.end], inside);
    const out = [];
    for (let i = 0; i < inside.length; i += 2)
        out.push({ ...base, start: inside[i], end: inside[i + 1], reason: 'maintenance', note: null, exclusion });
    for (let i = 0; i < outside.length; i += 2)
        out.push({ ...fallback, start: outside[i], end: outside[i + 1] });
    return out;
}
function classify(ctx, o, input, asOf) {
    const one = classifyWhole(ctx, o, input, asOf);
    if (one === null)
        return [];
    const e = one.exclusion;
    if (input.outage.kind !== 'planned' || !e?.window)
        return [one];
    // Without a notice clause, maintenance outside the window counts.
    const fallback = e.notice ? one : { ...one, reason: null, note: noteText(ctx, input.outage, e, 'outside-window', Infinity) };
    return splitByWindow(ctx, o, { input, start: one.start, end: one.end }, e, fallback);
}
function classifyWhole(ctx, o, input, asOf) {
    const out = input.outage;
    const end = out.end ?? asOf;
    if (!(end > out.start))
        return null;
    const base = { input, start: out.start, end };
    const calendar = o.measure.kind === 'availability' ? o.measure.calendar : null;
    const wanted = wantedOf(out.kind);
    if (wanted === null)
        return { ...base, reason: null, note: null, exclusion: null };
    const exclusion = o.exclusions.find((e) => e.exclusion === wanted) ?? null;
    const counts = (why, latest = Infinity) => ({
        ...base,
        reason: null,
        note: noteText(ctx, out, exclusion, why, latest),
        exclusion,
    });
    if (!exclusion)
        return counts('not-excluded');
    if (wanted === 'maintenance' && exclusion.notice) {
        if (out.announced === null)
            return counts('no-announcement');
        let latest;
        try {
            latest = ctx.addDuration(out.announced, exclusion.notice, exclusion.noticeCalendar ?? calendar);
        }
        catch (e) {
            if (!(e instanceof RangeError))
                throw e;
            latest = Infinity;
        }
        if (latest > out.start)
            return counts('late', latest);
    }
    return { ...base, reason: wanted, note: null, exclusion };
}
/**
 * Evaluates the objective over its periods. `outages` are all outages of any service (the
 * objective picks its own); `asOf` ends outages still going on.
 */
export function evaluateAvailability(ctx, o, outages, periods, asOf) {
    if (o.measure.kind !== 'availability' || periods.length === 0)
        return [];
    const service = o.measure.service;
    return availabilityOf(ctx, o, outages.filter((x) => x.outage.service === service).flatMap((x) => classify(ctx, o, x, asOf)), periods, asOf);
}
/** The same from the objective's outage pieces (in input order): classified here, or by the SQL engine. */
export function availabilityOf(ctx, o, mine, periods, asOf) {
    if (o.measure.kind !== 'availability' || periods.length === 0)
        return [];
    const m = o.measure;
    const rangeFrom = Math.min(...periods.map((p) => p.from));
    const rangeTo = Math.max(...periods.map((p) => p.to));
    const window = m.calendar === null ? [rangeFrom, rangeTo] : ctx.calendar(m.calendar).intervals(rangeFrom, rangeTo).flat();
    const counted = union(mine.filter((x) => x.reason === null).flatMap((x) => [x.start, x.end]));
    const excluded = new Map();
    let taken = counted;
    for (const reason of REASON_ORDER) {
        const set = subtract(union(mine.filter((x) => x.reason === reason).flatMap((x) => [x.start, x.end])), taken);
        excluded.set(reason, set);
        taken = union([...taken, ...set]);
    }
    // Maintenance cap: window time of excluded maintenance, in time order, per cap period.
    let overCap = [];
    const maintenance = o.exclusions.find((e) => e.exclusion === 'maintenance');
    if (maintenance?.cap) {
        const inWindow = intersect(excluded.get('maintenance'), window);
        const used = new Map();
        const capMs = maintenance.cap.amount;
        const keep = [];
        for (let i = 0; i < inWindow.length; i += 2) {
            // Split at cap-period boundaries so each piece is charged to its own period.
            let a = inWindow[i];
            const b = inWindow[i + 1];
            while (a < b) {
                const { key, end } = capPeriodOf(ctx, maintenance, periods, a);
                const pieceEnd = Math.min(b, end);
                const left = capMs - (used.get(key) ?? 0);
                const len = pieceEnd - a;
                if (left >= len) {
                    keep.push(a, pieceEnd);
                    used.set(key, (used.get(key) ?? 0) + len);
                }
                else {
                    if (left > 0)
                        keep.push(a, a + left);
                    overCap.push(a + Math.max(0, left), pieceEnd);
                    used.set(key, capMs);
                }
                a = pieceEnd;
            }
        }
        overCap = union(overCap);
        excluded.set('maintenance', subtract(excluded.get('maintenance'), overCap));
    }
    const countedAll = union([...counted, ...overCap]);
    const allDown = union(mine.flatMap((x) => [x.start, x.end]));
    return periods.map((p) => {
        const w = clip(window, p.from, p.to);
        const windowMs = measure(w);
        const c = intersect(countedAll, w);
        const downtimeMs = measure(c);
        const over = intersect(overCap, w);
        const explain = [];
        const detail = {
            kind: 'availability',
            service: m.service,
            calendar: m.calendar,
            windowMs,
            downtimeMs,
            counted: { ms: downtimeMs, windows: windowsOf(ctx, c), records: touching(mine, c), overCapMs: measure(over) },
            excluded: [],
            outsideWindowMs: measure(subtract(clip(allDown, p.from, p.to), w)),
            budget: errorBudget(o, window, p.from, p.to, downtimeMs, asOf),
        };
        for (const reason of REASON_ORDER) {
            const set = intersect(excluded.get(reason), w);
            if (set.length === 0)
                continue;
            const exclusion = o.exclusions.find((e) => e.exclusion === reason);
            const part = {
                reason,
                line: exclusion.line,
                ms: measure(set),
                windows: windowsOf(ctx, set),
                records: touching(mine.filter((x) => x.reason === reason), set),
            };
            detail.excluded.push(part);
            explain.push({
                rule: `exclusion.${reason}`,
                text: `${msText(part.ms)} of ${reason === 'maintenance' ? 'announced maintenance' : reason.replace('-', ' ')} downtime excluded`,
                line: exclusion.line,
                records: part.records,
                windows: part.windows,
            });
        }
        const notes = mine.filter((x, i) => x.note !== null && intersect([x.start, x.end], w).length > 0 && mine.findIndex((y) => y.input === x.input && y.note !== null) === i);
        for (const x of notes) {
            explain.push({
                rule: 'exclusion.not-applied',
                text: `${x.input.outage.kind} outage counted: ${x.note}`,
                line: x.exclusion?.line ?? null,
                records: [x.input.ref],
            });
        }
        if (detail.counted.overCapMs > 0) {
            explain.push({
                rule: 'exclusion.maintenance-cap',
                text: `${msText(detail.counted.overCapMs)} of maintenance over the cap of ${durationText(maintenance.cap)}${maintenance.capPeriod ? ` per ${maintenance.capPeriod.unit}` : ''} counted`,
                line: maintenance.line,
                windows: windowsOf(ctx, over),
            });
        }
        if (detail.budget) {
            const b = detail.budget;
            explain.push({
                rule: 'availability.budget',
                text: `error budget ${msText(b.allowedMs)}: ${msText(b.usedMs)} used, ${b.leftMs >= 0 ? `${msText(b.leftMs)} left` : `overspent by ${msText(-b.leftMs)}`}${b.burnRate === null ? '' : `; burn rate ${b.burnRate}`}`,
                line: o.line,
            });
        }
        explain.push({
            rule: 'availability.downtime',
            text: `${msText(downtimeMs)} downtime counted in ${msText(windowMs)} of window${m.calendar ? ` (calendar ${m.calendar})` : ''}`,
            line: o.line,
            records: detail.counted.records,
            windows: detail.counted.windows,
        });
        return { sli: windowMs > 0 ? ratio(BigInt(windowMs - downtimeMs) * 100n, windowMs) : null, detail, explain };
    });
}
/** The cap period holding instant t: the exclusion's `per …`, else the objective period itself. */
function capPeriodOf(ctx, e, periods, t) {
    if (e.capPeriod) {
        const ref = ctx.zone.periodOf(e.capPeriod.unit, t);
        return { key: `${ref.unit}:${ref.index}`, end: ctx.zone.periodRange(ref).to };
    }
    const p = periods.find((x) => t >= x.from && t < x.to);
    return p ? { key: p.key, end: p.to } : { key: 'outside', end: Infinity };
}
