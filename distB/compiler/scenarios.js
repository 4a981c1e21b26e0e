/**
 * Scenarios: the worked examples of a contract, run through the same engine as real data.
 * Times are read in the scenario's zone (`ScenarioModel.zone`); each statement becomes a record
 * (tickets, outages, measurements) or a tally (`4100 calls answered after 20 seconds in 2026-03`),
 * the evaluation runs once per scenario, and each `expect` is compared with the report.
 *
 * How statements become data:
 *  - a ticket without a tier gets the contract's first tier;
 *  - events become statuses of the contract's vocabulary (scenario-events.ts): `paused` the tier's
 *    first pausing status, `resumed` the first status that starts, `resolved` the first that
 *    resolves, `reopened` the first that reopens; `status "…"` is taken as written;
 *  - a measured value is a period value of the objective; `1.4 per 100 tasks` is scaled to the target's "per";
 *  - `expect … is 74%` passes when the measured value rounds to 74 at the precision written
 *    (so `is 99.94%` allows ±0.005).
 */
import { DateTime } from 'luxon';
import { nouns, verbs } from './measures.js';
import { lowerDuration } from './lower.js';
import { toRuntimeContract } from './emit/runtime-contract.js';
import { Evaluation, OptionsError } from '../runtime/evaluate/engine.js';
import { fmtNumber } from '../runtime/evaluate/context.js';
import { Vocabulary } from '../runtime/evaluate/statuses.js';
import { checkLifecycleExpectation, scenarioTicket } from './scenario-lifecycle.js';
import { checkIncidentExpectation } from './scenario-incidents.js';
const line = (n) => n.range.start.line;
function title(s, lang) {
    return s.title.byLang[lang] ?? s.title.byLang['en'] ?? s.title.byLang['*'] ?? Object.values(s.title.byLang)[0] ?? '';
}
export function instant(dt, zone) {
    const [h = '', ...rest] = dt.time.split(':');
    const t = DateTime.fromISO(`${dt.date}T${[h.padStart(2, '0'), ...rest].join(':')}`, { zone });
    if (!t.isValid)
        throw new OptionsError(`line ${line(dt)}: ${dt.date} ${dt.time} is not a time in ${zone}`);
    return t.toISO({ suppressMilliseconds: true });
}
export function valueText(v) {
    switch (v.kind) {
        case 'Percentage':
            return v.raw.endsWith('%') ? v.raw : `${v.raw}%`;
        case 'Money':
            return `${v.currency} ${v.raw}`;
        case 'Score':
            return `${v.raw} out of ${v.outOfRaw}`;
        case 'Rate':
            return `${v.raw} per ${v.perRaw} ${v.noun}`;
        case 'Duration':
            return `${v.raw} ${v.clock === 'elapsed' ? '' : `${v.clock} `}${v.unit}s`;
        case 'Number':
            return v.raw;
    }
}
export const unitMs = { second: 1_000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000 };
/** A duration in the unit of the objective's duration target (`330 minutes` against `6 hours` → 5.5). */
function durationIn(v, target) {
    if (target?.kind !== 'duration' || target.duration.unit === v.unit)
        return v.value;
    const from = unitMs[v.unit];
    const to = unitMs[target.duration.unit];
    return from && to ? (v.value * from) / to : v.value;
}
/** Decimals written in a raw number (`99.94` → 2). */
const decimals = (raw) => (raw.split('.')[1] ?? '').replace(/[^0-9]/g, '').length;
export function runScenarios(model, options = {}) {
    const contract = toRuntimeContract(model, options.file ?? null);
    return model.scenarios.map((s) => runScenario(contract, s, options.file ?? null, options.language ?? 'en'));
}
export function runScenario(contract, s, file, language = 'en') {
    const result = { title: title(s, language), line: s.line, passed: false, expectations: [], problems: [] };
    const zone = s.zone ?? contract.zone;
    let report;
    try {
        report = evaluateScenario(contract, s, zone, file);
    }
    catch (e) {
        if (e instanceof OptionsError || e instanceof RangeError) {
            result.problems.push(e.message);
            return result;
        }
        throw e;
    }
    for (const p of report.data.problems)
        result.problems.push(`line ${p.line ?? '?'}: ${p.field ? `${p.field}: ` : ''}${p.message}`);
    for (const stmt of s.body) {
        const r = checkExpectation(contract, report, stmt) ??
            checkLifecycleExpectation(report, stmt, zone) ??
            checkIncidentExpectation(report, stmt, zone);
        if (r)
            result.expectations.push(r);
    }
    result.passed = result.expectations.every((e) => e.passed) && report.data.problems.every((p) => p.severity !== 'error');
    return result;
}
function evaluateScenario(contract, s, zone, file) {
    const nowStmt = s.body.find((x) => x.kind === 'Now');
    const ev = new Evaluation(contract, { now: nowStmt ? instant(nowStmt.at, zone) : null });
    const where = (n, index) => ({ file, line: line(n), index });
    let tickets = 0;
    let outages = 0;
    let measurements = 0;
    const vocabulary = new Vocabulary(contract);
    for (const stmt of s.body) {
        switch (stmt.kind) {
            case 'Ticket':
                ev.addRecord('ticket', scenarioTicket(contract, vocabulary, stmt, zone), where(stmt, tickets++));
                break;
            case 'Outage':
                ev.addRecord('outage', {
                    id: `line ${line(stmt)}`,
                    service: stmt.service.name,
                    start: instant(stmt.from, zone),
                    end: instant(stmt.to, zone),
                    kind: stmt.outage,
                    ...(stmt.announced ? { announced: instant(stmt.announced, zone) } : {}),
                }, where(stmt, outages++));
                break;
            case 'Contacts': {
                const noun = nouns[stmt.noun.name];
                const event = noun ? verbs[noun.source][stmt.verb.name] : undefined;
                if (!noun || !event)
                    throw new OptionsError(`line ${line(stmt)}: slac cannot count ${stmt.noun.name} ${stmt.verb.name}`);
                ev.addTally({
                    source: noun.source,
                    channel: noun.channel,
                    event,
                    count: stmt.count.value,
                    after: stmt.after && stmt.after.kind === 'Duration' ? lowerDuration(stmt.after) : null,
                    period: stmt.period.value,
                });
                break;
            }
            case 'Measurement': {
                const o = contract.objectives.find((x) => x.name === stmt.objective.name);
                const v = stmt.value;
                let value;
                let outOf;
                if (v.kind === 'Rate') {
                    const per = o?.measure.kind === 'quality' && o.measure.target.kind === 'rate' ? o.measure.target.per : v.per;
                    value = (v.count * per) / v.per;
                }
                else if (v.kind === 'Score') {
                    value = v.value;
                    outOf = v.outOf;
                }
                else if (v.kind === 'Percentage' || v.kind === 'Number')
                    value = v.value;
                else if (v.kind === 'Duration')
                    value = durationIn(v, o?.measure.target);
                else if (v.kind === 'Money')
                    value = v.minor / 100;
                else
                    throw new OptionsError(`line ${line(stmt)}: a measured value cannot be ${valueText(v)}`);
                ev.addRecord('measurement', { objective: stmt.objective.name, period: stmt.period.value, value, ...(outOf !== undefined ? { outOf } : {}) }, where(stmt, measurements++));
                break;
            }
            default:
                break;
        }
    }
    return ev.finish();
}
function checkExpectation(contract, r, stmt) {
    const at = line(stmt);
    switch (stmt.kind) {
        case 'ExpectObjective': {
            const text = `expect ${stmt.objective.name} in ${stmt.period.value} ${stmt.outcome}`;
            const o = findObjective(r, stmt.objective.name, stmt.period.value);
            const actual = o === null
                ? `no ${stmt.objective.name} result for ${stmt.period.value}`
                : o.met === null
                    ? 'no data'
                    : `${o.met ? 'met' : 'breached'} (${measuredText(o)} against ${o.direction} ${fmtValue(o.target, o.unit)})`;
            return { line: at, text, passed: o !== null && o.met === (stmt.outcome === 'met'), expected: stmt.outcome, actual };
        }
        case 'ExpectValue': {
            const text = `expect ${stmt.objective.name} in ${stmt.period.value} is ${valueText(stmt.value)}`;
            const o = findObjective(r, stmt.objective.name, stmt.period.value);
            const v = stmt.value;
            let expected;
            if (v.kind === 'Rate') {
                const obj = contract.objectives.find((x) => x.name === stmt.objective.name);
                const per = obj?.measure.target.kind === 'rate' ? obj.measure.target.per : v.per;
                expected = (v.count * per) / v.per;
            }
            else if (v.kind === 'Score') {
                const obj = contract.objectives.find((x) => x.name === stmt.objective.name);
                const outOf = obj?.measure.target.kind === 'score' ? obj.measure.target.outOf : v.outOf;
                expected = (v.value * outOf) / v.outOf;
            }
            else if (v.kind === 'Duration') {
                expected = durationIn(v, contract.objectives.find((x) => x.name === stmt.objective.name)?.measure.target);
            }
            else
                expected = v.kind === 'Money' ? v.minor / 100 : v.value;
            const tolerance = 0.5 * 10 ** -decimals(v.raw) + 1e-9;
            const passed = o !== null && o.sli !== null && Math.abs(o.sli - expected) <= tolerance;
            return {
                line: at,
                text,
                passed,
                expected: `${valueText(v)} (±${fmtNumber(tolerance - 1e-9)})`,
                actual: o === null ? `no ${stmt.objective.name} result for ${stmt.period.value}` : measuredText(o),
            };
        }
        case 'ExpectCredit': {
            const amountText = expectedAmountText(stmt.amount);
            const text = `expect credit for ${stmt.objective.name} in ${stmt.period.value} is ${amountText}`;
            const c = r.credits.find((x) => x.objective === stmt.objective.name && x.period === stmt.period.value) ?? null;
            if (c === null) {
                const hasLadder = contract.credits.some((l) => l.objective === stmt.objective.name);
                return {
                    line: at,
                    text,
                    passed: false,
                    expected: amountText,
                    actual: hasLadder ? `no result for ${stmt.period.value}` : `the contract has no credits for ${stmt.objective.name}`,
                };
            }
            return { line: at, text, passed: grantedMatches(c.granted, stmt.amount), expected: amountText, actual: describeCredit(c) };
        }
        default:
            return null;
    }
}
function findObjective(r, name, period) {
    return r.objectives.find((o) => o.objective === name && o.period === period) ?? null;
}
const fmtValue = (v, unit) => `${fmtNumber(v)}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`;
const measuredText = (o) => (o.sli === null ? 'no data' : fmtValue(o.sli, o.unit));
/** `5% of monthly fee`, `EUR 250`, `none`: an expected credit as the scenario writes it. */
export function expectedAmountText(a) {
    return a === null ? 'none' : `${valueText(a.value)}${a.ofFee ? ' of monthly fee' : ''}`;
}
/** The granted credit is the expected one: money to the cent, a share of the fee to 0.0001%, none as zero. */
export function grantedMatches(g, a) {
    if (a === null)
        return (g.minor ?? 0) === 0 && (g.percentOfFee ?? 0) === 0;
    if (a.value.kind === 'Money')
        return g.minor === a.value.minor;
    const pct = a.value.kind === 'Percentage' ? a.value.value : NaN;
    return g.percentOfFee !== null && Math.abs(g.percentOfFee - pct) <= 1e-4;
}
/** A granted credit as a scenario failure reports it. */
export function grantedText(g) {
    return (g.minor ?? 0) === 0 && (g.percentOfFee ?? 0) === 0
        ? 'none'
        : `${g.percentOfFee !== null ? `${fmtNumber(g.percentOfFee)}% of monthly fee` : ''}${g.minor !== null ? ` (${g.currency ?? ''} ${(g.minor / 100).toFixed(2)})` : ''}`.trim();
}
/** Why a credit is less than its band: `, in the acceptance period`, `, capped`, or nothing. */
export function reductionText(c) {
    return c.inAcceptancePeriod ? ', in the acceptance period' : c.caps.length > 0 ? ', capped' : '';
}
function describeCredit(c) {
    return `${grantedText(c.granted)}${c.sli !== null ? ` at ${fmtNumber(c.sli)}` : ''}${c.band ? `, band ${c.band.comparison} ${fmtNumber(c.band.threshold)} (line ${c.band.line})` : ', no band'}${reductionText(c)}`;
}
