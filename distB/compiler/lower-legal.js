import { caps, lowerAmount, lowerDuration, lowerPeriod, lowerText, texts } from './lower.js';
import { lowerConditions } from './lower-goals.js';
const line = (node) => node.range.start.line;
function find(body, kind) {
    return body.find((s) => s.kind === kind);
}
const durationOf = (v) => v.kind === 'Duration' ? lowerDuration(v) : { value: 0, unit: 'day', clock: 'elapsed', amount: 0 };
export function lowerParty(role, legalName, decl) {
    const body = decl?.body ?? [];
    const representative = find(body, 'Representative');
    const term = find(body, 'DefinedTerm');
    return {
        role,
        legalName,
        kvk: find(body, 'Kvk')?.value.value ?? null,
        address: find(body, 'Address')?.value.value ?? null,
        representative: representative ? lowerText(representative.text) : null,
        term: term ? lowerText(term.text) : null,
        texts: texts(body),
    };
}
export function lowerLegal(decl) {
    const body = decl?.body ?? [];
    const main = find(body, 'MainAgreement');
    const renewal = find(body, 'Renewal');
    const liability = find(body, 'Liability');
    const data = find(body, 'DataProcessing');
    const audit = find(body, 'Audit');
    const rules = body.flatMap((s) => s.kind === 'ImprovementPlan' || s.kind === 'Termination'
        ? [
            {
                line: line(s),
                consequence: s.kind === 'ImprovementPlan' ? 'improvement-plan' : 'termination',
                norms: s.norms.map((n) => n.name),
                consecutive: s.rule.consecutive?.value ?? null,
                inWindow: s.rule.inWindow ? { count: s.rule.inWindow.count.value, months: s.rule.inWindow.months.value } : null,
                within: s.kind === 'ImprovementPlan' ? durationOf(s.within) : null,
            },
        ]
        : []);
    return {
        mainAgreement: main ? lowerText(main.text) : null,
        mainPrevails: body.some((s) => s.kind === 'MainPrevails'),
        prevailingLanguage: find(body, 'PrevailingLanguage')?.language.name ?? null,
        disputes: find(body, 'Disputes')?.steps.map((f) => ({ forum: f.forum, name: f.name?.value ?? null })) ?? [],
        renewal: renewal ? { every: durationOf(renewal.every), notice: renewal.notice ? durationOf(renewal.notice) : null } : null,
        liability: liability
            ? {
                cap: liability.amount.kind === 'Money'
                    ? { kind: 'money', minor: liability.amount.minor, currency: liability.amount.currency }
                    : { kind: 'fees', months: liability.amount.kind === 'Duration' ? liability.amount.value : 0 },
                period: liability.period ? lowerPeriod(liability.period) : null,
            }
            : null,
        dataProcessing: data ? lowerText(data.text) : null,
        audit: audit
            ? { period: audit.period ? lowerPeriod(audit.period) : null, notice: audit.notice ? durationOf(audit.notice) : null }
            : null,
        rules,
        texts: texts(body),
    };
}
export function lowerOutageCredits(d) {
    const bands = d.body
        .filter((s) => s.kind === 'OutageBand')
        .map((b) => ({ line: line(b), length: durationOf(b.length), amount: lowerAmount(b.amount) }))
        .sort((a, b) => a.length.amount - b.length.amount);
    return { line: line(d), objective: d.objective.name, bands, caps: caps(d.body), texts: texts(d.body) };
}
export function lowerTicketCredits(d) {
    const bands = d.body
        .filter((s) => s.kind === 'TicketBand')
        .flatMap((b) => b.priorities.map((p) => ({
        line: line(b),
        target: b.target,
        priority: p.name,
        amount: lowerAmount(b.amount),
        conditions: lowerConditions(b.conditions),
    })));
    return { line: line(d), bands, caps: caps(d.body), texts: texts(d.body) };
}
export function lowerRevisions(decl) {
    const body = decl?.body ?? [];
    return {
        status: find(body, 'DocumentStatus')?.status ?? null,
        date: find(body, 'DocumentDate')?.date.value ?? null,
        changes: body.flatMap((s) => s.kind === 'Revision' ? [{ version: s.version.value, date: s.date.value, text: lowerText(s.text) }] : []),
    };
}
