/**
 * Contract model → runtime contract: the plain data an evaluator carries. Copies, never shares,
 * so the result can be serialised and frozen; drops wording the evaluator does not need (texts
 * of clauses) but keeps titles and source lines for reports and explanation traces.
 */
import { basename } from 'node:path';
import { CONTRACT_FORMAT, } from '../../runtime/contract.js';
const text = (t) => (t ? { ...t.byLang } : null);
const duration = (d) => ({ value: d.value, unit: d.unit, clock: d.clock, amount: d.amount });
const period = (p) => ({ unit: p.unit, count: p.count, rolling: p.rolling });
function value(v) {
    switch (v.kind) {
        case 'percentage':
            return { kind: 'percentage', value: v.value };
        case 'money':
            return { kind: 'money', minor: v.minor, currency: v.currency };
        case 'duration':
            return { kind: 'duration', duration: duration(v.duration) };
        case 'number':
            return { kind: 'number', value: v.value };
        case 'score':
            return { kind: 'score', value: v.value, outOf: v.outOf };
        case 'rate':
            return { kind: 'rate', count: v.count, per: v.per, noun: v.noun };
    }
}
const amount = (a) => a.value.kind === 'money'
    ? { kind: 'money', minor: a.value.minor, currency: a.value.currency }
    : { kind: 'percentage', value: a.value.value };
const condition = (c) => ({ field: c.field, values: [...c.values], line: c.line });
const named = (n) => ({ name: n.name, line: n.line, title: text(n.title) });
function ladder(l) {
    return {
        objective: l.objective,
        bands: l.bands.map((b) => ({ comparison: b.comparison, threshold: value(b.threshold), amount: amount(b.amount), line: b.line })),
        caps: l.caps.map((c) => ({ amount: amount(c.amount), period: period(c.period), line: c.line })),
        soleRemedy: l.soleRemedy,
        line: l.line,
    };
}
/** `file`: the .sla path, of which only the base name is kept (the output must not depend on where it was built). */
export function toRuntimeContract(model, file = null) {
    const a = model.agreement;
    return {
        format: CONTRACT_FORMAT,
        source: file === null ? null : basename(file),
        zone: a.timeZone ?? model.calendars[0]?.spec.zone ?? 'UTC',
        agreement: {
            title: { ...a.title.byLang },
            provider: a.provider,
            customer: a.customer,
            kind: a.kind,
            version: a.version,
            term: { from: a.term.from, to: a.term.to },
            fee: a.fee ? { ...a.fee } : null,
            acceptance: a.acceptance ? duration(a.acceptance) : null,
            languages: [...a.languages],
            line: a.line,
        },
        fields: model.fields.map((f) => ({ name: f.name, title: text(f.title), values: f.values ? [...f.values] : null, line: f.line })),
        services: model.services.map(named),
        calendars: model.calendars.map((c) => ({
            name: c.spec.name,
            zone: c.spec.zone,
            weekly: c.spec.weekly.map((day) => day.map(([from, to]) => [from, to])),
            holidays: c.spec.holidays.map((h) => (h.region === undefined ? { country: h.country } : { country: h.country, region: h.region })),
            closed: [...c.spec.closed],
            ...(c.spec.special
                ? { special: c.spec.special.map((d) => ({ date: d.date, ranges: d.ranges.map(([f, t]) => [f, t]) })) }
                : {}),
            ...(c.spec.holidayHours ? { holidayHours: c.spec.holidayHours.map(([f, t]) => [f, t]) } : {}),
            line: c.line,
            title: text(c.title),
        })),
        priorities: model.priorities.map(named),
        tiers: model.tiers.map((t) => ({
            ...named(t),
            implicit: t.implicit,
            targets: t.targets.map((x) => ({
                priority: x.priority,
                target: x.target,
                within: duration(x.within),
                calendar: x.calendar,
                line: x.line,
                from: x.from,
                ...(x.conditions.length > 0 ? { conditions: x.conditions.map(condition) } : {}),
            })),
            pauses: t.pauses.map((p) => ({ condition: p.condition, status: p.status, cap: p.cap ? duration(p.cap) : null, line: p.line })),
            start: t.start ? { at: t.start.at, status: t.start.status, line: t.start.line } : null,
        })),
        objectives: model.objectives.map((o) => ({
            ...named(o),
            measure: o.measure.kind === 'availability'
                ? {
                    kind: 'availability',
                    service: o.measure.service,
                    direction: o.measure.direction,
                    target: value(o.measure.target),
                    calendar: o.measure.calendar,
                }
                : o.measure.kind === 'share'
                    ? {
                        kind: 'share',
                        direction: o.measure.direction,
                        target: value(o.measure.target),
                        noun: o.measure.noun,
                        verb: o.measure.verb,
                        source: o.measure.source,
                        channel: o.measure.channel,
                        event: o.measure.event,
                        within: o.measure.within ? duration(o.measure.within) : null,
                        onTime: o.measure.onTime,
                        calendar: o.measure.calendar,
                    }
                    : o.measure.kind === 'time'
                        ? { ...o.measure, target: value(o.measure.target) }
                        : {
                            kind: 'quality',
                            metric: o.measure.metric,
                            kpi: o.measure.kpi,
                            ...(o.measure.noun !== null ? { noun: o.measure.noun, channel: o.measure.channel } : {}),
                            direction: o.measure.direction,
                            target: value(o.measure.target),
                        },
            conditions: o.conditions.map(condition),
            period: period(o.period),
            exclusions: o.exclusions.map((e) => ({
                exclusion: e.exclusion,
                notice: e.notice ? duration(e.notice) : null,
                cap: e.cap ? duration(e.cap) : null,
                capPeriod: e.capPeriod ? period(e.capPeriod) : null,
                ...(e.volumeAbove !== null ? { volumeAbove: e.volumeAbove } : {}),
                ...(e.window ? { window: e.window.weekly.map((day) => day.map(([f, t]) => [f, t])) } : {}),
                ...(e.noticeCalendar !== null ? { noticeCalendar: e.noticeCalendar } : {}),
                line: e.line,
            })),
        })),
        credits: model.credits.map(ladder),
        bonuses: model.bonuses.map(ladder),
        creditTerms: model.creditTerms
            ? {
                caps: model.creditTerms.caps.map((c) => ({ amount: amount(c.amount), period: period(c.period), line: c.line })),
                soleRemedy: model.creditTerms.soleRemedy,
                line: model.creditTerms.line,
            }
            : null,
        escalations: model.escalations.map((e) => ({
            ...named(e),
            priorities: [...e.priorities],
            countedFrom: e.countedFrom,
            warnings: e.warnings.map((w) => ({ at: w.at, target: w.target, to: w.to ? { ...w.to.byLang } : null, line: w.line })),
            includePaused: e.includePaused,
            objectives: [...e.objectives],
            conditions: e.conditions.map(condition),
            steps: e.steps.map((s) => ({
                number: s.number,
                role: { ...s.role.byLang },
                after: duration(s.after),
                calendar: s.calendar,
                contact: s.contact ? { ...s.contact.byLang } : null,
                line: s.line,
            })),
        })),
        statuses: model.statuses
            ? model.statuses.statuses.map((s) => ({ name: s.name, meaning: s.meaning, reason: s.reason, line: s.line }))
            : null,
        aliases: model.aliases.map((x) => ({ field: x.field, value: x.value, target: x.target, line: x.line })),
        ticketCredits: model.ticketCredits
            ? {
                bands: model.ticketCredits.bands.map((b) => ({
                    target: b.target,
                    priority: b.priority,
                    amount: amount(b.amount),
                    line: b.line,
                    ...(b.conditions.length > 0 ? { conditions: b.conditions.map(condition) } : {}),
                })),
                caps: caps(model.ticketCredits.caps),
                line: model.ticketCredits.line,
            }
            : null,
        outageCredits: model.outageCredits.map((o) => ({
            objective: o.objective,
            bands: o.bands.map((b) => ({
                lengthMs: b.length.amount,
                length: `${b.length.value} ${b.length.unit}${b.length.value === 1 ? '' : 's'}`,
                amount: amount(b.amount),
                line: b.line,
            })),
            caps: caps(o.caps),
            line: o.line,
        })),
        breachRules: model.legal.rules.map((r) => ({
            consequence: r.consequence,
            objectives: [...r.norms],
            consecutive: r.consecutive,
            inWindow: r.inWindow ? { ...r.inWindow } : null,
            within: r.within ? duration(r.within) : null,
            line: r.line,
        })),
    };
}
function caps(cs) {
    return cs.map((c) => ({ amount: amount(c.amount), period: period(c.period), line: c.line }));
}
