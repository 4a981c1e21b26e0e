/**
 * AST → contract model. Runs only on a document the checker passed, so it may assume that names
 * resolve and units fit; the rules of meaning (defaults, merging, normalisation) live here.
 */
import { lowerUnderpinning } from './lower-underpinning.js';
import { nouns, verbs } from './measures.js';
import { emptyTable } from '../runtime/table.js';
import { coveredDays, minuteRanges } from './passes/check-calendars.js';
import { lowerAliases, lowerClockStart, lowerPauseCap, lowerStatuses, lowerWarnings } from './lower-lifecycle.js';
import { lowerLegal, lowerOutageCredits, lowerParty, lowerRevisions, lowerTicketCredits } from './lower-legal.js';
import { lowerConditions, lowerField, lowerSpecialHours, lowerTimeStat, lowerWindow } from './lower-goals.js';
const line = (node) => node.range.start.line;
export function lowerText(text) {
    const byLang = emptyTable(); // language codes are user text
    for (const part of text.parts)
        byLang[part.lang ?? '*'] = part.value;
    return { byLang };
}
export function texts(body) {
    return body.filter((s) => s.kind === 'TextStmt').map((s) => lowerText(s.text));
}
const unitMs = { second: 1_000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000 };
export function lowerDuration(d) {
    const amount = d.clock === 'working' || d.clock === 'calendar'
        ? d.value
        : d.unit === 'month' || d.unit === 'year'
            ? 0
            : Math.round(d.value * unitMs[d.unit]);
    return { value: d.value, unit: d.unit, clock: d.clock, amount };
}
function duration(v) {
    if (v.kind !== 'Duration')
        throw new Error(`lower: expected a duration at line ${line(v)}`);
    return lowerDuration(v);
}
export function lowerValue(v) {
    switch (v.kind) {
        case 'Percentage':
            return { kind: 'percentage', value: v.value };
        case 'Money':
            return { kind: 'money', minor: v.minor, currency: v.currency };
        case 'Duration':
            return { kind: 'duration', duration: lowerDuration(v) };
        case 'Score':
            return { kind: 'score', value: v.value, outOf: v.outOf };
        case 'Rate':
            return { kind: 'rate', count: v.count, per: v.per, noun: v.noun };
        case 'Number':
            return { kind: 'number', value: v.value };
    }
}
export function lowerAmount(a) {
    const v = a.value;
    if (v.kind === 'Money')
        return { value: { kind: 'money', minor: v.minor, currency: v.currency } };
    return { value: { kind: 'percentage', value: v.kind === 'Percentage' ? v.value : 0 } };
}
export function lowerPeriod(p) {
    return p ? { unit: p.unit, count: p.count, rolling: p.rolling } : { unit: 'month', count: 1, rolling: false };
}
function named(decl, body) {
    return { name: decl.name.name, title: decl.title ? lowerText(decl.title) : null, texts: texts(body), line: line(decl) };
}
function lowerAgreement(a) {
    const get = (kind) => a.body.find((s) => s.kind === kind);
    const fee = get('Fee');
    const months = fee?.period === 'year' ? 12 : fee?.period === 'quarter' ? 3 : 1;
    const review = get('Review');
    const acceptance = get('AcceptancePeriod');
    return {
        line: line(a),
        title: lowerText(a.title),
        provider: get('Provider')?.name.value ?? '',
        customer: get('Customer')?.name.value ?? '',
        kind: get('AgreementKind')?.value ?? 'customer',
        version: get('Version')?.value.value ?? null,
        term: { from: get('Term')?.from.value ?? '', to: get('Term')?.to.value ?? '' },
        fee: fee && fee.amount.kind === 'Money'
            ? { minor: fee.amount.minor, currency: fee.amount.currency, period: fee.period, monthlyMinor: fee.amount.minor / months }
            : null,
        languages: get('Languages')?.languages.map((l) => l.name) ?? [],
        review: review ? duration(review.every) : null,
        governingLaw: get('GoverningLaw')?.country.name ?? null,
        changeProcedure: get('ChangeProcedure') ? lowerText(get('ChangeProcedure').text) : null,
        acceptance: acceptance ? duration(acceptance.duration) : null,
        timeZone: get('TimeZone')?.zone.name ?? null,
        texts: texts(a.body),
    };
}
function lowerCalendar(c) {
    const weekly = [[], [], [], [], [], [], []];
    const hours = [];
    const holidays = [];
    const closed = [];
    let zone = 'UTC';
    for (const s of c.body) {
        if (s.kind === 'TimeZone')
            zone = s.zone.name;
        else if (s.kind === 'Holidays')
            holidays.push(s.region ? { country: s.country.name, region: s.region.name } : { country: s.country.name });
        else if (s.kind === 'ClosedDates')
            closed.push(...s.dates.map((d) => d.value));
        else if (s.kind === 'Hours') {
            for (const day of coveredDays(s))
                for (const [from, to] of minuteRanges(s))
                    weekly[day].push([from, to]);
            hours.push({
                everyDay: s.everyDay,
                days: s.days.map((d) => ({ from: d.from, to: d.to })),
                ranges: s.hours.map((r) => ({ from: r.from.value, to: r.to.value })),
            });
        }
    }
    for (const day of weekly)
        day.sort((x, y) => x[0] - y[0]);
    const { special, holidayHours, written } = lowerSpecialHours(c.body);
    const extra = { ...(special.length > 0 ? { special } : {}), ...(holidayHours ? { holidayHours } : {}) };
    return {
        ...named(c, c.body),
        spec: { name: c.name.name, zone, weekly, holidays, closed: [...new Set(closed)].sort(), ...extra },
        hours,
        special: written,
    };
}
function blockTargets(body, from) {
    const fallback = body.find((s) => s.kind === 'DefaultCalendar')?.calendar.name ?? null;
    return body.flatMap((s) => s.kind === 'Target'
        ? s.priorities.map((p) => ({
            line: line(s),
            priority: p.name,
            target: s.target,
            within: duration(s.within),
            calendar: s.calendar?.name ?? fallback,
            from,
            conditions: lowerConditions(s.conditions),
        }))
        : []);
}
function pauses(body) {
    return body
        .filter((s) => s.kind === 'Pause')
        .map((s) => ({ line: line(s), condition: s.condition, status: s.status?.value ?? null, cap: lowerPauseCap(s) }));
}
/**
 * A tier's own targets replace the defaults for the same priority and kind (with or without
 * conditions: a tier that states its P2 resolution inherits none of the defaults' P2 resolutions);
 * pauses add up.
 */
function lowerTiers(doc) {
    const defaults = doc.declarations.find((d) => d.kind === 'Targets');
    const base = blockTargets(defaults?.body ?? [], 'defaults');
    const basePauses = pauses(defaults?.body ?? []);
    const baseStart = lowerClockStart(defaults?.body ?? []);
    const tiers = doc.declarations.filter((d) => d.kind === 'Tier');
    if (tiers.length === 0) {
        return [
            {
                name: '',
                title: null,
                texts: [],
                line: defaults ? line(defaults) : 1,
                implicit: true,
                targets: base,
                pauses: basePauses,
                start: baseStart,
            },
        ];
    }
    return tiers.map((t) => {
        const own = blockTargets(t.body, 'tier');
        const key = (x) => `${x.target}|${x.priority}`;
        const ownKeys = new Set(own.map(key));
        const ownPauses = pauses(t.body);
        const pauseKey = (p) => `${p.condition}|${p.status ?? ''}`;
        const seen = new Set(ownPauses.map(pauseKey));
        return {
            ...named(t, t.body),
            implicit: false,
            targets: [...base.filter((x) => !ownKeys.has(key(x))), ...own],
            pauses: [...basePauses.filter((p) => !seen.has(pauseKey(p))), ...ownPauses],
            start: lowerClockStart(t.body) ?? baseStart,
        };
    });
}
function lowerMeasure(m) {
    switch (m.kind) {
        case 'Availability':
            return {
                kind: 'availability',
                service: m.service.name,
                direction: m.direction,
                target: lowerValue(m.target),
                calendar: m.calendar?.name ?? null,
            };
        case 'Share': {
            const noun = nouns[m.noun.name];
            return {
                kind: 'share',
                direction: m.direction,
                target: lowerValue(m.target),
                noun: m.noun.name,
                verb: m.verb.name,
                source: noun.source,
                channel: noun.channel,
                event: verbs[noun.source][m.verb.name],
                within: m.within ? duration(m.within) : null,
                onTime: m.onTime,
                calendar: m.calendar?.name ?? null,
            };
        }
        case 'TimeStat':
            return lowerTimeStat(m, lowerValue(m.target));
        case 'Quality':
            return {
                kind: 'quality',
                metric: m.metric,
                kpi: m.kpi?.name ?? null,
                noun: m.noun?.name ?? null,
                channel: m.noun ? (nouns[m.noun.name]?.channel ?? null) : null,
                direction: m.direction,
                target: lowerValue(m.target),
            };
    }
}
function lowerObjective(o) {
    const measure = o.body.find((s) => s.kind === 'Availability' || s.kind === 'Share' || s.kind === 'Quality' || s.kind === 'TimeStat');
    return {
        ...named(o, o.body),
        measure: lowerMeasure(measure),
        conditions: lowerConditions(o.body),
        period: lowerPeriod(measure.period),
        exclusions: o.body
            .filter((s) => s.kind === 'Exclusion')
            .map((e) => ({
            line: line(e),
            exclusion: e.exclusion,
            notice: e.notice ? duration(e.notice) : null,
            cap: e.cap ? duration(e.cap) : null,
            capPeriod: e.capPeriod ? lowerPeriod(e.capPeriod) : null,
            volumeAbove: e.volumeAbove?.kind === 'Percentage' ? e.volumeAbove.value : null,
            window: e.window ? lowerWindow(e.window) : null,
            noticeCalendar: e.noticeCalendar?.name ?? null,
        })),
    };
}
export function caps(body) {
    return body
        .filter((s) => s.kind === 'Cap')
        .map((c) => ({ line: line(c), amount: lowerAmount(c.amount), period: lowerPeriod(c.period) }));
}
function threshold(v) {
    return v.kind === 'money' ? v.minor : v.kind === 'rate' ? v.count / v.per : v.kind === 'duration' ? v.duration.amount : v.value;
}
function lowerLadder(d) {
    const bands = d.body
        .filter((s) => s.kind === 'Band')
        .map((b) => ({ line: line(b), comparison: b.comparison, threshold: lowerValue(b.threshold), amount: lowerAmount(b.amount) }));
    // Mild to severe: for `below`, the highest threshold is the mildest; for `above`, the lowest.
    bands.sort((a, b) => a.comparison === 'below' ? threshold(b.threshold) - threshold(a.threshold) : threshold(a.threshold) - threshold(b.threshold));
    return {
        line: line(d),
        objective: d.objective.name,
        bands,
        caps: caps(d.body),
        soleRemedy: d.body.some((s) => s.kind === 'SoleRemedy'),
        texts: texts(d.body),
    };
}
function lowerEscalation(e) {
    const fallback = e.body.find((s) => s.kind === 'DefaultCalendar')?.calendar.name ?? null;
    return {
        ...named(e, e.body),
        priorities: e.body.flatMap((s) => s.kind === 'AppliesTo'
            ? s.priorities.map((p) => p.name)
            : s.kind === 'Condition' && s.field.name === 'priority'
                ? s.values.map((v) => v.value)
                : []),
        conditions: lowerConditions(e.body).filter((c) => c.field !== 'priority'),
        countedFrom: e.body.find((s) => s.kind === 'CountedFrom')?.from ?? 'creation',
        warnings: lowerWarnings(e.body),
        includePaused: e.body.some((s) => s.kind === 'IncludingPaused'),
        objectives: e.body.flatMap((s) => (s.kind === 'AppliesToObjectives' ? s.objectives.map((o) => o.name) : [])),
        steps: e.body
            .filter((s) => s.kind === 'Step')
            .map((s) => ({
            line: line(s),
            number: s.number.value,
            role: lowerText(s.role),
            after: duration(s.after),
            calendar: s.calendar?.name ?? fallback,
            contact: s.contact ? lowerText(s.contact) : null,
        })),
    };
}
export function lower(doc, sourceHash = '') {
    const decls = (kind) => doc.declarations.filter((d) => d.kind === kind);
    const agreement = decls('Agreement')[0];
    if (!agreement)
        throw new Error('lower: the document has no agreement (the checker should have said so)');
    const lists = (list) => decls('List')
        .filter((l) => l.list === list)
        .flatMap((l) => l.items.map((i) => lowerText(i.text)));
    const matrix = decls('Matrix')[0];
    const terms = decls('CreditTerms')[0];
    const agreementModel = lowerAgreement(agreement);
    return {
        agreement: agreementModel,
        fields: decls('Field').map((f) => lowerField(f, named(f, f.body))),
        services: decls('Service').map((s) => named(s, s.body)),
        exclusions: lists('exclusions'),
        responsibilities: lists('responsibilities'),
        calendars: decls('Calendar').map(lowerCalendar),
        priorities: decls('Priority').map((p) => named(p, p.body)),
        matrix: matrix
            ? {
                line: line(matrix),
                impact: matrix.body.flatMap((s) => (s.kind === 'Levels' && s.axis === 'impact' ? s.levels.map((l) => l.name) : [])),
                urgency: matrix.body.flatMap((s) => (s.kind === 'Levels' && s.axis === 'urgency' ? s.levels.map((l) => l.name) : [])),
                cells: matrix.body.flatMap((s) => s.kind === 'Cell' ? [{ impact: s.impact.name, urgency: s.urgency.name, priority: s.priority.name }] : []),
                texts: texts(matrix.body),
            }
            : null,
        tiers: lowerTiers(doc),
        targetTexts: texts(decls('Targets')[0]?.body ?? []),
        objectives: decls('Objective').map(lowerObjective),
        credits: decls('Credits').map(lowerLadder),
        bonuses: decls('Bonus').map(lowerLadder),
        creditTerms: terms
            ? {
                line: line(terms),
                caps: caps(terms.body),
                soleRemedy: terms.body.some((s) => s.kind === 'SoleRemedy'),
                penalty: terms.body.some((s) => s.kind === 'Penalty'),
                texts: texts(terms.body),
            }
            : null,
        escalations: decls('Escalation').map(lowerEscalation),
        reports: decls('Reporting').flatMap((r) => r.body.flatMap((s) => s.kind === 'Report'
            ? [
                {
                    line: line(s),
                    title: lowerText(s.title),
                    frequency: s.frequency,
                    recipient: s.recipient ? lowerText(s.recipient) : null,
                    covering: s.covering.map((c) => c.name),
                },
            ]
            : [])),
        reportingTexts: decls('Reporting').flatMap((r) => texts(r.body)),
        scenarios: decls('Scenario').map((s) => ({
            line: line(s),
            title: lowerText(s.title),
            zone: s.body.find((x) => x.kind === 'TimeZone')?.zone.name ?? agreementModel.timeZone,
            body: s.body,
        })),
        statuses: lowerStatuses(doc),
        aliases: lowerAliases(doc),
        parties: {
            provider: lowerParty('provider', agreementModel.provider, decls('Party').find((p) => p.role === 'provider')),
            customer: lowerParty('customer', agreementModel.customer, decls('Party').find((p) => p.role === 'customer')),
        },
        legal: lowerLegal(decls('Legal')[0]),
        outageCredits: decls('OutageCredits').map(lowerOutageCredits),
        ticketCredits: decls('TicketCredits')[0] ? lowerTicketCredits(decls('TicketCredits')[0]) : null,
        revisions: lowerRevisions(decls('Revisions')[0]),
        underpinning: lowerUnderpinning(decls('Underpinning')[0]),
        sourceHash,
    };
}
