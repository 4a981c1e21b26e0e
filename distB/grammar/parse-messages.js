/**
 * What the parser expected where it stopped, in the language's own words. Chevrotain asks this
 * provider for a message string; it returns an `Expectation` as JSON, which syntax-errors.ts turns
 * into the message, knowing the tokens around the error (the word after which, the word found).
 */
import { EOF } from 'chevrotain';
const durationLeads = new Set(['within', 'after', 'announced', 'every', 'period']);
/** The statement rule of each block, so that an unexpected line in a block lists what it accepts. */
export const blockStatements = {
    agreement: 'agreementStmt',
    service: 'textStmt',
    list: 'textStmt',
    calendar: 'calendarStmt',
    priority: 'textStmt',
    matrix: 'matrixStmt',
    targets: 'targetStmt',
    tier: 'targetStmt',
    objective: 'objectiveStmt',
    credits: 'ladderStmt',
    creditTerms: 'ladderStmt',
    bonus: 'ladderStmt',
    escalation: 'escalationStmt',
    reporting: 'reportingStmt',
    scenario: 'scenarioStmt',
};
/** What a rule stands for, when none of its alternatives fits. */
const ruleDescriptions = {
    declaration: 'a declaration: agreement, service, exclusions, customer responsibilities, calendar, priority, targets, tier, field, objective, credits, credit terms, bonus, escalation, reporting, scenario or import',
    agreementStmt: "an agreement clause such as provider, customer, kind, version, term, monthly fee, languages, review, governing law, change procedure, acceptance period, timezone or text, or '}'",
    calendarStmt: "a calendar line such as `timezone Europe/Amsterdam`, `monday to friday 08:00 to 18:00`, `closed on public holidays NL`, `open on 2026-12-24 08:00 to 12:00`, or '}'",
    targetStmt: "a target such as `response P1 within 15 minutes`, `paused while waiting for customer`, `calendar office`, or '}'",
    objectiveStmt: "an objective such as `availability of service X at least 99.9% per month`, `80% of calls answered within 30 seconds`, `first time right at least 85%`, `average resolution time at most 8 hours`, `90th percentile of response time at most 1 hour`, a `for …` condition, an `excluding …` line, or '}'",
    ladderStmt: "a band such as `below 99.9% credit 5% of monthly fee`, a cap `at most 30% of monthly fee per month`, `sole remedy`, or '}'",
    escalationStmt: 'an escalation line such as `step 1 "Service managers" after 5 working days`, `for P1`, `warn at 75% of resolution time`, or \'}\'',
    scenarioStmt: "a scenario line such as `ticket T1 priority P1 created 2026-03-06 17:00`, `outage of X from … to …`, `expect …`, or '}'",
    matrixStmt: "a matrix line such as `impact levels high, low` or `high impact and low urgency is P2`, or '}'",
    textStmt: 'a text such as `text en "…"`, or \'}\'',
    reportingStmt: 'a report such as `report "Service report" monthly to "…"`, a text, or \'}\'',
    quality: 'a quality measure: first time right, average CSAT, NPS, reopen ratio, error rate or kpi <name>',
    timeStat: 'a time: `average resolution time …`, `90th percentile of response time …`, `average answer time of calls …`',
    condition: 'a condition such as `for priority P1`, `for team "Netwerk"`',
    unit: 'a unit: seconds, minutes, hours, days, weeks, months or years',
    period: 'a period: day, week, month, quarter or year',
    weekday: 'a weekday: monday … sunday',
    periodLit: 'a period such as 2026-03, 2026-Q1 or 2026',
    outcome: "'met' or 'breached'",
    zone: 'a time zone such as Europe/Amsterdam',
};
const valueRules = new Set(['value', 'amount', 'unit', 'period', 'zone', 'periodLit', 'weekday', 'outcome']);
function describeRule(ruleName, previous) {
    if (ruleName === 'value' || ruleName === 'amount') {
        const prev = previous?.image ?? '';
        return durationLeads.has(prev) ? 'a duration such as `4 hours` or `5 working days`' : 'a value such as `4 hours`, `99.9%` or `EUR 500`';
    }
    return ruleDescriptions[ruleName];
}
function label(type) {
    switch (type.name) {
        case 'StringLiteral':
            return 'a quoted string';
        case 'Identifier':
            return 'a name';
        case 'NumberToken':
            return 'a number';
        case 'PercentageToken':
            return 'a percentage such as 99.9%';
        case 'DateToken':
            return 'a date such as 2026-01-01';
        case 'TimeToken':
            return 'a time such as 08:00';
        case 'EOF':
            return 'the end of the file';
        default:
            return type.LABEL ?? type.name;
    }
}
function oneOf(items) {
    if (items.length <= 1)
        return items[0] ?? 'something else';
    if (items.length > 6)
        return `${items.slice(0, 6).join(', ')} …`;
    return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
/**
 * Where the input leaves every alternative: the paths are followed as far as the input matches
 * one of them, and the first token that matches none is the one to name.
 */
function divergence(paths, actual) {
    const matches = (t, type) => !!t && (t.tokenType === type || (t.tokenType.CATEGORIES ?? []).includes(type));
    let at = 0;
    for (const p of paths) {
        let i = 0;
        while (i < p.length && matches(actual[i], p[i]))
            i++;
        if (i < p.length)
            at = Math.max(at, i);
    }
    const types = new Map();
    for (const p of paths) {
        let i = 0;
        while (i < at && matches(actual[i], p[i]))
            i++;
        if (i === at && p[at])
            types.set(p[at].name, p[at]);
    }
    return { at, types: [...types.values()] };
}
function fromPaths(paths, actual, previous, ruleName) {
    const { at, types } = divergence(paths, actual);
    const found = actual[at];
    const list = oneOf([...new Set(types.map(label))]);
    const described = describeRule(ruleName, previous);
    const e = { what: (valueRules.has(ruleName) && described) || list, expected: types.map((t) => t.name), rule: ruleName };
    if (at === 0 && described)
        e.ruleWhat = described;
    if (at > 0 && found && found.tokenType !== EOF)
        e.foundOffset = found.startOffset;
    return JSON.stringify(e);
}
export const errorMessages = {
    buildMismatchTokenMessage({ expected, previous, ruleName }) {
        const block = expected.name === 'RCurly' ? blockStatements[ruleName] : undefined;
        // Inside a value, say what kind of value; at the end of a block, what the block accepts;
        // elsewhere the one missing token is the clearest answer.
        const what = (block && ruleDescriptions[block]) ||
            (ruleName === 'document' && ruleDescriptions['declaration']) ||
            (valueRules.has(ruleName) && describeRule(ruleName, previous)) ||
            label(expected);
        const e = { what, expected: [expected.name], rule: block ?? (ruleName === 'document' ? 'declaration' : ruleName) };
        return JSON.stringify(e);
    },
    buildNotAllInputParsedMessage() {
        const e = { what: ruleDescriptions['declaration'], expected: [], rule: 'declaration' };
        return JSON.stringify(e);
    },
    buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, ruleName }) {
        return fromPaths(expectedPathsPerAlt.flat(), actual, previous, ruleName);
    },
    buildEarlyExitMessage({ expectedIterationPaths, actual, previous, ruleName }) {
        return fromPaths(expectedIterationPaths, actual, previous, ruleName);
    },
};
