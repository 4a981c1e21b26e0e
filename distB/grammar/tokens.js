/**
 * Tokens and the lexer of the slac language.
 *
 * Every token says whether it can span lines (`line_breaks`) and keywords say their first
 * character (`start_chars_hint`): chevrotain would otherwise work both out by analysing each
 * regular expression when the lexer is built, which is most of the lexer's share of a `slac`
 * command's start-up. test/grammar/validations.test.ts holds the hints to what the lexer does.
 */
import { createToken, Lexer } from 'chevrotain';
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n\u00a0\ufeff]+/, group: Lexer.SKIPPED, line_breaks: true });
export const Comment = createToken({ name: 'Comment', pattern: /\/\/[^\n\r]*/, group: 'comments', line_breaks: false });
export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*/, line_breaks: false });
/** IANA zone names contain a slash: `Europe/Amsterdam`, `America/Argentina/Buenos_Aires`. */
export const ZoneName = createToken({ name: 'ZoneName', pattern: /[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+/, line_breaks: false });
export const StringLiteral = createToken({ name: 'StringLiteral', pattern: /"(?:[^"\\\r\n]|\\.)*"/, line_breaks: false });
/** A string that runs to the end of the line: lexed so the parser can report it precisely. */
export const UnterminatedString = createToken({ name: 'UnterminatedString', pattern: /"(?:[^"\\\r\n]|\\.)*/, line_breaks: false });
export const DateToken = createToken({ name: 'DateToken', pattern: /\d{4}-\d{2}-\d{2}/, line_breaks: false });
export const QuarterToken = createToken({ name: 'QuarterToken', pattern: /\d{4}-Q[1-4]/, line_breaks: false });
export const MonthToken = createToken({ name: 'MonthToken', pattern: /\d{4}-\d{2}(?!\d)/, line_breaks: false });
/** `08:00`; scenarios may add seconds: `17:00:30`. */
export const TimeToken = createToken({ name: 'TimeToken', pattern: /\d{1,2}:\d{2}(?::\d{2})?/, line_breaks: false });
export const PercentageToken = createToken({ name: 'PercentageToken', pattern: /\d+(?:\.\d+)?%/, line_breaks: false });
/** Negative numbers exist for NPS (−100 … 100); elsewhere the checker rejects them. */
export const NumberToken = createToken({ name: 'NumberToken', pattern: /-?\d+(?:\.\d+)?/, line_breaks: false });
/** `90th`, `95th`, `99th` (percentiles); `1st`, `2nd`, `3rd` read as well. */
export const OrdinalToken = createToken({ name: 'OrdinalToken', pattern: /\d+(?:st|nd|rd|th)(?![A-Za-z0-9_])/, line_breaks: false });
/**
 * A run of characters that no token starts with (`€`, `@`, a backquote): lexed as one token, so
 * that junk costs linear time (the lexer's own error path is slow), and reported by the grammar
 * as one invalid-character diagnostic; it never reaches the parser. The lexer tries it only on the
 * common stray characters below; any other invalid character takes the error path, to the same
 * diagnostic.
 */
const invalidRun = /[^ \t\r\nA-Za-z0-9_"{},/\-\u00a0\ufeff]+/y;
export const InvalidRun = createToken({
    name: 'InvalidRun',
    pattern: {
        exec: (text, offset) => {
            invalidRun.lastIndex = offset;
            return invalidRun.exec(text);
        },
    },
    start_chars_hint: [..."\\`@#$&*()[];<>?^|~!=+':%.€£‘’“”–—§°"],
    line_breaks: false,
});
export const LCurly = createToken({ name: 'LCurly', pattern: '{', label: "'{'", line_breaks: false });
export const RCurly = createToken({ name: 'RCurly', pattern: '}', label: "'}'", line_breaks: false });
export const Comma = createToken({ name: 'Comma', pattern: ',', label: "','", line_breaks: false });
const keywordTokens = [];
function kw(word, pattern) {
    const name = word.replace(/(^|[ -])(\w)/g, (_m, _s, c) => c.toUpperCase()).replace(/\s/g, '');
    const token = createToken({
        name: `Kw${name}`,
        pattern: pattern ?? new RegExp(word),
        longer_alt: Identifier,
        label: `'${word}'`,
        line_breaks: false,
        start_chars_hint: [word[0]],
    });
    keywordTokens.push({ word, token });
    return token;
}
// Declarations
export const Agreement = kw('agreement');
export const Service = kw('service');
export const Exclusions = kw('exclusions');
export const Responsibilities = kw('responsibilities');
export const Calendar = kw('calendar');
export const Priority = kw('priority');
export const Matrix = kw('matrix');
export const Targets = kw('targets');
export const Tier = kw('tier');
export const Objective = kw('objective');
export const Credits = kw('credits');
export const Credit = kw('credit');
export const Terms = kw('terms');
export const Bonus = kw('bonus');
export const Escalation = kw('escalation');
export const Reporting = kw('reporting');
// The OLAs and UCs that support an SLA's targets (compiler/underpinning/)
export const Underpinning = kw('underpinning');
export const Scenario = kw('scenario');
export const TextKw = kw('text');
// Custom fields and conditions (compiler/conditions.ts)
export const Field = kw('field');
export const Values = kw('values');
// Imports of shared definitions from another file (compiler/program.ts)
export const Import = kw('import');
// Agreement
export const Provider = kw('provider');
export const Customer = kw('customer');
export const Kind = kw('kind');
export const Sla = kw('sla');
export const Internal = kw('internal');
export const Ola = kw('ola');
export const Multilevel = kw('multilevel');
export const Version = kw('version');
export const Term = kw('term');
export const Fee = kw('fee');
export const Languages = kw('languages');
export const Review = kw('review');
export const Every = kw('every');
export const Governing = kw('governing');
export const Law = kw('law');
export const Change = kw('change');
export const Procedure = kw('procedure');
export const Acceptance = kw('acceptance');
export const Period = kw('period');
export const Timezone = kw('timezone');
// Calendars
export const Closed = kw('closed');
export const Public = kw('public');
export const Holidays = kw('holidays');
export const Region = kw('region');
export const Monday = kw('monday');
export const Tuesday = kw('tuesday');
export const Wednesday = kw('wednesday');
export const Thursday = kw('thursday');
export const Friday = kw('friday');
export const Saturday = kw('saturday');
export const Sunday = kw('sunday');
export const Open = kw('open');
// Priorities and targets
export const Impact = kw('impact');
export const Urgency = kw('urgency');
export const Levels = kw('levels');
export const Is = kw('is');
export const Response = kw('response');
export const Resolution = kw('resolution');
export const Within = kw('within');
export const Paused = kw('paused');
export const While = kw('while');
export const Waiting = kw('waiting');
export const Third = kw('third');
export const Party = kw('party');
export const Status = kw('status');
// Objectives
export const Availability = kw('availability');
export const Least = kw('least');
export const Most = kw('most');
export const Excluding = kw('excluding');
export const Maintenance = kw('maintenance');
export const Announced = kw('announced');
export const Ahead = kw('ahead');
export const Force = kw('force');
export const Majeure = kw('majeure');
export const Caused = kw('caused');
export const Calamities = kw('calamities');
export const Volume = kw('volume');
export const Forecast = kw('forecast');
export const First = kw('first');
export const Time = kw('time');
export const Right = kw('right');
export const Average = kw('average');
export const Csat = kw('CSAT');
export const Nps = kw('NPS');
export const Out = kw('out');
export const Reopen = kw('reopen');
export const Ratio = kw('ratio');
export const ErrorKw = kw('error');
export const Rate = kw('rate');
export const Kpi = kw('kpi');
export const Percentile = kw('percentile');
// Credits and bonuses
export const Below = kw('below');
export const Above = kw('above');
export const Sole = kw('sole');
export const Remedy = kw('remedy');
// Escalation and reporting
export const Counted = kw('counted');
export const From = kw('from');
export const Creation = kw('creation');
export const Breach = kw('breach');
export const Warn = kw('warn');
export const Step = kw('step');
export const After = kw('after');
export const Contact = kw('contact');
export const Report = kw('report');
export const Real = kw('real');
export const Daily = kw('daily');
export const Weekly = kw('weekly');
export const Monthly = kw('monthly');
export const Quarterly = kw('quarterly');
export const Yearly = kw('yearly');
export const Covering = kw('covering');
// Scenarios
export const Now = kw('now');
export const Ticket = kw('ticket');
export const Created = kw('created');
export const Responded = kw('responded');
export const Resolved = kw('resolved');
export const Reopened = kw('reopened');
export const Resumed = kw('resumed');
export const Outage = kw('outage');
export const Planned = kw('planned');
export const Unplanned = kw('unplanned');
export const Measured = kw('measured');
export const Expect = kw('expect');
export const Met = kw('met');
export const Breached = kw('breached');
export const None = kw('none');
export const In = kw('in');
// Ticket lifecycle: statuses, aliases, clocks, warnings
export const Statuses = kw('statuses');
export const Aliases = kw('aliases');
export const Next = kw('next');
export const Reply = kw('reply');
export const Update = kw('update');
export const Clocks = kw('clocks');
export const Start = kw('start');
export const Assignment = kw('assignment');
export const Including = kw('including');
export const Assigned = kw('assigned');
export const Replied = kw('replied');
export const Wrote = kw('wrote');
export const Due = kw('due');
export const Elapsed = kw('elapsed');
export const Remaining = kw('remaining');
export const Risk = kw('risk');
export const Pending = kw('pending');
export const Uncertain = kw('uncertain');
// Legal frame and credits per incident
export const Kvk = kw('kvk');
export const Address = kw('address');
export const Represented = kw('represented');
export const By = kw('by');
export const Called = kw('called');
export const Legal = kw('legal');
export const Main = kw('main');
export const Prevails = kw('prevails');
export const Prevailing = kw('prevailing');
export const Language = kw('language');
export const Disputes = kw('disputes');
export const Mediation = kw('mediation');
export const Arbitration = kw('arbitration');
export const Court = kw('court');
export const Then = kw('then');
export const Renewal = kw('renewal');
export const Notice = kw('notice');
export const Liability = kw('liability');
export const Data = kw('data');
export const Processing = kw('processing');
export const Audit = kw('audit');
export const Measurements = kw('measurements');
export const Improvement = kw('improvement');
export const Plan = kw('plan');
export const Termination = kw('termination');
export const Consecutive = kw('consecutive');
export const Breaches = kw('breaches');
export const Penalty = kw('penalty');
export const Or = kw('or');
export const Revisions = kw('revisions');
export const Draft = kw('draft');
export const Final = kw('final');
export const DateKw = kw('date');
// Shared words
export const To = kw('to');
export const On = kw('on');
export const Of = kw('of');
export const At = kw('at');
export const Per = kw('per');
export const For = kw('for');
export const And = kw('and');
export const Day = kw('day');
export const Business = kw('business');
export const Working = kw('working');
export const CalendarDays = kw('calendar-days', /calendar(?=\s+days?(?![\w-]))/);
// Units: singular and plural spellings are one token each.
export const Seconds = kw('seconds', /seconds?/);
export const Minutes = kw('minutes', /minutes?/);
export const Hours = kw('hours', /hours?/);
export const Days = kw('days', /days/);
export const Weeks = kw('weeks', /weeks?/);
export const Months = kw('months', /months?/);
export const Quarters = kw('quarters', /quarters?/);
export const Years = kw('years', /years?/);
/** Order matters: longer and more specific patterns first; keywords before identifiers. */
function byLowerCase(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
}
export const allTokens = [
    WhiteSpace,
    Comment,
    StringLiteral,
    UnterminatedString,
    DateToken,
    QuarterToken,
    MonthToken,
    TimeToken,
    PercentageToken,
    OrdinalToken,
    NumberToken,
    LCurly,
    RCurly,
    Comma,
    ZoneName,
    CalendarDays,
    // A keyword that is a prefix of another (`credit`/`credits`, `time`/`timezone`) must come after it.
    // Ties in alphabetical order, compared without localeCompare: its collator costs 8 ms of start-up.
    ...keywordTokens
        .filter((k) => k.token !== CalendarDays)
        .sort((a, b) => b.word.length - a.word.length || byLowerCase(a.word, b.word))
        .map((k) => k.token),
    Identifier,
    InvalidRun,
];
/** Keyword spellings, for completion and for telling a user that a name is reserved. */
export const keywordWords = new Map(keywordTokens.map((k) => [k.token, k.word]));
export const lexerConfig = { positionTracking: 'full', ensureOptimizations: true };
/** Without the definition checks, as the parser (see SlacParser); test/grammar/validations.test.ts runs them. */
export const slacLexer = new Lexer(allTokens, { ...lexerConfig, skipValidations: true });
/** The keywords that start a top-level declaration: where the editor's analyses cut a file into declarations. */
export const declarationStarters = new Set([
    Agreement,
    Service,
    Exclusions,
    Customer,
    Calendar,
    Priority,
    Targets,
    Tier,
    Objective,
    Credits,
    Credit,
    Bonus,
    Escalation,
    Reporting,
    Underpinning,
    Scenario,
    Statuses,
    Aliases,
    Party,
    Legal,
    Revisions,
    Import,
]);
