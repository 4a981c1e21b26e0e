/**
 * Contract model → view model: plain data for the document templates, in one language. Every
 * derived fact (allowed downtime, amounts of the monthly fee, the end of the acceptance period,
 * holidays in the term) is computed here, and every value is already formatted for the locale.
 * The view model holds data and enumeration keys only; all contract wording is in the templates.
 */
import { conditionsVm, specialHoursVm, timeVm } from './view-goals.js';
import { DateTime } from 'luxon';
import { publicHolidays } from '../../runtime/holidays.js';
import { allowedDowntimeMs, AVERAGE_MONTH_DAYS, AVERAGE_YEAR_DAYS, averagePeriodDays, calendarWindows, DAY_MS, isAlwaysOpen, periodMonths, termWindows, } from './downtime.js';
import { formatDate, formatDateRange, formatDateTime, formatDateWithWeekday, formatMonth } from './format/date.js';
import { formatDays, formatDuration, formatHours, formatSpan } from './format/duration.js';
import { localeOf } from './format/locale.js';
import { formatMoney, percentOf } from './format/money.js';
import { formatNumber, formatRate, formatScore } from './format/number.js';
import { formatPercentage } from './format/percentage.js';
import { formatPeriodLiteral } from './format/period.js';
import { formatHoursLine } from './format/weekdays.js';
import { formatCountry } from './format/country.js';
import { holidayNames, holidayRegionName } from './holiday-names.js';
import { lowerText, lowerValue } from '../lower.js';
import { runScenarios } from '../scenarios.js';
import { clockExpectation, pauseView, priorityAliases, startView, statusesView } from './lifecycle-view.js';
import { buildLegalView } from './view-legal.js';
import { changeLogView } from './change-log.js';
import { buildUnderpinningView } from './view-underpinning.js';
// ---------------------------------------------------------------------------------------------
// Texts
/** Contract wording (`text nl "…"`): only the document's language counts. */
export function wording(t, lang) {
    return t?.byLang[lang] ?? null;
}
/**
 * A title: the document's language, or a language-neutral string when the title gives no language
 * at all (a proper name reads the same in every language). A title in other languages only is missing.
 */
export function title(t, lang) {
    if (!t)
        return null;
    const own = t.byLang[lang];
    if (own !== undefined)
        return own;
    const langs = Object.keys(t.byLang).filter((k) => k !== '*');
    return langs.length === 0 ? (t.byLang['*'] ?? null) : null;
}
/** The title of a named element, or its name when it has none. */
function nameOf(n, lang) {
    return n.title ? title(n.title, lang) : n.name;
}
// ---------------------------------------------------------------------------------------------
// Values
export function period(p, lang) {
    return { unit: p.unit, count: p.count, countText: formatNumber(p.count, lang), rolling: p.rolling };
}
export function value(v, lang) {
    switch (v.kind) {
        case 'percentage':
            return { kind: v.kind, text: formatPercentage(v.value, lang), noun: null };
        case 'money':
            return { kind: v.kind, text: formatMoney(v.minor, v.currency, lang), noun: null };
        case 'duration':
            return { kind: v.kind, text: formatDuration(v.duration, lang), noun: null };
        case 'number':
            return { kind: v.kind, text: formatNumber(v.value, lang), noun: null };
        case 'score':
            return { kind: v.kind, text: formatScore(v.value, v.outOf, lang), noun: null };
        case 'rate':
            return { kind: v.kind, text: formatRate(v.count, v.per, lang), noun: v.noun };
    }
}
export function amount(a, fee, lang) {
    const v = a.value;
    if (v.kind === 'money')
        return { ofFee: false, text: formatMoney(v.minor, v.currency, lang), money: null };
    return {
        ofFee: true,
        text: formatPercentage(v.value, lang),
        money: fee ? formatMoney(percentOf(fee.monthlyMinor, v.value), fee.currency, lang) : null,
    };
}
/** `2026-03-06` + `17:00` → `vrijdag 6 maart 2026, 17:00`. */
function dateTime(d, lang) {
    return formatDateTime(d.date, d.time, lang);
}
const countryName = formatCountry;
// ---------------------------------------------------------------------------------------------
// Derived facts
/**
 * Defines `key` of `target` as computed on first read (then kept): the expensive facts of a view
 * (allowed downtime per window, holidays, worked examples) cost nothing until a template reads them.
 */
function lazy(target, key, compute) {
    Object.defineProperty(target, key, {
        enumerable: true,
        configurable: true,
        get() {
            const value = compute();
            Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
            return value;
        },
    });
    return target;
}
/**
 * What the allowed downtime of an objective is computed from, without computing it: nothing (not
 * an "at least a percentage" availability target), the nominal length of each period (24×7), or
 * the open time of a calendar in each measurement window of the term (null: not enumerable).
 */
function downtimeBasis(model, o) {
    const measure = o.measure;
    if (measure.kind !== 'availability' || measure.target.kind !== 'percentage' || measure.direction !== 'at least')
        return null;
    const calendar = measure.calendar ? model.calendars.find((c) => c.name === measure.calendar) : undefined;
    const windows = termWindows(model.agreement.term, o.period);
    if (!calendar || isAlwaysOpen(calendar.spec))
        return { kind: 'always-open', target: measure.target.value, windows };
    return { kind: 'windows', target: measure.target.value, windows, calendar };
}
/** Allowed downtime: computed only when a template reads it (a hover reads one objective's). */
function downtime(model, o, lang) {
    const basis = downtimeBasis(model, o);
    if (!basis)
        return null;
    const { target, windows } = basis;
    const p = o.period;
    if (basis.kind === 'always-open') {
        const months = periodMonths(p);
        const averageDays = averagePeriodDays(p);
        const average = months !== null
            ? (() => {
                const ms = averageDays * DAY_MS;
                const allowedMs = allowedDowntimeMs(ms, target);
                return { days: formatDays(averageDays, lang), window: formatHours(ms, lang), allowed: formatSpan(allowedMs, lang), allowedMs };
            })()
            : null;
        // The lengths that occur among the whole periods of the term (28, 29, 30 and 31 days for months).
        const lengths = windows === null ? [averageDays] : [...new Set(windows.filter((w) => w.whole).map((w) => w.days))].sort((a, b) => a - b);
        return {
            alwaysOpen: true,
            average,
            lengths: lengths.map((days) => {
                const allowedMs = allowedDowntimeMs(days * DAY_MS, target);
                return {
                    days,
                    daysText: formatDays(days, lang),
                    window: formatHours(days * DAY_MS, lang),
                    allowed: formatSpan(allowedMs, lang),
                    allowedMs,
                };
            }),
            windows: [],
            range: null,
            enumerated: windows !== null,
        };
    }
    if (windows === null)
        return { alwaysOpen: false, average: null, lengths: [], windows: [], range: null, enumerated: false };
    const computed = calendarWindows(basis.calendar.spec, windows, target);
    const rows = computed.map((w) => ({
        label: w.month ? formatMonth(w.month.year, w.month.month, lang) : formatDateRange(w.from, w.to, lang),
        open: formatHours(w.openMs, lang),
        allowed: formatSpan(w.allowedMs, lang),
        openMs: w.openMs,
        allowedMs: w.allowedMs,
    }));
    const whole = computed.filter((w) => w.whole);
    const measured = whole.length > 0 ? whole : computed;
    const minMs = Math.min(...measured.map((w) => w.allowedMs));
    const maxMs = Math.max(...measured.map((w) => w.allowedMs));
    return {
        alwaysOpen: false,
        average: null,
        lengths: [],
        windows: rows,
        range: measured.length > 0 ? { min: formatSpan(minMs, lang), max: formatSpan(maxMs, lang), minMs, maxMs } : null,
        enumerated: true,
    };
}
/** The last day of the acceptance period, counted from the first day of the term. */
function acceptanceEnd(from, d) {
    const start = DateTime.fromISO(from, { zone: 'UTC' });
    if (!start.isValid)
        return null;
    if (d.clock === 'working' || d.clock === 'business')
        return null;
    const units = { day: 'days', week: 'weeks', month: 'months', year: 'years' };
    const unit = d.clock === 'calendar' ? 'days' : units[d.unit];
    if (!unit || !Number.isInteger(d.value))
        return null;
    return start
        .plus({ [unit]: d.value })
        .minus({ days: 1 })
        .toISODate();
}
// ---------------------------------------------------------------------------------------------
function durations(model) {
    const out = [];
    for (const t of model.tiers)
        for (const x of t.targets)
            out.push(x.within);
    for (const o of model.objectives) {
        if (o.measure.kind === 'share' && o.measure.within)
            out.push(o.measure.within);
        for (const e of o.exclusions) {
            if (e.notice)
                out.push(e.notice);
            if (e.cap)
                out.push(e.cap);
        }
    }
    for (const e of model.escalations)
        for (const s of e.steps)
            out.push(s.after);
    if (model.agreement.acceptance)
        out.push(model.agreement.acceptance);
    return out;
}
/** Scenario results per model: both languages and formats of one build share one run. */
const scenarioCache = new WeakMap();
function scenarioResults(model) {
    if (model.scenarios.length === 0)
        return [];
    let results = scenarioCache.get(model);
    if (results === undefined) {
        try {
            results = runScenarios(model);
        }
        catch {
            results = null; // the document does not depend on the engine; unchecked examples are still printed
        }
        scenarioCache.set(model, results);
    }
    return results;
}
/** Annexes, lettered in order of appearance; known without computing what they list. */
export function annexLetters(model) {
    const { from, to } = model.agreement.term;
    const years = Number.isFinite(Number(from.slice(0, 4))) && Number.isFinite(Number(to.slice(0, 4)));
    const inTerm = (d) => d >= from && d <= to;
    const letters = 'ABCDEFGH';
    let next = 0;
    const annex = (present) => (present ? letters[next++] : null);
    return {
        holidays: annex((years && model.calendars.some((c) => c.spec.holidays.length > 0)) || model.calendars.some((c) => c.spec.closed.some(inTerm))),
        downtime: annex(model.objectives.some((o) => {
            const basis = downtimeBasis(model, o);
            return basis?.kind === 'windows' && basis.windows !== null && basis.windows.length > 0;
        })),
        examples: annex(model.scenarios.length > 0),
        underpinning: annex((model.underpinning?.agreements.length ?? 0) > 0),
    };
}
/**
 * Builders for the parts of a view, one clause at a time: the full document builds every part,
 * a hover only the clause it words (and the allowed downtime only when a template reads it).
 */
export function viewParts(model, lang) {
    const a = model.agreement;
    const calendarTitle = (name) => {
        if (name === null)
            return null;
        const c = model.calendars.find((x) => x.name === name);
        return c ? nameOf(c, lang) : name;
    };
    const priorityTitle = (name) => {
        const p = model.priorities.find((x) => x.name === name);
        return p ? nameOf(p, lang) : name;
    };
    const objectiveByName = new Map(model.objectives.map((o) => [o.name, o]));
    const objectiveTitle = (name) => {
        const o = objectiveByName.get(name);
        return o ? nameOf(o, lang) : name;
    };
    const serviceTitle = (name) => {
        const s = model.services.find((x) => x.name === name);
        return s ? nameOf(s, lang) : name;
    };
    const escalationTitle = (name) => {
        const e = model.escalations.find((x) => x.name === name);
        return e ? nameOf(e, lang) : name;
    };
    const tierTitle = (name) => {
        const t = model.tiers.find((x) => x.name === name);
        return t ? nameOf(t, lang) : name;
    };
    const texts = (ts) => ts.map((t) => wording(t, lang));
    const titles = {
        field: (n) => model.fields.find((f) => f.name === n),
        priority: priorityTitle,
        tier: tierTitle,
        named: (n) => nameOf(n, lang),
        lang,
    };
    const objective = (o) => {
        const m = o.measure;
        const base = {
            name: o.name,
            title: nameOf(o, lang),
            kind: m.kind,
            atLeast: m.direction === 'at least',
            target: value(m.target, lang),
            period: period(o.period, lang),
            texts: texts(o.texts),
            noun: null,
            verb: null,
            event: null,
            within: null,
            window: null,
            hasWindow: false,
            metric: null,
            kpi: null,
            service: null,
            downtime: null,
            exclusions: o.exclusions.map((e) => ({
                exclusion: e.exclusion,
                notice: e.notice ? formatDuration(e.notice, lang) : null,
                cap: e.cap ? formatDuration(e.cap, lang) : null,
                capPeriod: e.capPeriod ? period(e.capPeriod, lang) : null,
                volumeAbove: e.volumeAbove === null ? null : formatPercentage(e.volumeAbove, lang),
                window: e.window ? formatHoursLine(e.window, lang) : null,
                noticeWindow: calendarTitle(e.noticeCalendar),
            })),
            causes: [],
            volume: null,
            onTime: m.kind === 'share' && m.onTime,
            ...timeVm(m, lang),
            conditions: conditionsVm(o.conditions, titles),
        };
        if (m.kind === 'share' || m.kind === 'time') {
            base.causes = base.exclusions.filter((e) => e.exclusion !== 'volume');
            base.volume = base.exclusions.find((e) => e.exclusion === 'volume') ?? null;
        }
        if (m.kind === 'share') {
            return {
                ...base,
                noun: m.noun,
                verb: m.verb,
                event: m.event,
                within: m.within ? formatDuration(m.within, lang) : null,
                window: calendarTitle(m.calendar),
                hasWindow: m.calendar !== null,
            };
        }
        if (m.kind === 'quality')
            return { ...base, metric: m.metric, kpi: m.kpi, noun: m.noun, source: m.noun ? 'tickets' : null };
        if (m.kind === 'time')
            return { ...base, noun: m.noun, window: calendarTitle(m.calendar), hasWindow: m.calendar !== null };
        const vm = {
            ...base,
            service: serviceTitle(m.service),
            window: calendarTitle(m.calendar),
            hasWindow: m.calendar !== null,
        };
        return lazy(vm, 'downtime', () => downtime(model, o, lang));
    };
    const ladder = (l) => ({
        objective: objectiveTitle(l.objective),
        objectiveName: l.objective,
        objectiveKind: objectiveByName.get(l.objective)?.measure.kind ?? null,
        bands: l.bands.map((b) => ({ comparison: b.comparison, threshold: value(b.threshold, lang), amount: amount(b.amount, a.fee, lang) })),
        caps: l.caps.map((c) => ({ amount: amount(c.amount, a.fee, lang), period: period(c.period, lang) })),
        soleRemedy: l.soleRemedy,
        texts: texts(l.texts),
    });
    const tier = (t) => {
        const targetVm = (x) => {
            // Calendar days run regardless of any service window: naming one would contradict the definition.
            const windowed = x.calendar !== null && x.within.clock !== 'calendar';
            return {
                duration: formatDuration(x.within, lang),
                clock: x.within.clock,
                window: windowed ? calendarTitle(x.calendar) : null,
                hasWindow: windowed,
            };
        };
        // The table holds the targets for every ticket of a priority; conditioned ones follow it as clauses.
        const target = (priority, kind) => {
            const x = t.targets.find((y) => y.priority === priority && y.target === kind && y.conditions.length === 0);
            return x ? targetVm(x) : null;
        };
        const priorities = model.priorities.map((p) => p.name);
        for (const x of t.targets)
            if (!priorities.includes(x.priority))
                priorities.push(x.priority);
        return {
            name: t.name,
            title: t.implicit ? null : nameOf(t, lang),
            implicit: t.implicit,
            rows: priorities
                .map((p) => ({
                name: p,
                priority: priorityTitle(p),
                response: target(p, 'response'),
                resolution: target(p, 'resolution'),
                nextReply: target(p, 'next-reply'),
                update: target(p, 'update'),
            }))
                .filter((r) => r.response !== null || r.resolution !== null),
            conditioned: t.targets
                .filter((x) => x.conditions.length > 0)
                .map((x) => ({
                priority: priorityTitle(x.priority),
                target: x.target,
                value: targetVm(x),
                conditions: conditionsVm(x.conditions, titles),
            })),
            hasNextReply: t.targets.some((x) => x.target === 'next-reply'),
            hasUpdate: t.targets.some((x) => x.target === 'update'),
            widths: ['30,35,35', '22,26,26,26', '20,20,20,20,20'][[t.targets.some((x) => x.target === 'next-reply'), t.targets.some((x) => x.target === 'update')].filter(Boolean).length],
            pauses: t.pauses.map((p) => pauseView(p, lang)),
            start: startView(t),
            texts: texts(t.texts),
        };
    };
    const calendar = (c) => ({
        name: c.name,
        title: nameOf(c, lang),
        hours: c.hours.map((h) => formatHoursLine(h, lang)),
        alwaysOpen: isAlwaysOpen(c.spec),
        zone: c.spec.zone,
        holidays: c.spec.holidays.map((h) => ({
            country: h.country.toUpperCase(),
            countryName: countryName(h.country, lang),
            region: h.region?.toUpperCase() ?? null,
            regionName: h.region ? regionName(h.country, h.region, lang) : null,
        })),
        closed: c.spec.closed.map((d) => formatDate(d, lang)),
        special: specialHoursVm(c, lang),
        texts: texts(c.texts),
    });
    const escalation = (e) => ({
        name: e.name,
        title: nameOf(e, lang),
        priorities: e.priorities.map(priorityTitle),
        countedFrom: e.countedFrom,
        warnings: e.warnings.map((w) => ({ at: formatPercentage(w.at, lang), target: w.target, to: title(w.to, lang), hasTo: w.to !== null })),
        includePaused: e.includePaused,
        objectives: e.objectives.map(objectiveTitle),
        forTickets: e.priorities.length > 0 || e.objectives.length === 0,
        conditions: conditionsVm(e.conditions, titles),
        steps: e.steps.map((s) => ({
            number: s.number,
            role: title(s.role, lang),
            after: formatDuration(s.after, lang),
            window: s.after.clock === 'calendar' ? null : calendarTitle(s.calendar),
            hasWindow: s.calendar !== null && s.after.clock !== 'calendar',
            contact: title(s.contact, lang),
            hasContact: s.contact !== null,
        })),
        texts: texts(e.texts),
    });
    const named = (x) => ({
        name: x.name,
        title: nameOf(x, lang),
        texts: texts(x.texts),
    });
    const priority = (p) => ({ ...named(p), aliases: priorityAliases(model).get(p.name) ?? [] });
    return {
        calendarTitle,
        priorityTitle,
        objectiveTitle,
        serviceTitle,
        escalationTitle,
        tierTitle,
        titles,
        texts,
        objective,
        ladder,
        tier,
        calendar,
        escalation,
        service: named,
        priority,
    };
}
export function buildView(model, lang, options = {}) {
    const a = model.agreement;
    const { calendarTitle, priorityTitle, objectiveTitle, serviceTitle, escalationTitle, tierTitle, titles, texts, objective, ladder, tier, calendar, escalation, service, priority, } = viewParts(model, lang);
    const objectives = model.objectives.map(objective);
    // Holidays and closed days in the term.
    const termFrom = a.term.from;
    const termTo = a.term.to;
    const inTerm = (d) => d >= termFrom && d <= termTo;
    const y0 = Number(termFrom.slice(0, 4));
    const y1 = Number(termTo.slice(0, 4));
    const sets = new Map();
    for (const c of model.calendars) {
        for (const h of c.spec.holidays) {
            const key = `${h.country.toUpperCase()}|${h.region?.toUpperCase() ?? ''}`;
            const entry = sets.get(key) ?? { country: h.country.toUpperCase(), region: h.region?.toUpperCase() ?? null, calendars: [] };
            if (!entry.calendars.includes(c.name))
                entry.calendars.push(c.name);
            sets.set(key, entry);
        }
    }
    const holidaysInTerm = Number.isFinite(y0) && Number.isFinite(y1) && sets.size > 0;
    const holidaySets = () => !holidaysInTerm
        ? []
        : [...sets.values()].map((s) => {
            const set = s.region ? { country: s.country, region: s.region } : { country: s.country };
            const dates = [...publicHolidays([set], y0, y1)].filter(inTerm).sort();
            const names = holidayNames(set, y0, y1, lang);
            return {
                countryName: countryName(s.country, lang),
                regionName: s.region ? regionName(s.country, s.region, lang) : null,
                calendars: s.calendars.map(calendarTitle),
                days: dates.map((d) => ({ date: formatDateWithWeekday(d, lang), name: names.get(d) ?? null })),
            };
        });
    const closedDays = model.calendars
        .map((c) => ({ calendar: nameOf(c, lang), days: c.spec.closed.filter(inTerm).map((d) => formatDateWithWeekday(d, lang)) }))
        .filter((c) => c.days.length > 0);
    const tiers = model.tiers.map(tier);
    const performance = objectives.filter((o) => o.kind !== 'availability');
    const availability = objectives.filter((o) => o.kind === 'availability');
    const annexes = annexLetters(model);
    const clocks = new Set(durations(model).map((d) => d.clock));
    const targetKinds = new Set(model.tiers.flatMap((t) => t.targets.map((x) => x.target)));
    const exclusionKinds = new Set(model.objectives.flatMap((o) => o.exclusions.map((e) => e.exclusion)));
    const monthlyFeeUsed = [...model.credits, ...model.bonuses].some((l) => [...l.bands.map((b) => b.amount), ...l.caps.map((c) => c.amount)].some((x) => x.value.kind === 'percentage')) ||
        (model.creditTerms?.caps.some((c) => c.amount.value.kind === 'percentage') ?? false);
    const uses = {
        businessHours: clocks.has('business'),
        workingDays: clocks.has('working'),
        calendarDays: clocks.has('calendar'),
        response: targetKinds.has('response'),
        resolution: targetKinds.has('resolution'),
        incident: model.tiers.some((t) => t.targets.length > 0) || model.escalations.length > 0,
        priority: model.priorities.length > 0,
        serviceWindow: model.calendars.length > 0,
        holidays: holidaysInTerm,
        objectives: model.objectives.length > 0,
        availability: availability.length > 0,
        averageMonth: model.objectives.some((o) => periodMonths(o.period) === 1 && downtimeBasis(model, o)?.kind === 'always-open'),
        maintenance: exclusionKinds.has('maintenance'),
        forceMajeure: exclusionKinds.has('force-majeure'),
        credits: model.credits.length > 0,
        bonus: model.bonuses.length > 0,
        monthlyFee: a.fee !== null && monthlyFeeUsed,
        acceptance: a.acceptance !== null,
        escalation: model.escalations.length > 0,
        pause: model.tiers.some((t) => t.pauses.length > 0),
        nextReply: targetKinds.has('next-reply'),
        update: targetKinds.has('update'),
        laterClocks: targetKinds.has('next-reply') || targetKinds.has('update'),
        statuses: model.statuses !== null,
    };
    let scenarioNumber = 0;
    const scenarios = () => {
        const results = options.checkExamples === false ? null : scenarioResults(model);
        return model.scenarios.map((s, i) => scenario(s, ++scenarioNumber, results?.[i] ?? null));
    };
    const view = {
        lang,
        locale: localeOf(lang),
        agreement: {
            title: title(a.title, lang),
            provider: a.provider,
            customer: a.customer,
            kind: a.kind,
            version: a.version,
            from: formatDate(a.term.from, lang),
            to: formatDate(a.term.to, lang),
            fee: a.fee
                ? {
                    amount: formatMoney(a.fee.minor, a.fee.currency, lang),
                    period: a.fee.period,
                    monthly: formatMoney(a.fee.monthlyMinor, a.fee.currency, lang),
                }
                : null,
            review: a.review ? formatDuration(a.review, lang) : null,
            governingLaw: a.governingLaw ? { code: a.governingLaw.toUpperCase(), name: countryName(a.governingLaw, lang) } : null,
            dutchLaw: a.governingLaw?.toUpperCase() === 'NL',
            changeProcedure: wording(a.changeProcedure, lang),
            hasChangeProcedure: a.changeProcedure !== null,
            acceptance: a.acceptance
                ? (() => {
                    const end = acceptanceEnd(a.term.from, a.acceptance);
                    return {
                        duration: formatDuration(a.acceptance, lang),
                        from: formatDate(a.term.from, lang),
                        to: end ? formatDate(end, lang) : null,
                    };
                })()
                : null,
            timeZone: a.timeZone,
            texts: texts(a.texts),
        },
        services: model.services.map(service),
        exclusions: texts(model.exclusions),
        responsibilities: texts(model.responsibilities),
        calendars: model.calendars.map(calendar),
        priorities: model.priorities.map(priority),
        matrix: model.matrix
            ? {
                urgency: model.matrix.urgency,
                rows: model.matrix.impact.map((impact) => ({
                    impact,
                    cells: model.matrix.urgency.map((urgency) => {
                        const cell = model.matrix.cells.find((c) => c.impact === impact && c.urgency === urgency);
                        return cell ? priorityTitle(cell.priority) : null;
                    }),
                })),
                texts: texts(model.matrix.texts),
            }
            : null,
        tiers,
        statuses: (() => {
            const v = statusesView(model);
            return v && model.statuses ? { ...v, texts: texts(model.statuses.texts) } : null;
        })(),
        hasTargets: tiers.some((t) => t.rows.length > 0),
        targetTexts: texts(model.targetTexts),
        commonPauses: tiers.length > 0 && tiers.every((t) => JSON.stringify(t.pauses) === JSON.stringify(tiers[0].pauses)) ? tiers[0].pauses : null,
        performance,
        availability,
        fields: model.fields.map((f) => ({ name: f.name, title: nameOf(f, lang) ?? f.name, values: f.values, texts: texts(f.texts) })),
        credits: model.credits.map(ladder),
        bonuses: model.bonuses.map(ladder),
        creditTerms: model.creditTerms
            ? {
                caps: model.creditTerms.caps.map((c) => ({ amount: amount(c.amount, a.fee, lang), period: period(c.period, lang) })),
                soleRemedy: model.creditTerms.soleRemedy,
                texts: texts(model.creditTerms.texts),
            }
            : null,
        escalations: model.escalations.map(escalation),
        reports: model.reports.map((r) => ({
            title: title(r.title, lang),
            frequency: r.frequency,
            recipient: title(r.recipient, lang),
            hasRecipient: r.recipient !== null,
            covering: r.covering.map(objectiveTitle),
        })),
        reportingTexts: texts(model.reportingTexts),
        scenarios: [],
        holidaySets: [],
        closedDays,
        annexes,
        changeLog: options.changeLog ? changeLogView(options.changeLog, annexes, lang) : null,
        zones: [...new Set(model.calendars.map((c) => c.spec.zone))].sort(),
        averageMonth: {
            days: formatDays(AVERAGE_MONTH_DAYS, lang),
            hours: formatHours(AVERAGE_MONTH_DAYS * DAY_MS, lang),
            yearDays: formatDays(AVERAGE_YEAR_DAYS, lang),
        },
        uses,
        legal: buildLegalView(model, lang, { objective: objectiveTitle, priority: priorityTitle, titles }),
        underpinning: buildUnderpinningView(model, lang, {
            priority: priorityTitle,
            tier: tierTitle,
            objective: objectiveTitle,
            calendar: calendarTitle,
        }),
    };
    return lazy(lazy(view, 'scenarios', scenarios), 'holidaySets', holidaySets);
    function scenario(s, number, result) {
        const outcome = (stmt) => result?.expectations.find((e) => e.line === stmt.range.start.line)?.passed ?? null;
        const facts = [];
        const expectations = [];
        let zone = s.zone;
        let now = null;
        const scenarioTexts = [];
        for (const stmt of s.body) {
            switch (stmt.kind) {
                case 'TimeZone':
                    zone = stmt.zone.name;
                    break;
                case 'Now':
                    now = dateTime(stmt.at, lang);
                    break;
                case 'TextStmt':
                    scenarioTexts.push(wording(lowerText(stmt.text), lang));
                    break;
                case 'Ticket':
                    facts.push({
                        kind: 'ticket',
                        id: stmt.id.name,
                        priority: priorityTitle(stmt.priority.name),
                        tier: stmt.tier ? tierTitle(stmt.tier.name) : null,
                        hasTier: stmt.tier !== null,
                        fields: conditionsVm(stmt.fields.map((f) => ({ field: f.field.name, values: [f.value.value], line: f.range.start.line })), titles),
                        created: dateTime(stmt.created, lang),
                        events: stmt.events.map((e) => ({
                            event: e.event,
                            at: dateTime(e.at, lang),
                            status: e.status?.value ?? null,
                            priority: e.priority ? priorityTitle(e.priority.name) : null,
                        })),
                    });
                    break;
                case 'Outage': {
                    const z = zone ?? 'UTC';
                    const from = DateTime.fromISO(`${stmt.from.date}T${stmt.from.time}`, { zone: z });
                    const to = DateTime.fromISO(`${stmt.to.date}T${stmt.to.time}`, { zone: z });
                    facts.push({
                        kind: 'outage',
                        service: serviceTitle(stmt.service.name),
                        from: dateTime(stmt.from, lang),
                        to: stmt.to.date === stmt.from.date ? stmt.to.time : dateTime(stmt.to, lang),
                        length: formatSpan(Math.max(0, to.toMillis() - from.toMillis()), lang),
                        outage: stmt.outage,
                        announced: stmt.announced ? dateTime(stmt.announced, lang) : null,
                    });
                    break;
                }
                case 'Contacts':
                    facts.push({
                        kind: 'contacts',
                        count: formatNumber(stmt.count.value, lang),
                        noun: stmt.noun.name,
                        verb: stmt.verb.name,
                        after: stmt.after && stmt.after.kind === 'Duration'
                            ? formatDuration({ value: stmt.after.value, unit: stmt.after.unit, clock: stmt.after.clock }, lang)
                            : null,
                        period: formatPeriodLiteral(stmt.period.value, lang),
                    });
                    break;
                case 'Measurement':
                    facts.push({
                        kind: 'measurement',
                        objective: objectiveTitle(stmt.objective.name),
                        period: formatPeriodLiteral(stmt.period.value, lang),
                        value: value(lowerValue(stmt.value), lang),
                    });
                    break;
                case 'ExpectTicket':
                    expectations.push({
                        passed: outcome(stmt),
                        kind: 'ticket',
                        ticket: stmt.ticket.name,
                        target: stmt.target,
                        outcome: stmt.outcome,
                    });
                    break;
                case 'ExpectClock':
                    expectations.push({
                        passed: outcome(stmt),
                        kind: 'clock',
                        ticket: stmt.ticket.name,
                        target: stmt.target,
                        ...clockExpectation(stmt, (d) => dateTime(d, lang), lang),
                    });
                    break;
                case 'ExpectAtRisk':
                    expectations.push({ passed: outcome(stmt), kind: 'at-risk', ticket: stmt.ticket.name, target: stmt.target });
                    break;
                case 'ExpectStep':
                    expectations.push({
                        passed: outcome(stmt),
                        kind: 'step',
                        ticket: stmt.ticket.name,
                        escalation: stmt.escalation ? escalationTitle(stmt.escalation.name) : null,
                        step: stmt.step?.value ?? null,
                    });
                    break;
                case 'ExpectCredit':
                    expectations.push({
                        passed: outcome(stmt),
                        kind: 'credit',
                        objective: objectiveTitle(stmt.objective.name),
                        period: formatPeriodLiteral(stmt.period.value, lang),
                        amount: stmt.amount ? amount(scenarioAmount(stmt.amount), a.fee, lang) : null,
                    });
                    break;
                case 'ExpectTicketCredit':
                    expectations.push({
                        passed: outcome(stmt),
                        kind: 'ticket-credit',
                        ticket: stmt.ticket.name,
                        target: stmt.target,
                        amount: stmt.amount ? amount(scenarioAmount(stmt.amount), a.fee, lang) : null,
                    });
                    break;
                case 'ExpectOutageCredit':
                    expectations.push({
                        passed: outcome(stmt),
                        kind: 'outage-credit',
                        objective: objectiveTitle(stmt.objective.name),
                        from: dateTime(stmt.from, lang),
                        amount: stmt.amount ? amount(scenarioAmount(stmt.amount), a.fee, lang) : null,
                    });
                    break;
                case 'ExpectBreachRule':
                    expectations.push({
                        passed: outcome(stmt),
                        kind: 'breach-rule',
                        consequence: stmt.consequence,
                        objective: objectiveTitle(stmt.objective.name),
                        period: stmt.period ? formatPeriodLiteral(stmt.period.value, lang) : null,
                    });
                    break;
                case 'ExpectObjective':
                    expectations.push({
                        passed: outcome(stmt),
                        kind: 'objective',
                        objective: objectiveTitle(stmt.objective.name),
                        period: formatPeriodLiteral(stmt.period.value, lang),
                        outcome: stmt.outcome,
                    });
                    break;
                case 'ExpectValue':
                    expectations.push({
                        passed: outcome(stmt),
                        kind: 'value',
                        objective: objectiveTitle(stmt.objective.name),
                        period: formatPeriodLiteral(stmt.period.value, lang),
                        value: value(lowerValue(stmt.value), lang),
                    });
                    break;
            }
        }
        const ran = result !== null && result.problems.length === 0;
        return {
            number,
            title: title(s.title, lang),
            zone,
            hasTimes: now !== null || facts.some((f) => f.kind === 'ticket' || f.kind === 'outage'),
            now,
            texts: scenarioTexts,
            facts,
            expectations,
            verified: ran && result.passed && expectations.every((e) => e.passed === true),
            failed: result !== null && (!result.passed || expectations.some((e) => e.passed === false)),
        };
    }
}
function regionName(country, region, lang) {
    return holidayRegionName(country, region, lang) ?? region.toUpperCase();
}
function scenarioAmount(x) {
    const v = lowerValue(x.value);
    return { value: v.kind === 'money' ? v : { kind: 'percentage', value: v.kind === 'percentage' ? v.value : 0 } };
}
