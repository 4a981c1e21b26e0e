/** Human messages for syntax errors: what was expected, in the language's own words. */
import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';

function found(token: IToken): string {
  if (token.tokenType === EOF) return 'the end of the file';
  if (token.tokenType.name === 'UnterminatedString') return 'a string without its closing quote';
  return `'${token.image}'`;
}

function after(previous: IToken | undefined): string {
  return previous && previous.tokenType !== EOF && previous.image ? ` after '${previous.image}'` : '';
}

const durationLeads = new Set(['within', 'after', 'announced', 'every', 'period']);

/** What a rule stands for, when none of its alternatives fits. */
const ruleDescriptions: Record<string, string> = {
  declaration:
    'a declaration: agreement, service, exclusions, customer responsibilities, calendar, priority, targets, tier, field, objective, credits, credit terms, bonus, escalation, reporting or scenario',
  agreementStmt:
    "an agreement clause such as provider, customer, kind, version, term, monthly fee, languages, review, governing law, change procedure, acceptance period, timezone or text, or '}'",
  calendarStmt: "a calendar line such as `timezone Europe/Amsterdam`, `monday to friday 08:00 to 18:00`, `closed on public holidays NL`, `open on 2026-12-24 08:00 to 12:00`, or '}'",
  targetStmt: "a target such as `response P1 within 15 minutes`, `paused while waiting for customer`, `calendar office`, or '}'",
  objectiveStmt:
    "an objective such as `availability of service X at least 99.9% per month`, `80% of calls answered within 30 seconds`, `first time right at least 85%`, `average resolution time at most 8 hours`, `90th percentile of response time at most 1 hour`, a `for …` condition, an `excluding …` line, or '}'",
  ladderStmt: "a band such as `below 99.9% credit 5% of monthly fee`, a cap `at most 30% of monthly fee per month`, `sole remedy`, or '}'",
  escalationStmt: "an escalation line such as `step 1 \"Service managers\" after 5 working days`, `for P1`, `warn at 75% of resolution time`, or '}'",
  scenarioStmt: "a scenario line such as `ticket T1 priority P1 created 2026-03-06 17:00`, `outage of X from … to …`, `expect …`, or '}'",
  matrixStmt: "a matrix line such as `impact levels high, low` or `high impact and low urgency is P2`, or '}'",
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

function describeRule(ruleName: string, previous: IToken | undefined): string | undefined {
  if (ruleName === 'value' || ruleName === 'amount') {
    const prev = previous?.image ?? '';
    return durationLeads.has(prev) ? 'a duration such as `4 hours` or `5 working days`' : 'a value such as `4 hours`, `99.9%` or `EUR 500`';
  }
  return ruleDescriptions[ruleName];
}

function label(type: TokenType): string {
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
    default:
      return type.LABEL ?? type.name;
  }
}

function firstTokens(paths: TokenType[][][]): string[] {
  const seen = new Set<string>();
  for (const alt of paths) for (const path of alt) if (path[0]) seen.add(label(path[0]));
  return [...seen];
}

function oneOf(items: string[]): string {
  if (items.length <= 1) return items[0] ?? 'something else';
  if (items.length > 6) return `${items.slice(0, 6).join(', ')} …`;
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export const errorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, previous, ruleName }) {
    // Inside a value, say what kind of value; elsewhere the one missing token is the clearest answer.
    const what = (valueRules.has(ruleName) && describeRule(ruleName, previous)) || label(expected);
    return `expected ${what}${after(previous)}, found ${found(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `unexpected ${found(firstRedundant)}: expected a declaration`;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, ruleName }) {
    const what = describeRule(ruleName, previous) ?? oneOf(firstTokens(expectedPathsPerAlt));
    return `expected ${what}${after(previous)}, found ${found(actual[0]!)}`;
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, previous, ruleName }) {
    const what = describeRule(ruleName, previous) ?? oneOf(firstTokens([expectedIterationPaths]));
    return `expected ${what}${after(previous)}, found ${found(actual[0]!)}`;
  },
};
