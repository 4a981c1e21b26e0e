/**
 * A contract model as elements to compare (entity.ts), worded with the documents' view parts and
 * partials (compiler/document) and the change list's words (templates/<lang>/words.hbs).
 */
import { formatDate } from '../document/format/date.js';
import { formatDuration } from '../document/format/duration.js';
import { docLangs, formatList } from '../document/format/locale.js';
import { formatHoursLine } from '../document/format/weekdays.js';
import { pauseView, startView } from '../document/lifecycle-view.js';
import { amount, annexLetters, buildView, period, value, viewParts } from '../document/view-model.js';
import { conditionsVm } from '../document/view-goals.js';
import { textIn } from './entity.js';
import { inEach, word } from './words.js';
/** Elements of one model. */
export function elementsOf(model) {
    const ctxs = new Map(docLangs.map((lang) => {
        const view = buildView(model, lang, { checkExamples: false });
        return [
            lang,
            { lang, parts: viewParts(model, lang), view, root: { legal: { parties: view.legal.parties }, annexes: annexLetters(model) } },
        ];
    }));
    const each = (make) => inEach((lang) => make(ctxs.get(lang)));
    /** A word with the document partials' root context. */
    const w = (key, context = () => ({})) => each((c) => word(c.lang, key, { ...c.root, ...context(c) }));
    const out = [];
    const fee = model.agreement.fee;
    const entity = (e) => {
        const full = {
            parent: null,
            noun: null,
            name: null,
            item: null,
            summary: null,
            partial: null,
            aspects: [],
            texts: [],
            bears: [],
            ...e,
        };
        out.push(full);
        return full;
    };
    /** A top-level element: `Objective Infrastructure availability`. */
    const top = (subject, id, name, rest = {}) => {
        const noun = w(`n-${subject}`);
        return entity({
            id,
            subject,
            noun,
            name,
            label: each((c) => word(c.lang, 'label', { noun: noun[c.lang], name: name[c.lang] })),
            ...rest,
        });
    };
    /** An element inside `parent`: `Service window Office hours: closed on 24 December 2027`. */
    const child = (parent, subject, id, item, rest = {}) => entity({
        id: `${parent.id}/${id}`,
        subject,
        parent: parent.id,
        label: parent.label,
        item,
        partial: parent.partial,
        bears: parent.bears,
        ...rest,
    });
    const aspect = (name, v, text, extra = {}) => ({
        name,
        value: v,
        text,
        label: name === '' ? null : w(`a-${name}`),
        ...extra,
    });
    const prose = (name, t, extra = {}) => aspect(name, t?.byLang ?? null, inEach((lang) => textIn(t, lang)), { prose: true, ...extra });
    /** An element that is a list of contract texts only (the exclusions, the reporting texts …). */
    const textList = (subject, partial, list) => single(subject, partial, { texts: [texts('texts', list)] });
    /** An element of which a contract has at most one (the priority matrix, the credit terms …). */
    const single = (subject, partial, rest = {}) => entity({ id: subject, subject, label: w(`n-${subject}`), partial, ...rest });
    const yesNo = (name, yes) => aspect(name, yes, w('yes-no', () => ({ yes })));
    const named = (n) => inEach((lang) => textIn(n.title, lang) || n.name);
    const dur = (d) => inEach((lang) => (d ? formatDuration(d, lang) : word(lang, 'none')));
    const plain = (s) => inEach((lang) => s ?? word(lang, 'none'));
    const date = (d) => inEach((lang) => formatDate(d, lang));
    const periodText = (p) => w('period', (c) => ({ period: p ? period(p, c.lang) : null }));
    const amountText = (a) => w('amount', (c) => ({ amount: amount(a, fee, c.lang) }));
    const texts = (name, ts, partial) => ({
        name,
        label: name === 'texts' ? null : w(`a-${name}`),
        texts: ts,
        ...(partial ? { partial } : {}),
    });
    // ---- agreement, parties, revisions, legal frame -------------------------------------------
    const a = model.agreement;
    entity({
        id: 'agreement',
        subject: 'agreement',
        label: w('n-agreement'),
        bears: ['*'],
        aspects: [
            prose('title', a.title),
            aspect('provider', a.provider, plain(a.provider)),
            aspect('customer', a.customer, plain(a.customer)),
            aspect('kind', a.kind, w('kind', () => ({ kind: a.kind }))),
            aspect('version', a.version, plain(a.version)),
            aspect('term', a.term, w('term', (c) => ({ from: formatDate(a.term.from, c.lang), to: formatDate(a.term.to, c.lang) }))),
            aspect('fee', a.fee, w('fee', (c) => ({ fee: a.fee, money: a.fee ? c.view.agreement.fee : null }))),
            aspect('languages', a.languages, each((c) => formatList(a.languages, c.lang))),
            aspect('review', a.review, dur(a.review), { partial: 'reporting' }),
            aspect('governing-law', a.governingLaw, plain(a.governingLaw), { partial: 'legal-final' }),
            prose('change-procedure', a.changeProcedure, { partial: 'changes' }),
            aspect('acceptance', a.acceptance, dur(a.acceptance), { partial: 'acceptance' }),
            aspect('timezone', a.timeZone, plain(a.timeZone), { partial: 'calendars' }),
        ],
        texts: [texts('texts', a.texts)],
    });
    for (const role of ['provider', 'customer']) {
        const p = model.parties[role];
        entity({
            id: `party/${role}`,
            subject: 'party',
            label: w(`n-party-${role}`),
            aspects: [
                aspect('kvk', p.kvk, plain(p.kvk)),
                aspect('address', p.address, plain(p.address)),
                prose('representative', p.representative),
                prose('defined-term', p.term),
            ],
            texts: [texts('texts', p.texts)],
        });
    }
    const rev = entity({
        id: 'revisions',
        subject: 'revisions',
        label: w('n-revisions'),
        aspects: [
            aspect('status', model.revisions.status, w('status', () => ({ status: model.revisions.status }))),
            aspect('date', model.revisions.date, model.revisions.date ? date(model.revisions.date) : plain(null)),
        ],
    });
    for (const r of model.revisions.changes)
        child(rev, 'revision', r.version, w('revision', () => ({ version: r.version })), {
            summary: each((c) => `${formatDate(r.date, c.lang)}: ${textIn(r.text, c.lang)}`),
            aspects: [aspect('date', r.date, date(r.date)), prose('text', r.text)],
        });
    const l = model.legal;
    const legal = entity({
        id: 'legal',
        subject: 'legal',
        label: w('n-legal'),
        partial: 'legal-final',
        aspects: [
            prose('main-agreement', l.mainAgreement),
            yesNo('main-prevails', l.mainPrevails),
            aspect('prevailing-language', l.prevailingLanguage, plain(l.prevailingLanguage)),
            aspect('disputes', l.disputes, each((c) => c.view.legal.disputes.map((d) => word(c.lang, 'forum', { ...d, ...c.root })).join('; ') || word(c.lang, 'none'))),
            aspect('renewal', l.renewal, w('renewal', (c) => ({ renewal: c.view.legal.renewal })), { partial: 'legal-term' }),
            aspect('liability', l.liability, w('liability', (c) => ({ liability: c.view.legal.liability })), { partial: 'legal-liability' }),
            prose('data-processing', l.dataProcessing, { partial: 'legal-data' }),
            aspect('audit', l.audit, w('audit', (c) => ({ audit: c.view.legal.audit })), { partial: 'legal-audit' }),
        ],
        texts: [texts('texts', l.texts)],
    });
    for (const r of l.rules) {
        const key = `${r.consequence}/${[...r.norms].sort().join(',')}`;
        const rule = (c) => ({
            rule: { ...r, norms: r.norms.map(c.parts.objectiveTitle), within: r.within ? formatDuration(r.within, c.lang) : null },
        });
        child(legal, 'breach-rule', key, w('breach-rule', rule), {
            partial: r.consequence === 'termination' ? 'legal-term' : 'legal-improvement',
            bears: r.norms.map((n) => `objective:${n}`),
            aspects: [aspect('when', { consecutive: r.consecutive, inWindow: r.inWindow, within: r.within }, w('breach-when', rule))],
        });
    }
    // ---- definitions, services, exclusions, responsibilities --------------------------------------
    for (const f of model.fields)
        top('field', `field/${f.name}`, named(f), {
            partial: 'definitions',
            bears: ['*'],
            aspects: [
                prose('title', f.title),
                aspect('values', f.values, each((c) => (f.values ? formatList(f.values, c.lang) : word(c.lang, 'open-text')))),
            ],
            texts: [texts('texts', f.texts)],
        });
    for (const s of model.services)
        top('service', `service/${s.name}`, named(s), {
            partial: 'services',
            summary: each((c) => c.parts.service(s).texts.filter(Boolean).join(' ')),
            aspects: [prose('title', s.title)],
            texts: [texts('texts', s.texts)],
        });
    textList('exclusions', 'exclusions', model.exclusions);
    textList('responsibilities', 'responsibilities', model.responsibilities);
    // ---- service windows -------------------------------------------------------------------------
    for (const cal of model.calendars) {
        const e = top('calendar', `calendar/${cal.name}`, named(cal), {
            partial: 'calendars',
            bears: ['*'],
            summary: each((c) => word(c.lang, 'calendar', { ...c.root, item: c.parts.calendar(cal) })),
            aspects: [
                prose('title', cal.title),
                aspect('hours', cal.spec.weekly, each((c) => formatList(cal.hours.map((h) => formatHoursLine(h, c.lang)), c.lang))),
                aspect('timezone', cal.spec.zone, plain(cal.spec.zone)),
            ],
            texts: [texts('texts', cal.texts)],
        });
        for (const h of cal.spec.holidays)
            child(e, 'holidays', `holidays/${h.country}${h.region ? `-${h.region}` : ''}`, w('holidays', (c) => ({
                holidays: c.parts
                    .calendar(cal)
                    .holidays.find((x) => x.country === h.country.toUpperCase() && x.region === (h.region?.toUpperCase() ?? null)),
            })));
        for (const d of cal.spec.closed)
            child(e, 'closed-date', `closed/${d}`, w('closed-on', (c) => ({ date: formatDate(d, c.lang) })));
        for (const s of cal.spec.special ?? [])
            child(e, 'special-hours', `open/${s.date}`, w('open-on', (c) => ({ date: formatDate(s.date, c.lang), ranges: s.ranges.map(([f, t]) => `${hhmm(f)}–${hhmm(t)}`) })), {
                aspects: [
                    aspect('hours', s.ranges, each((c) => formatList(s.ranges.map(([f, t]) => `${hhmm(f)}–${hhmm(t)}`), c.lang))),
                ],
            });
        if (cal.spec.holidayHours)
            child(e, 'special-hours', 'open/holidays', w('open-holidays'), {
                aspects: [
                    aspect('hours', cal.spec.holidayHours, each((c) => formatList(cal.spec.holidayHours.map(([f, t]) => `${hhmm(f)}–${hhmm(t)}`), c.lang))),
                ],
            });
    }
    // ---- priorities, matrix, statuses, aliases ----------------------------------------------------
    for (const p of model.priorities)
        top('priority', `priority/${p.name}`, each((c) => word(c.lang, 'priority-name', { name: p.name, caption: textIn(p.title, c.lang) })), {
            partial: 'priorities',
            summary: each((c) => word(c.lang, 'priority', { ...c.root, item: c.parts.priority(p) })),
            aspects: [prose('title', p.title)],
            texts: [texts('texts', p.texts)],
        });
    if (model.matrix) {
        const mx = model.matrix;
        const e = single('matrix', 'priorities', {
            bears: ['*'],
            aspects: [aspect('impact', mx.impact, plain(mx.impact.join(', '))), aspect('urgency', mx.urgency, plain(mx.urgency.join(', ')))],
            texts: [texts('texts', mx.texts)],
        });
        for (const cell of mx.cells)
            child(e, 'matrix-cell', `${cell.impact}/${cell.urgency}`, w('cell', () => cell), { aspects: [aspect('', cell.priority, plain(cell.priority))] });
    }
    if (model.statuses) {
        const e = single('statuses', 'statuses', {
            bears: ['*'],
            texts: [texts('texts', model.statuses.texts)],
        });
        for (const s of model.statuses.statuses)
            child(e, 'status', s.name, plain(s.name), {
                aspects: [
                    aspect('meaning', { meaning: s.meaning, reason: s.reason }, w('status-meaning', () => s)),
                ],
            });
    }
    for (const al of model.aliases)
        entity({
            id: `alias/${al.field}/${al.value}`,
            subject: 'alias',
            label: w('alias', () => al),
            partial: 'statuses',
            bears: ['*'],
            aspects: [
                aspect('', al.target, w('alias-target', () => al)),
            ],
        });
    // ---- tiers and targets -----------------------------------------------------------------------
    textList('default-targets', 'tiers', model.targetTexts);
    for (const t of model.tiers) {
        const tierId = t.implicit ? 'tier' : `tier/${t.name}`;
        const e = t.implicit
            ? entity({ id: tierId, subject: 'tier', label: w('n-all-tickets'), partial: 'tiers' })
            : top('tier', tierId, named(t), { partial: 'tiers', aspects: [prose('title', t.title)] });
        e.texts.push(texts('texts', t.texts));
        e.aspects.push(aspect('clock-start', t.start, w('clock-start', () => ({ start: startView(t) }))));
        for (const x of t.targets) {
            const conditions = x.conditions.map((k) => `${k.field}=${[...k.values].sort().join(',')}`).sort();
            const id = `target/${t.implicit ? '' : t.name}/${x.priority}/${x.target}${conditions.length ? `/${conditions.join('&')}` : ''}`;
            const label = w('target-label', (c) => ({
                target: x.target,
                priority: x.priority,
                tier: t.implicit ? null : c.parts.tierTitle(t.name),
                conditions: conditionsVm(x.conditions, c.parts.titles),
            }));
            const windowed = x.calendar !== null && x.within.clock !== 'calendar';
            const window = w('window', (c) => ({ window: windowed ? c.parts.calendarTitle(x.calendar) : null }));
            const duration = dur(x.within);
            entity({
                id,
                subject: 'target',
                parent: tierId,
                label,
                partial: 'tiers',
                bears: [`clock:${t.implicit ? '' : t.name}:${x.priority}:${x.target}`],
                summary: each((c) => `${duration[c.lang]} (${window[c.lang]})`),
                aspects: [
                    aspect('', { value: x.within.value, unit: x.within.unit, clock: x.within.clock }, duration, { note: 'window' }),
                    aspect('window', windowed ? x.calendar : null, window),
                ],
            });
        }
        for (const p of t.pauses)
            child(e, 'pause', `pause/${p.condition}/${p.status ?? ''}`, w('pause', (c) => ({ pause: pauseView(p, c.lang) })), {
                bears: ['*'],
                aspects: [aspect('cap', p.cap, dur(p.cap))],
            });
    }
    // ---- objectives ------------------------------------------------------------------------------
    for (const o of model.objectives) {
        const availability = o.measure.kind === 'availability';
        const { target, direction, ...measure } = o.measure;
        const sentence = each((c) => word(c.lang, 'objective-sentence', { ...c.root, item: c.parts.objective(o) }));
        const e = top('objective', `objective/${o.name}`, named(o), {
            partial: availability ? 'availability' : 'performance',
            bears: [`objective:${o.name}`],
            summary: sentence,
            aspects: [
                prose('title', o.title),
                aspect('level', { target, direction }, w('level', (c) => ({ atLeast: direction === 'at least', target: value(target, c.lang) }))),
                aspect('measure', { measure, conditions: o.conditions }, sentence),
                aspect('period', o.period, periodText(o.period)),
            ],
            texts: [texts('texts', o.texts)],
        });
        o.exclusions.forEach((x, i) => {
            const vm = (c) => c.parts.objective(o).exclusions[i];
            child(e, 'objective-exclusion', `exclusion/${x.exclusion}`, w('exclusion-kind', () => ({ exclusion: x.exclusion })), {
                partial: availability ? 'downtime-exclusions' : 'performance',
                summary: w('exclusion', (c) => ({ item: vm(c) })),
                aspects: [
                    aspect('', x, w('exclusion', (c) => ({ item: vm(c) }))),
                ],
            });
        });
    }
    // ---- credits, bonuses, credit terms, credits per incident -------------------------------------
    const caps = (parent, list) => {
        for (const cap of list)
            child(parent, 'credit-cap', `cap/${cap.period.rolling ? 'rolling-' : ''}${cap.period.count}-${cap.period.unit}`, w('cap', (c) => ({ period: period(cap.period, c.lang) })), {
                aspects: [aspect('', cap.amount, amountText(cap.amount))],
            });
    };
    for (const [list, subject, partial] of [
        [model.credits, 'credits', 'credits'],
        [model.bonuses, 'bonus', 'bonuses'],
    ]) {
        for (const ld of list) {
            const e = top(subject, `${subject}/${ld.objective}`, each((c) => c.parts.objectiveTitle(ld.objective) ?? ld.objective), {
                partial,
                bears: [`objective:${ld.objective}`],
                summary: each((c) => word(c.lang, 'ladder', { ...c.root, item: c.parts.ladder(ld) })),
                aspects: [yesNo('sole-remedy', ld.soleRemedy)],
                texts: [texts('texts', ld.texts)],
            });
            for (const b of ld.bands)
                child(e, 'credit-band', `band/${b.comparison}/${b.threshold.kind}/${JSON.stringify(b.threshold)}`, w('band', (c) => ({ comparison: b.comparison, threshold: value(b.threshold, c.lang) })), {
                    aspects: [aspect('', b.amount, amountText(b.amount))],
                });
            caps(e, ld.caps);
        }
    }
    const ct = model.creditTerms;
    const terms = single('credit-terms', 'credits', {
        bears: ct ? ['*'] : [],
        aspects: [yesNo('sole-remedy', ct?.soleRemedy ?? false), yesNo('penalty', ct?.penalty ?? false)],
        texts: [texts('texts', ct?.texts ?? [])],
    });
    caps(terms, ct?.caps ?? []);
    for (const oc of model.outageCredits) {
        const e = top('outage-credits', `outage-credits/${oc.objective}`, each((c) => c.parts.objectiveTitle(oc.objective) ?? oc.objective), {
            partial: 'incident-credits',
            bears: [`objective:${oc.objective}`],
            texts: [texts('texts', oc.texts)],
        });
        for (const b of oc.bands)
            child(e, 'credit-band', `band/${b.length.value}-${b.length.unit}-${b.length.clock}`, w('outage-band', (c) => ({ length: formatDuration(b.length, c.lang) })), {
                aspects: [aspect('', b.amount, amountText(b.amount))],
            });
        caps(e, oc.caps);
    }
    if (model.ticketCredits) {
        const tc = model.ticketCredits;
        const e = single('ticket-credits', 'incident-credits', {
            bears: ['*'],
            texts: [texts('texts', tc.texts)],
        });
        for (const b of tc.bands) {
            const conditions = b.conditions.map((k) => `${k.field}=${[...k.values].sort().join(',')}`).sort();
            child(e, 'credit-band', `band/${b.target}/${b.priority}/${conditions.join('&')}`, w('target-label', (c) => ({
                target: b.target,
                priority: b.priority,
                tier: null,
                conditions: conditionsVm(b.conditions, c.parts.titles),
            })), {
                aspects: [aspect('', b.amount, amountText(b.amount))],
            });
        }
        caps(e, tc.caps);
    }
    // ---- escalation, reporting, worked examples ---------------------------------------------------
    for (const esc of model.escalations) {
        const vm = (c) => c.parts.escalation(esc);
        const e = top('escalation', `escalation/${esc.name}`, named(esc), {
            partial: 'escalations',
            summary: each((c) => word(c.lang, 'escalation', { ...c.root, item: vm(c) })),
            aspects: [
                prose('title', esc.title),
                aspect('scope', {
                    priorities: [...esc.priorities].sort(),
                    objectives: [...esc.objectives].sort(),
                    conditions: esc.conditions,
                    countedFrom: esc.countedFrom,
                    includePaused: esc.includePaused,
                }, each((c) => word(c.lang, 'escalation-scope', { ...c.root, ...vm(c) }))),
            ],
            texts: [texts('texts', esc.texts)],
        });
        esc.warnings.forEach((x, i) => child(e, 'warning', `warning/${x.at}/${x.target}`, w('warning', (c) => ({ ...vm(c).warnings[i] })), { aspects: [prose('to', x.to)] }));
        esc.steps.forEach((s, i) => child(e, 'escalation-step', `step/${s.number}`, w('step', () => ({ number: s.number })), {
            summary: w('step-detail', (c) => ({ ...vm(c).steps[i] })),
            aspects: [
                prose('role', s.role),
                aspect('after', { value: s.after.value, unit: s.after.unit, clock: s.after.clock }, dur(s.after), { note: 'window' }),
                aspect('window', s.after.clock === 'calendar' ? null : s.calendar, w('window', (c) => ({ window: vm(c).steps[i].window }))),
                prose('contact', s.contact),
            ],
        }));
    }
    const reporting = textList('reporting', 'reporting', model.reportingTexts);
    for (const r of model.reports)
        child(reporting, 'report', `report/${JSON.stringify(r.title.byLang)}`, each((c) => textIn(r.title, c.lang)), {
            summary: w('report', (c) => ({ frequency: r.frequency, recipient: r.recipient ? textIn(r.recipient, c.lang) : null })),
            aspects: [
                aspect('frequency', r.frequency, w('frequency', () => ({ frequency: r.frequency }))),
                prose('recipient', r.recipient),
                aspect('covering', [...r.covering].sort(), each((c) => formatList(r.covering.map((n) => c.parts.objectiveTitle(n) ?? n), c.lang) || word(c.lang, 'none'))),
            ],
        });
    for (const s of model.scenarios)
        top('scenario', `scenario/${JSON.stringify(s.title.byLang)}`, each((c) => textIn(s.title, c.lang)), {
            partial: 'annex-examples',
            aspects: [aspect('body', { zone: s.zone, body: s.body }, w('scenario-body'))],
        });
    return out;
}
const hhmm = (minute) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
