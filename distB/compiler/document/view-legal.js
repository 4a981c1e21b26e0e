import { formatDate } from './format/date.js';
import { formatDuration } from './format/duration.js';
import { formatMoney } from './format/money.js';
import { formatNumber } from './format/number.js';
import { amount, period, title, wording } from './view-model.js';
import { conditionsVm } from './view-goals.js';
export function buildLegalView(model, lang, names) {
    const fee = model.agreement.fee;
    const party = (p) => ({
        role: p.role,
        legalName: p.legalName,
        kvk: p.kvk,
        address: p.address,
        representative: title(p.representative, lang),
        hasRepresentative: p.representative !== null,
        term: title(p.term, lang),
        hasTerm: p.term !== null,
        texts: p.texts.map((t) => wording(t, lang)),
    });
    const rule = (r) => ({
        consequence: r.consequence,
        norms: r.norms.map(names.objective),
        consecutive: r.consecutive === null ? null : formatNumber(r.consecutive, lang),
        inWindow: r.inWindow ? { count: formatNumber(r.inWindow.count, lang), months: formatNumber(r.inWindow.months, lang) } : null,
        within: r.within ? formatDuration(r.within, lang) : null,
    });
    const l = model.legal;
    const caps = (cs) => cs.map((c) => ({ amount: amount(c.amount, fee, lang), period: period(c.period, lang) }));
    const terms = model.creditTerms;
    const soleLadders = model.credits.filter((c) => c.soleRemedy).map((c) => c.objective);
    const hasCredits = model.credits.length > 0 || model.outageCredits.length > 0 || model.ticketCredits !== null;
    const remedy = hasCredits
        ? {
            soleRemedy: (terms?.soleRemedy ?? false) || soleLadders.length > 0,
            penalty: terms?.penalty ?? false,
            norms: terms?.soleRemedy ? [] : soleLadders.map(names.objective),
            allNorms: terms?.soleRemedy ?? false,
        }
        : null;
    return {
        parties: { provider: party(model.parties.provider), customer: party(model.parties.customer) },
        mainAgreement: wording(l.mainAgreement, lang),
        hasMainAgreement: l.mainAgreement !== null,
        mainPrevails: l.mainPrevails,
        prevailingLanguage: l.prevailingLanguage,
        disputes: l.disputes.map((d, i) => ({ forum: d.forum, name: d.name, first: i === 0 })),
        renewal: l.renewal
            ? { every: formatDuration(l.renewal.every, lang), notice: l.renewal.notice ? formatDuration(l.renewal.notice, lang) : null }
            : null,
        liability: l.liability
            ? {
                money: l.liability.cap.kind === 'money' ? formatMoney(l.liability.cap.minor, l.liability.cap.currency, lang) : null,
                months: l.liability.cap.kind === 'fees' ? formatNumber(l.liability.cap.months, lang) : null,
                period: l.liability.period ? period(l.liability.period, lang) : null,
            }
            : null,
        dataProcessing: wording(l.dataProcessing, lang),
        hasDataProcessing: l.dataProcessing !== null,
        audit: l.audit
            ? {
                period: l.audit.period ? period(l.audit.period, lang) : null,
                notice: l.audit.notice ? formatDuration(l.audit.notice, lang) : null,
            }
            : null,
        improvementPlans: l.rules.filter((r) => r.consequence === 'improvement-plan').map(rule),
        terminations: l.rules.filter((r) => r.consequence === 'termination').map(rule),
        texts: l.texts.map((t) => wording(t, lang)),
        remedy,
        outageCredits: model.outageCredits.map((o) => ({
            objective: names.objective(o.objective),
            bands: o.bands.map((b) => ({ length: formatDuration(b.length, lang), amount: amount(b.amount, fee, lang) })),
            caps: caps(o.caps),
            texts: o.texts.map((t) => wording(t, lang)),
        })),
        ticketCredits: model.ticketCredits
            ? {
                bands: model.ticketCredits.bands.map((b) => ({
                    target: b.target,
                    priority: names.priority(b.priority),
                    amount: amount(b.amount, fee, lang),
                    conditions: conditionsVm(b.conditions, names.titles),
                })),
                caps: caps(model.ticketCredits.caps),
                texts: model.ticketCredits.texts.map((t) => wording(t, lang)),
            }
            : null,
        netSettlement: hasCredits && model.bonuses.length > 0,
        revisions: {
            status: model.revisions.status,
            date: model.revisions.date ? formatDate(model.revisions.date, lang) : null,
            changes: model.revisions.changes.map((c) => ({ version: c.version, date: formatDate(c.date, lang), text: wording(c.text, lang) })),
        },
        sourceHash: model.sourceHash ? model.sourceHash.slice(0, 12) : null,
    };
}
