/**
 * The service report's view model: the evaluation report of one period, its objectives' earlier
 * periods and the streamed ticket facts, with every number formatted in the report's language by
 * the documents' formatters. Wording stays in the templates: a cell or a reason is a value or a
 * word key (`{ word: 'met' }`), never a sentence built here.
 */
import { formatDate, formatMonth } from '../document/format/date.js';
import { formatSpan } from '../document/format/duration.js';
import { formatMoney } from '../document/format/money.js';
import { formatDuration } from '../document/format/duration.js';
import { formatNumber, formatRate, formatScore } from '../document/format/number.js';
import { title as titleIn } from '../document/view-model.js';
import { formatPercentage } from '../document/format/percentage.js';
import { nextMonth, periodsEnding } from './period.js';
import { USED_BOUNDS } from './tickets.js';
/** The trend shows this many periods, ending at the report's. */
export const TREND_PERIODS = 12;
/**
 * A problem's message in the report's language: the English message of the evaluation, or in
 * another language the template word of its code (`problem-<code>`) with its parameters; a
 * problem without a code keeps its English message, marked as such (`message-en`).
 */
function problemCell(p, lang) {
    if (lang === 'en')
        return p.message;
    if (p.code === null)
        return { word: 'message-en', context: { message: p.message } };
    // `now` is an instant of the contract's zone: written as the report writes instants.
    const params = { ...p.params };
    if (typeof params.now === 'string')
        params.now = instant(params.now, lang);
    return { word: `problem-${p.code}`, context: params };
}
/** `2026-03-09T11:00:00+01:00` → `9 maart 2026 11:00`: the local time the report JSON carries (ms are not shown). */
export function instant(iso, lang) {
    // Seconds only when there are any: a clock late by 15 seconds shows them.
    const seconds = iso.slice(17, 19);
    return `${formatDate(iso.slice(0, 10), lang)} ${iso.slice(11, 16)}${seconds !== '00' && seconds !== '' ? `:${seconds}` : ''}`;
}
function periodLabel(key, lang) {
    const m = /^(\d{4})-(\d{2})$/.exec(key);
    return m ? formatMonth(Number(m[1]), Number(m[2]), lang) : key;
}
/** A measured value in the unit the report gives (runtime/evaluate/quality.ts `unitOf`). */
function value(v, unit, lang) {
    if (unit === '%')
        return formatPercentage(v, lang);
    const score = /^out of (\d+(?:\.\d+)?)$/.exec(unit);
    if (score)
        return formatScore(v, Number(score[1]), lang);
    const rate = /^per (\d+(?:\.\d+)?) (.+)$/.exec(unit);
    if (rate)
        return `${formatRate(v, Number(rate[1]), lang)} ${rate[2]}`;
    const duration = /^(?:(business|working|calendar) )?(second|minute|hour|day|week)s$/.exec(unit);
    if (duration)
        return formatDuration({ value: Number(v.toFixed(4)), unit: duration[2], clock: (duration[1] ?? 'elapsed') }, lang);
    return unit ? `${formatNumber(v, lang, 4)} ${unit}` : formatNumber(v, lang, 4);
}
function signed(v, lang) {
    return `${v > 0 ? '+' : v < 0 ? '−' : '±'}${formatNumber(Math.abs(v), lang, 4)}`;
}
function money(m, lang) {
    if (m.minor !== null && m.currency)
        return formatMoney(m.minor, m.currency, lang);
    return m.percentOfFee !== null ? formatPercentage(m.percentOfFee, lang) : '–';
}
/** At most this many credits per incident are listed (the largest), in the table and in the credit note's basis. */
export const MAX_INCIDENT_CREDITS = 50;
/** An amount to rank by: minor units, else the share of the fee. */
const moneyValue = (m) => m.minor ?? m.percentOfFee ?? 0;
/** The sum of amounts of one kind (as the evaluation's totals add them). */
function sumMoney(list) {
    const minor = list.every((m) => m.minor !== null) ? list.reduce((s, m) => s + m.minor, 0) : null;
    const percent = list.every((m) => m.percentOfFee !== null)
        ? Math.round(list.reduce((s, m) => s + m.percentOfFee, 0) * 1_000_000) / 1_000_000
        : null;
    return { minor, percentOfFee: percent, currency: list.find((m) => m.currency)?.currency ?? null };
}
/** Credits by amount granted, then by amount, largest first; equal ones in the evaluation's order. */
function largestFirst(list) {
    return list
        .map((credit, order) => ({ credit, order }))
        .sort((a, b) => moneyValue(b.credit.granted) - moneyValue(a.credit.granted) ||
        moneyValue(b.credit.amount) - moneyValue(a.credit.amount) ||
        a.order - b.order)
        .map((x) => x.credit);
}
/** The credit note's lines for credits per incident: the largest MAX_INCIDENT_CREDITS in the evaluation's order, then one line for the rest. */
function incidentBasis(list, line, rest) {
    const ranked = largestFirst(list);
    const listed = new Set(ranked.slice(0, MAX_INCIDENT_CREDITS));
    const shown = list.filter((i) => listed.has(i)).map(line);
    if (ranked.length > MAX_INCIDENT_CREDITS)
        shown.push({ word: 'basis-more', context: rest(ranked.slice(MAX_INCIDENT_CREDITS)) });
    return shown;
}
const status = (met) => ({ word: met === null ? 'no-data' : met ? 'met' : 'missed' });
function objectiveView(o, history, lang) {
    // Always the 12 periods up to this one: a period the evaluation did not measure (no data, before the term) is a gap.
    const measured = new Map(history.filter((h) => h.objective === o.objective).map((h) => [h.period, h]));
    const trend = periodsEnding(o.period, TREND_PERIODS).map((period) => {
        const h = measured.get(period);
        return { period, label: periodLabel(period, lang), sli: h?.sli ?? null, met: h?.met ?? null };
    });
    const d = o.detail;
    const minutes = (ms) => Math.round(ms / 600) / 100;
    return {
        name: o.objective,
        title: o.title ?? o.objective,
        kind: d.kind,
        article: d.kind === 'availability' ? 9 : 8,
        measured: o.sli === null ? null : value(o.sli, o.unit, lang),
        target: value(o.target, o.unit, lang),
        direction: o.direction === 'at least' ? 'at-least' : 'at-most',
        margin: o.margin === null ? null : signed(o.margin, lang),
        met: o.met,
        unit: o.unit,
        targetValue: o.target,
        trend,
        periodKind: /^\d{4}-Q/.test(o.period) ? 'quarter' : /^\d{4}-W/.test(o.period) ? 'week' : /^\d{4}$/.test(o.period) ? 'year' : 'month',
        budget: d.kind === 'availability' && d.budget
            ? {
                allowed: formatSpan(d.budget.allowedMs, lang),
                used: formatSpan(d.budget.usedMs, lang),
                left: formatSpan(Math.abs(d.budget.leftMs), lang),
                allowedMinutes: minutes(d.budget.allowedMs),
                usedMinutes: minutes(d.budget.usedMs),
            }
            : null,
        share: d.kind === 'share' ? { hits: d.hits, counted: d.counted } : null,
        downtime: d.kind === 'availability' ? formatSpan(d.downtimeMs, lang) : null,
    };
}
function namesOf(model, lang) {
    const titled = (items, name) => {
        const item = items.find((i) => i.name === name);
        return (item && titleIn(item.title, lang)) ?? name;
    };
    // A line can hold several targets (`P1: respond 1 hour, resolve 8 hours`): keyed by line and kind.
    const targets = new Map(model.tiers.flatMap((t) => t.targets.map((x) => [`${x.line}|${x.target}`, x.within])));
    return {
        tier: (name) => (name === null ? null : titled(model.tiers, name)),
        calendar: (name) => titled(model.calendars, name),
        field: (name) => titled(model.fields, name),
        order: (dim, keys) => {
            const declared = dim === 'priority' ? model.priorities.map((p) => p.name) : dim === 'tier' ? model.tiers.map((t) => t.name) : [];
            const rank = (k) => (declared.includes(k) ? declared.indexOf(k) : declared.length);
            return [...keys].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
        },
        target: (clock) => {
            const within = targets.get(`${clock.targetLine}|${clock.kind}`);
            return within ? formatDuration(within, lang) : clock.target;
        },
    };
}
function clocksOf(t) {
    return [t.response, t.resolution, t.nextReply, t.update].filter((c) => c !== null);
}
function breachOf(t, clock, report, names, lang) {
    const reasons = [];
    if (t.priorityChanges.length > 0)
        reasons.push({ kind: 'priority', changes: t.priorityChanges.map((c) => ({ priority: c.priority, at: instant(c.at, lang) })) });
    const pause = clock.explain.find((e) => e.rule === 'ticket.pause');
    if (clock.pausedMs > 0)
        reasons.push({
            kind: 'paused',
            total: formatSpan(clock.pausedMs, lang),
            windows: (pause?.windows ?? []).map((w) => ({ from: instant(w.from, lang), to: instant(w.to, lang) })),
        });
    if (t.reopened > 0)
        reasons.push({ kind: 'reopened', count: t.reopened });
    if (clock.calendar !== null && clock.clock !== 'elapsed')
        reasons.push({ kind: 'calendar', calendar: names.calendar(clock.calendar) });
    if (clock.stopped === null && report.options.asOf)
        reasons.push({ kind: 'running', asOf: instant(report.options.asOf, lang) });
    if (t.unknownStatuses.length > 0)
        reasons.push({ kind: 'unknown', statuses: t.unknownStatuses });
    const deadline = clock.explain.find((e) => e.rule === 'ticket.deadline');
    // The contract's wall-clock time as if it were UTC: the timeline's UTC axis then reads local time on any machine.
    const ms = (iso) => Date.parse(`${iso.slice(0, 19)}Z`);
    const counted = (deadline?.windows ?? []).map((w) => [ms(w.from), ms(w.to)]);
    const paused = (pause?.windows ?? []).map((w) => [ms(w.from), ms(w.to)]);
    const start = clock.started ?? t.created;
    const end = clock.stopped ?? report.options.asOf ?? start;
    const edges = [ms(start), ms(end), ...(clock.due ? [ms(clock.due)] : []), ...counted.flat(), ...paused.flat()];
    return {
        id: t.id,
        priority: clock.priority,
        tier: names.tier(t.tier),
        clock: clock.kind,
        target: names.target(clock),
        started: clock.started ? instant(clock.started, lang) : null,
        due: clock.due ? instant(clock.due, lang) : null,
        stopped: clock.stopped ? instant(clock.stopped, lang) : null,
        counted: clock.elapsedDays !== null && (clock.clock === 'working' || clock.clock === 'calendar')
            ? formatDuration({ value: clock.elapsedDays, unit: 'day', clock: clock.clock }, lang)
            : formatSpan(clock.elapsedMs, lang),
        cycles: clock.cycles,
        reasons,
        timeline: { from: Math.min(...edges), to: Math.max(...edges), due: clock.due ? ms(clock.due) : null, counted, paused },
    };
}
const BREAKDOWN_COLUMNS = [
    'group',
    'tickets',
    'resolved',
    'open',
    'response-met',
    'response-breached',
    'resolution-met',
    'resolution-breached',
    'resolution-share',
];
function breakdown(dim, facts, names, lang) {
    const counts = facts.groups.get(dim);
    const groups = names.order(dim, [...counts.keys()]).map((k) => [k, counts.get(k)]);
    if (groups.length === 0)
        return null;
    return {
        name: dim.startsWith('field:') ? `by-field-${dim.slice(6)}` : `by-${dim}`,
        field: dim.startsWith('field:') ? names.field(dim.slice(6)) : null,
        columns: BREAKDOWN_COLUMNS,
        numeric: [1, 2, 3, 4, 5, 6, 7, 8],
        rows: groups.map(([key, g]) => {
            const decided = g.resolutionMet + g.resolutionBreached;
            return [
                dim === 'tier' ? names.tier(key) : key,
                ...[g.total, g.resolved, g.open, g.responseMet, g.responseBreached, g.resolutionMet, g.resolutionBreached].map(String),
                decided === 0 ? '–' : formatPercentage(Math.round((g.resolutionMet / decided) * 1000) / 10, lang),
            ];
        }),
    };
}
function atRiskTable(open, names, lang) {
    const risky = open.filter((t) => t.clocks.some((c) => c.atRisk || c.status === 'breached' || (c.remainingMs !== null && c.remainingMs < 0)));
    if (risky.length === 0)
        return { table: null, onTrack: open.length };
    const rows = [];
    for (const t of risky) {
        const step = t.escalation.at(-1);
        for (const c of t.clocks) {
            if (!(c.atRisk || c.status === 'breached' || (c.remainingMs !== null && c.remainingMs < 0)))
                continue;
            rows.push([
                t.id,
                t.priority,
                names.tier(t.tier) ?? '–',
                { word: `clock-${c.kind}` },
                c.due ? instant(c.due, lang) : '–',
                c.remainingMs === null ? '–' : c.remainingMs < 0 ? `−${formatSpan(-c.remainingMs, lang)}` : formatSpan(c.remainingMs, lang),
                c.used === null ? '–' : formatPercentage(c.used, lang),
                step ? `${step.step}: ${step.role}` : '–',
            ]);
        }
    }
    return {
        table: {
            name: 'at-risk',
            columns: ['ticket', 'priority', 'tier', 'clock', 'due', 'remaining', 'used', 'escalation'],
            numeric: [5, 6],
            rows,
        },
        onTrack: open.length - risky.length,
    };
}
export function buildReportView({ report, model, history, tickets, lang }) {
    const names = namesOf(model, lang);
    const objectives = report.objectives.map((o) => objectiveView(o, history, lang));
    const key = report.options.period;
    const summary = {
        name: 'summary',
        columns: ['objective', 'article', 'measured', 'target', 'margin', 'result'],
        numeric: [2, 4],
        // An objective measured per week (or per month in a quarter's report) has several results: each names its period.
        rows: objectives.map((o, i) => [
            objectives.filter((x) => x.name === o.name).length > 1 ? `${o.title} (${periodLabel(report.objectives[i].period, lang)})` : o.title,
            { word: `article-${o.article}` },
            o.measured ?? '–',
            // A no-break space: the sign never ends a line apart from its number.
            `${o.direction === 'at-least' ? '≥' : '≤'}\u00a0${o.target}`,
            o.margin ?? '–',
            status(o.met),
        ]),
    };
    const titleOf = (name) => report.objectives.find((o) => o.objective === name)?.title ?? name;
    const unitOf = (name) => report.objectives.find((o) => o.objective === name)?.unit ?? '';
    // A period in which no band applies earns nothing: it is not a line of the settlement.
    const settlementRows = [...report.credits, ...report.bonuses]
        .filter((c) => c.band !== null)
        .map((c) => [
        titleOf(c.objective),
        { word: c.kind },
        periodLabel(c.period, lang),
        c.sli === null ? '–' : value(c.sli, unitOf(c.objective), lang),
        c.band ? `${c.band.comparison === 'below' ? '<' : '>'}\u00a0${value(c.band.threshold, unitOf(c.objective), lang)}` : '–',
        money(c.amount, lang),
        c.caps.length === 0 ? '–' : c.caps.map((cap) => `−${money(cap.reducedBy, lang)}`).join(', '),
        c.inAcceptancePeriod ? { word: 'run-in' } : money(c.granted, lang),
    ]);
    // Credits per incident: the largest MAX_INCIDENT_CREDITS by amount granted (then by amount, then in
    // the evaluation's order), listed in the evaluation's order; the rest counted and summed, so the totals stay exact.
    const rankedIncidents = largestFirst(report.incidentCredits);
    const listed = new Set(rankedIncidents.slice(0, MAX_INCIDENT_CREDITS));
    const listedIncidents = report.incidentCredits.filter((i) => listed.has(i));
    const omittedIncidents = rankedIncidents.slice(MAX_INCIDENT_CREDITS);
    const incidents = {
        name: 'incident-credits',
        columns: ['subject', 'clock', 'priority', 'booked-in', 'amount', 'cap', 'granted'],
        numeric: [4, 6],
        rows: listedIncidents.map((i) => [
            i.kind === 'ticket' ? i.subject : titleOf(i.subject),
            i.target ? { word: `clock-${i.target}` } : { word: 'outage' },
            i.priority ?? '–',
            periodLabel(i.bookedIn, lang),
            money(i.amount, lang),
            i.caps.length === 0 ? '–' : i.caps.map((cap) => `−${money(cap.reducedBy, lang)}`).join(', '),
            i.inAcceptancePeriod ? { word: 'run-in' } : money(i.granted, lang),
        ]),
    };
    const incidentsOmitted = omittedIncidents.length === 0
        ? null
        : {
            count: omittedIncidents.length,
            granted: money(sumMoney(omittedIncidents.map((i) => i.granted)), lang),
            total: report.incidentCredits.length,
            totalGranted: money(sumMoney(report.incidentCredits.map((i) => i.granted)), lang),
        };
    const totals = {
        name: 'totals',
        columns: ['month', 'credits', 'bonuses', 'net'],
        numeric: [1, 2, 3],
        rows: report.totals.map((t) => [periodLabel(t.period, lang), money(t.credits, lang), money(t.bonuses, lang), money(t.net, lang)]),
    };
    const own = key ? report.totals.find((t) => t.period === key) : report.totals.length === 1 ? report.totals[0] : undefined;
    const creditNote = own && own.net.minor !== null && own.net.minor > 0
        ? {
            amount: money(own.net, lang),
            invoiceMonth: nextMonth(own.period) ? periodLabel(nextMonth(own.period), lang) : null,
            basis: [
                ...report.credits
                    .filter((c) => c.bookedIn === own.period && c.granted.minor)
                    .map((c) => `${titleOf(c.objective)}: ${money(c.granted, lang)}`),
                ...incidentBasis(report.incidentCredits.filter((i) => i.bookedIn === own.period && i.granted.minor), (i) => `${i.kind === 'ticket' ? i.subject : titleOf(i.subject)}: ${money(i.granted, lang)}`, (rest) => ({ count: rest.length, granted: money(sumMoney(rest.map((i) => i.granted)), lang) })),
                ...report.bonuses
                    .filter((b) => b.bookedIn === own.period && b.granted.minor)
                    .map((b) => `${titleOf(b.objective)}: −${money(b.granted, lang)}`),
            ],
        }
        : null;
    const breaches = [];
    // In order of creation (open tickets arrive from the evaluation last).
    const byCreation = [...tickets.breached].sort((a, b) => Date.parse(a.created) - Date.parse(b.created) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const t of byCreation)
        for (const c of clocksOf(t))
            if (c.status === 'breached')
                breaches.push(breachOf(t, c, report, names, lang));
    const { table: atRisk, onTrack } = atRiskTable(report.open, names, lang);
    const quality = {
        files: {
            name: 'data-files',
            columns: ['file', 'kind', 'read', 'accepted', 'rejected', 'skipped'],
            numeric: [2, 3, 4, 5],
            rows: report.data.files.map((f) => [
                f.file ?? '–',
                { word: `kind-${f.kind}` },
                String(f.read),
                String(f.accepted),
                String(f.rejected),
                String(f.skipped),
            ]),
        },
        problems: {
            name: 'data-problems',
            columns: ['file', 'line', 'field', 'severity', 'message'],
            numeric: [1],
            rows: report.data.problems.map((p) => [
                p.file ?? '–',
                p.line === null ? '–' : String(p.line),
                p.field ?? '–',
                { word: p.severity },
                problemCell(p, lang),
            ]),
        },
        problemsOmitted: report.data.problemsOmitted,
        unknown: {
            name: 'unknown-values',
            columns: ['field', 'value', 'count', 'first-seen', 'message'],
            numeric: [2],
            rows: report.data.unknownValues.map((u) => [
                u.field,
                u.value ?? '–',
                String(u.count),
                `${u.file ?? '–'}${u.line !== null ? `:${u.line}` : ''}`,
                problemCell(u, lang),
            ]),
        },
    };
    const breakdowns = tickets.dimensions.map((d) => breakdown(d, tickets, names, lang)).filter((t) => t !== null);
    const settlementTable = {
        name: 'settlement',
        columns: ['objective', 'kind', 'period', 'measured', 'band', 'amount', 'cap', 'granted'],
        numeric: [3, 5, 7],
        rows: settlementRows,
    };
    const view = {
        lang,
        contract: {
            title: report.contract.title ?? report.contract.source ?? '',
            provider: report.contract.provider,
            customer: report.contract.customer,
            version: report.contract.version,
            source: report.contract.source,
        },
        period: { key, label: key ? periodLabel(key, lang) : '' },
        asOf: report.options.asOf ? instant(report.options.asOf, lang) : null,
        now: report.options.now ? instant(report.options.now, lang) : null,
        objectives,
        missed: objectives.filter((o) => o.met === false),
        summary,
        breaches,
        breachesOmitted: tickets.breachedOmitted,
        settlement: {
            currency: report.contract.currency,
            table: settlementTable,
            incidents,
            incidentsOmitted,
            totals,
            creditNote,
            hasAny: settlementRows.length + incidents.rows.length + totals.rows.length > 0,
        },
        breakdowns,
        distribution: [...tickets.used].flatMap(([clock, perPriority]) => names.order('priority', [...perPriority.keys()]).map((priority) => ({ clock, priority, bins: perPriority.get(priority) }))),
        usedBounds: USED_BOUNDS,
        atRisk,
        onTrack,
        quality,
        tables: [],
    };
    view.tables = [
        summary,
        settlementTable,
        incidents,
        totals,
        ...breakdowns,
        ...(atRisk ? [atRisk] : []),
        quality.files,
        quality.problems,
        quality.unknown,
    ];
    return view;
}
