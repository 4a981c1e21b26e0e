import { clockNames } from './format-lifecycle.js';
import { consequenceWords } from './format-legal.js';
import { expectedAmountText, grantedMatches, grantedText, instant, reductionText } from './scenarios.js';
export function checkIncidentExpectation(r, stmt, zone) {
    const line = stmt.range.start.line;
    switch (stmt.kind) {
        case 'ExpectTicketCredit': {
            const text = `expect credit for ticket ${stmt.ticket.name} ${clockNames[stmt.target]} is ${expectedAmountText(stmt.amount)}`;
            const c = r.incidentCredits.find((x) => x.kind === 'ticket' && x.subject === stmt.ticket.name && x.target === stmt.target) ?? null;
            const others = r.incidentCredits.filter((x) => x.kind === 'ticket' && x.subject === stmt.ticket.name && x !== c);
            const actual = c
                ? describe(c)
                : `none${others.length > 0 ? ` (credits for ${others.map((o) => `${clockNames[o.target]} ${grantedText(o.granted)}`).join(', ')})` : ''}`;
            return {
                line,
                text,
                passed: c ? grantedMatches(c.granted, stmt.amount) : stmt.amount === null,
                expected: expectedAmountText(stmt.amount),
                actual,
            };
        }
        case 'ExpectOutageCredit': {
            const at = instant(stmt.from, zone);
            const t = Date.parse(at);
            const text = `expect credit for outage of ${stmt.objective.name} from ${stmt.from.date} ${stmt.from.time} is ${expectedAmountText(stmt.amount)}`;
            const credited = r.incidentCredits.filter((x) => x.kind === 'outage' && x.subject === stmt.objective.name);
            const c = credited.find((x) => Date.parse(x.from) <= t && t < Date.parse(x.to)) ?? null;
            const actual = c
                ? describe(c)
                : `no credited outage of ${stmt.objective.name} at ${at}${credited.length > 0 ? ` (credited: ${credited.map((x) => `${x.from} … ${x.to}`).join(', ')})` : ''}`;
            return {
                line,
                text,
                passed: c ? grantedMatches(c.granted, stmt.amount) : stmt.amount === null,
                expected: expectedAmountText(stmt.amount),
                actual,
            };
        }
        case 'ExpectBreachRule': {
            const words = consequenceWords[stmt.consequence];
            const text = `expect ${words} for ${stmt.objective.name} ${stmt.period ? `in ${stmt.period.value}` : 'none'}`;
            const results = r.breachRules.filter((x) => x.consequence === stmt.consequence && x.objective === stmt.objective.name);
            const triggered = results.filter((x) => x.triggered);
            const passed = stmt.period ? triggered.some((x) => x.triggeredIn === stmt.period.value) : triggered.length === 0;
            const expected = stmt.period ? `triggered in ${stmt.period.value}` : 'not triggered';
            return {
                line,
                text,
                passed,
                expected,
                actual: results.length === 0 ? `no ${words} rule for ${stmt.objective.name} was evaluated` : results.map(describeRule).join('; '),
            };
        }
        default:
            return null;
    }
}
function describe(c) {
    const what = c.kind === 'outage' ? `outage ${c.from} … ${c.to}, ` : '';
    return `${grantedText(c.granted)}${reductionText(c)} (${what}band ${c.band.text}: ${c.band.amount}, line ${c.band.line})`;
}
function describeRule(x) {
    const breached = x.breached.length === 0 ? 'no period breached' : `breached ${x.breached.join(', ')}`;
    return x.triggered
        ? `triggered in ${x.triggeredIn} (${x.reason === 'consecutive' ? 'consecutive breaches' : 'breaches within the window'}; ${breached}; rule line ${x.line})`
        : `not triggered (${breached} of ${x.periods.length} periods; rule line ${x.line})`;
}
