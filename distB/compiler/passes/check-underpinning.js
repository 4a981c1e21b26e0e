import { diagnostic } from '../../diagnostics/index.js';
import { didYouMean } from '../../diagnostics/suggest.js';
import { chainStages, contextOf, durationStage, plainTarget, termOf } from '../underpinning/chains.js';
import { worstCase } from '../underpinning/fit.js';
import { hoursText, instantText, percentText } from '../underpinning/words.js';
import { lowerDuration } from '../lower.js';
class Findings {
    list = [];
    report(code, range, message) {
        this.list.push(diagnostic(code, range, message));
    }
}
export function checkUnderpinning(program) {
    const out = new Findings();
    for (const block of program.document.declarations) {
        if (block.kind !== 'Underpinning')
            continue;
        const chains = block.body.filter((s) => s.kind === 'Chain');
        for (const chain of chains)
            checkChain(program, chain, chains, out);
        for (const s of block.body)
            if (s.kind === 'SeriesAvailability')
                checkSeries(program, s, out);
        checkTerms(program, block, out);
    }
    return out.list;
}
/** The tiers of the SLA a chain line is checked for: the tier it names, else every tier without a chain of its own. */
function tiersOf(sla, chain, priority, chains) {
    if (chain.tier)
        return sla.tiers.filter((t) => t.name === chain.tier.name);
    const own = (t) => chains.some((c) => c.tier?.name === t.name && c.target === chain.target && c.priorities.some((p) => p.name === priority));
    return sla.tiers.filter((t) => !own(t));
}
function tierOfLevel(contract, level, out) {
    const file = level.agreement.name;
    if (level.tier) {
        const tier = contract.tiers.find((t) => !t.implicit && t.name === level.tier.name);
        if (!tier) {
            const names = contract.tiers.filter((t) => !t.implicit).map((t) => t.name);
            const { hint } = didYouMean(level.tier.name, names, level.tier.range);
            out.report('unknown-reference', level.tier.range, `${file} has no tier '${level.tier.name}'${hint || (names.length ? ` (its tiers: ${names.join(', ')})` : ' (it has no tiers)')}`);
        }
        return tier ?? null;
    }
    if (contract.tiers.length === 1)
        return contract.tiers[0];
    out.report('missing-clause', level.agreement.range, `${file} has the tiers ${contract.tiers.map((t) => t.name).join(', ')}: name the one whose targets apply, as in \`${file} tier ${contract.tiers[0].name}\``);
    return null;
}
function checkChain(program, chain, chains, out) {
    const sla = program.contract;
    for (const p of chain.priorities) {
        const levels = [];
        for (const l of chain.levels) {
            const contract = program.agreements.get(l.agreement.name)?.contract;
            if (!contract)
                return; // unknown name or an agreement with errors: reported where it is
            const tier = tierOfLevel(contract, l, out);
            if (!tier)
                return;
            if (!contract.priorities.some((q) => q.name === p.name)) {
                out.report('unknown-reference', p.range, `${l.agreement.name} has no priority '${p.name}': the levels of a chain share the SLA's priorities (import them from one file)`);
                return;
            }
            const target = plainTarget(tier, chain.target, p.name);
            if (!target) {
                out.report('missing-target', l.agreement.range, `${l.agreement.name} has no ${chain.target} target for ${p.name}${tier.implicit ? '' : ` in tier ${tier.name}`}`);
                return;
            }
            const handover = l.handover?.kind === 'Duration' ? { duration: lowerDuration(l.handover), calendar: l.calendar?.name ?? null } : null;
            levels.push({ name: l.agreement.name, contract, tier, target, handover });
        }
        for (const tier of tiersOf(sla, chain, p.name, chains)) {
            const own = plainTarget(tier, chain.target, p.name);
            if (own)
                checkFit(sla, chain, p, tier, own, levels, out);
        }
    }
}
function checkFit(sla, chain, priority, tier, own, levels, out) {
    const { stages, parts } = chainStages(sla, own, levels);
    const bound = [durationStage(contextOf(sla), own.within, own.calendar)];
    // The start instants: the SLA's term, as far as every level's term covers it (checkTerms reports the rest).
    const term = termOf(sla);
    const from = Math.max(term.from, ...levels.map((l) => termOf(l.contract).from));
    const to = Math.min(term.to, ...levels.map((l) => termOf(l.contract).to));
    if (from >= to)
        return;
    const worst = worstCase(stages, bound, from, to);
    if (worst.overrun <= 0)
        return;
    const zone = sla.zone;
    const at = (t) => instantText(zone, t);
    // Where the time goes: each hand-over and each level, from its start to its end.
    const spans = parts.map((q, k) => ({
        what: `${q.kind === 'handover' ? 'in the hand-over to' : 'at'} ${levels[q.level].name}`,
        start: worst.chain[k],
        end: worst.chain[k + 1],
    }));
    const longest = spans.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
    const end = worst.chain[worst.chain.length - 1];
    const tierText = tier.implicit ? '' : ` in tier ${tier.name}`;
    out.report('underpinning-does-not-fit', priority.range, `${chain.target} ${priority.name}${tierText} does not fit the agreements under it: a ${priority.name} reported on ${at(worst.start)} ` +
        `can take ${hoursText(end - worst.start)} along ${[...new Set(levels.map((l) => l.name))].join(' and ')} ` +
        `(${hoursText(longest.end - longest.start)} ${longest.what}, from ${at(longest.start)} to ${at(longest.end)}); ` +
        `the SLA allows ${hoursText(worst.due - worst.start)} (due ${at(worst.due)}): ${hoursText(worst.overrun)} too late`);
}
function availabilityOf(contract, name) {
    const o = contract.objectives.find((x) => x.name === name);
    return o?.measure.kind === 'availability' && o.measure.target.kind === 'percentage'
        ? { objective: o, measure: o.measure, target: o.measure.target.value }
        : null;
}
function checkSeries(program, s, out) {
    const own = availabilityOf(program.contract, s.objective.name);
    if (!own)
        return; // not an availability: check-underpinning-block reports it
    const components = [];
    for (const c of s.components) {
        const contract = program.agreements.get(c.agreement.name)?.contract;
        if (!contract)
            return;
        const found = availabilityOf(contract, c.objective.name);
        if (!found) {
            const names = contract.objectives.filter((o) => o.measure.kind === 'availability').map((o) => o.name);
            const { hint } = didYouMean(c.objective.name, names, c.objective.range);
            out.report('unknown-reference', c.objective.range, `${c.agreement.name} has no availability objective '${c.objective.name}'${hint || (names.length ? ` (its availability objectives: ${names.join(', ')})` : '')}`);
            return;
        }
        components.push({ name: c.agreement.name, objective: c.objective.name, target: found.target, contract, measure: found });
    }
    const languages = program.contract.agreement.languages;
    // In series the service is up only while every component is: at worst the downtimes do not overlap.
    const product = components.reduce((p, c) => (p * c.target) / 100, 100);
    if (product < own.target) {
        const sum = (f) => `${components.map((c) => f(c.target)).join(' × ')} = ${f(product)}`;
        const dutch = languages.includes('nl') ? `; in Dutch: ${sum((v) => percentText(v, 'nl'))} < ${percentText(own.target, 'nl')}` : '';
        out.report('availability-does-not-fit', s.objective.range, `${s.objective.name} promises ${percentText(own.target, 'en')}, but its components in series (${components.map((c) => `${c.name} ${c.objective}`).join(', ')}) ` +
            `promise together at most ${sum((v) => percentText(v, 'en'))}${dutch}`);
    }
    const term = termOf(program.contract);
    for (const c of components) {
        const narrower = uncoveredWindow(program.contract, own.measure.calendar, c.contract, c.measure.measure.calendar, term);
        if (narrower !== null) {
            out.report('availability-does-not-fit', s.objective.range, `${c.name} ${c.objective} is measured on ${c.measure.measure.calendar} only, while ${s.objective.name} counts ${own.measure.calendar ? `the open time of ${own.measure.calendar}` : 'every minute'}: ` +
                `downtime of ${c.name} outside ${c.measure.measure.calendar}, as from ${instantText(program.contract.zone, narrower)}, is not limited by its target`);
        }
        if (periodMonths(c.measure.objective.period) > periodMonths(own.objective.period)) {
            out.report('availability-does-not-fit', s.objective.range, `${c.name} ${c.objective} is measured per ${c.measure.objective.period.unit}, ${s.objective.name} per ${own.objective.period.unit}: one bad ${own.objective.period.unit} may still meet the component's target`);
        }
    }
}
const periodLength = { day: 1 / 30, week: 7 / 30, month: 1, quarter: 3, year: 12 };
function periodMonths(p) {
    return (periodLength[p.unit] ?? 1) * p.count;
}
/** The first instant of the term the SLA's window holds and the component's does not; null when it covers all. */
function uncoveredWindow(sla, slaCal, component, cal, term) {
    if (cal === null)
        return null;
    const theirs = contextOf(component).calendar(cal);
    const windows = slaCal === null ? [[term.from, term.to]] : contextOf(sla).calendar(slaCal).intervals(term.from, term.to);
    for (const [a, b] of windows) {
        let t = a;
        for (const [c, d] of theirs.intervals(a, b)) {
            if (c > t)
                return t;
            t = d;
        }
        if (t < b)
            return t;
    }
    return null;
}
/** Every agreement must run as long as the SLA: outside its term a level promises nothing. */
function checkTerms(program, block, out) {
    const sla = program.contract.agreement.term;
    for (const s of block.body) {
        if (s.kind !== 'UnderpinningAgreement')
            continue;
        const contract = program.agreements.get(s.name.name)?.contract;
        if (!contract)
            continue;
        const term = contract.agreement.term;
        if (term.from > sla.from || term.to < sla.to) {
            out.report('underpinning-does-not-fit', s.path.range, `${s.name.name} runs from ${term.from} to ${term.to}, the SLA from ${sla.from} to ${sla.to}: ${term.from > sla.from ? `before ${term.from}` : `after ${term.to}`} nothing underpins the SLA's targets`);
        }
    }
}
