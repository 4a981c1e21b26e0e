import { OptionsError } from '../runtime/evaluate/engine.js';
import { parseTimestamp } from '../runtime/time.js';
import { clockNames } from './format-lifecycle.js';
import { instant, unitMs, valueText } from './scenarios.js';
const line = (n) => n.range.start.line;
/** The status a scenario event enters, from the contract's vocabulary. */
function statusFor(contract, vocabulary, tierName, e) {
    const tier = contract.tiers.find((t) => t.name === (tierName ?? contract.tiers[0].name)) ?? contract.tiers[0];
    let name;
    switch (e.event) {
        case 'paused': {
            const pause = tier.pauses[0];
            name = !pause
                ? vocabulary.nameFor('pauses')
                : pause.condition === 'status'
                    ? pause.status
                    : vocabulary.nameFor('pauses', pause.condition);
            break;
        }
        case 'resumed':
            name = vocabulary.nameFor('starts');
            break;
        case 'reopened':
            name = vocabulary.nameFor('reopens') ?? vocabulary.nameFor('starts');
            break;
        case 'status':
            name = e.status?.value ?? null;
            break;
        default:
            name = vocabulary.nameFor('resolves');
    }
    if (name === null)
        throw new OptionsError(`line ${line(e)}: the contract's statuses have no status for '${e.event}'`);
    return name;
}
/** The ticket record a scenario's `ticket …` line stands for. */
export function scenarioTicket(contract, vocabulary, stmt, zone) {
    const tier = stmt.tier ? contract.tiers.find((t) => t.name === stmt.tier.name) : contract.tiers[0];
    const events = [];
    let responded = null;
    let assigned = null;
    for (const e of stmt.events) {
        const at = instant(e.at, zone);
        if (e.event === 'responded')
            responded ??= at;
        else if (e.event === 'assigned')
            assigned ??= at;
        else if (e.event === 'replied')
            events.push({ at, message: 'provider' });
        else if (e.event === 'customer-wrote')
            events.push({ at, message: 'customer' });
        else if (e.event === 'priority')
            events.push({ at, priority: e.priority?.name ?? '' });
        else
            events.push({ at, status: statusFor(contract, vocabulary, tier?.name ?? null, e) });
    }
    return {
        id: stmt.id.name,
        priority: stmt.priority.name,
        ...(tier && !tier.implicit ? { tier: tier.name } : stmt.tier ? { tier: stmt.tier.name } : {}),
        ...scenarioFields(stmt.fields),
        created: instant(stmt.created, zone),
        ...(responded ? { responded } : {}),
        ...(assigned ? { assigned } : {}),
        events,
    };
}
/** `channel "email" language "nl" team "Netwerk"` on a scenario ticket: built-in columns and custom fields. */
function scenarioFields(fields) {
    const out = {};
    const custom = {};
    for (const f of fields) {
        if (f.field.name === 'channel' || f.field.name === 'language')
            out[f.field.name] = f.value.value;
        else
            custom[f.field.name] = f.value.value;
    }
    return Object.keys(custom).length > 0 ? { ...out, fields: custom } : out;
}
const clockOf = (t, kind) => kind === 'response' ? t.response : kind === 'resolution' ? t.resolution : kind === 'next-reply' ? t.nextReply : t.update;
function describeClock(c) {
    const when = c.stopped ? `stopped ${c.stopped}` : 'still running';
    const cycles = c.cycles ? `, ${c.cycles.late} of ${c.cycles.count} late` : '';
    return `${c.status}${c.assumed ? ` (${c.assumed} if the unknown statuses change nothing)` : ''} (${c.target}${c.calendar ? ` on ${c.calendar}` : ''}, due ${c.due ?? 'never'}, ${when}${cycles})`;
}
/** A duration as the clock counts it: ms for time, days for working and calendar days. */
function durationAmount(v) {
    if (v.kind !== 'Duration')
        return null;
    const days = v.clock === 'working' || v.clock === 'calendar';
    return { amount: days ? v.value : v.value * (unitMs[v.unit] ?? NaN), days };
}
const ms = (iso) => {
    if (iso === null)
        return null;
    const r = parseTimestamp(iso);
    return r.ok ? r.ms : null;
};
export function checkLifecycleExpectation(r, stmt, zone) {
    if (stmt.kind !== 'ExpectTicket' && stmt.kind !== 'ExpectClock' && stmt.kind !== 'ExpectAtRisk' && stmt.kind !== 'ExpectStep')
        return null;
    const at = line(stmt);
    const t = r.tickets.find((x) => x.id === stmt.ticket.name);
    const missing = (text, expected) => ({
        line: at,
        text,
        passed: false,
        expected,
        actual: 'the ticket was not evaluated',
    });
    if (stmt.kind === 'ExpectStep') {
        const text = `expect ${stmt.ticket.name} escalation${stmt.escalation ? ` ${stmt.escalation.name}` : ''} ${stmt.step ? `step ${stmt.step.raw}` : 'none'}`;
        const expected = stmt.step ? `step ${stmt.step.raw}` : 'none';
        if (!t)
            return missing(text, expected);
        const reached = t.escalation.filter((e) => stmt.escalation === null || e.escalation === stmt.escalation.name);
        const step = reached.length === 0 ? null : Math.max(...reached.map((e) => e.step));
        const actual = step === null ? 'none' : reached.map((e) => `${e.escalation} step ${e.step} (${e.role}) at ${e.at}`).join('; ');
        return { line: at, text, passed: stmt.step === null ? step === null : step === stmt.step.value, expected, actual };
    }
    const name = clockNames[stmt.target];
    if (stmt.kind === 'ExpectAtRisk') {
        const text = `expect ${stmt.ticket.name} ${name} at risk`;
        const open = r.open.find((o) => o.id === stmt.ticket.name)?.clocks.find((c) => c.kind === stmt.target);
        const actual = !open
            ? 'not an open clock at now'
            : `${open.used ?? '?'}% used, warning at ${open.warnAt ?? 'none'}%${open.atRisk ? ', at risk' : ', not at risk'}`;
        return { line: at, text, passed: open?.atRisk === true, expected: 'at risk', actual };
    }
    if (stmt.kind === 'ExpectTicket') {
        const text = `expect ${stmt.ticket.name} ${name} ${stmt.outcome}`;
        if (!t)
            return missing(text, stmt.outcome);
        const clock = clockOf(t, stmt.target);
        return {
            line: at,
            text,
            passed: clock?.status === stmt.outcome,
            expected: stmt.outcome,
            actual: clock ? describeClock(clock) : `no ${name} target applies`,
        };
    }
    const what = stmt.measure === 'due' ? instant(stmt.at, zone) : valueText(stmt.value);
    const text = `expect ${stmt.ticket.name} ${name} ${stmt.measure} ${stmt.measure === 'due' ? `${stmt.at.date} ${stmt.at.time}` : what}`;
    if (!t)
        return missing(text, what);
    const clock = clockOf(t, stmt.target);
    if (!clock)
        return { line: at, text, passed: false, expected: what, actual: `no ${name} target applies` };
    if (stmt.measure === 'due')
        return {
            line: at,
            text,
            passed: clock.due !== null && ms(clock.due) === ms(what),
            expected: what,
            actual: clock.due ?? 'never (paused)',
        };
    const want = durationAmount(stmt.value);
    const got = stmt.measure === 'elapsed' ? (want?.days ? clock.elapsedDays : clock.elapsedMs) : clock.remainingMs;
    const actual = got === null ? 'not counted' : want?.days ? `${got} days` : `${got / 60_000} minutes`;
    return { line: at, text, passed: want !== null && got !== null && Math.abs(got - want.amount) < 1e-6, expected: what, actual };
}
