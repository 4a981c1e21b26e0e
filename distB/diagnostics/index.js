/**
 * The one diagnostic type shared by the grammar, the compiler, the CLI, the language server and the
 * tests, and the registry of every diagnostic kind: a stable code, its default severity and what it
 * means. Tests assert codes, never wording. It sits below the grammar, so nothing imports upwards.
 */
export const diagnosticCodes = {
    'syntax-error': { severity: 'error', summary: 'The text does not follow the grammar.' },
    'invalid-character': { severity: 'error', summary: 'A character that no token of the language starts with.' },
    'unterminated-string': { severity: 'error', summary: 'A string without its closing quote on the same line.' },
    'unknown-reference': {
        severity: 'error',
        summary: 'A name that is not declared (calendar, priority, tier, service, objective, field, ticket, impact or urgency level).',
    },
    'duplicate-name': { severity: 'error', summary: 'A name declared twice in the same namespace.' },
    'duplicate-clause': {
        severity: 'error',
        summary: 'A clause that may appear once per block appears again (two terms, two time zones, two targets for one priority).',
    },
    'missing-clause': {
        severity: 'error',
        summary: 'A required clause is missing (agreement without parties or term, calendar without time zone, objective without measure).',
    },
    'misplaced-clause': {
        severity: 'error',
        summary: 'A clause that does not belong where it stands (exclusions on an objective that is not availability).',
    },
    'unknown-time-zone': { severity: 'error', summary: 'Not an IANA time zone known to luxon.' },
    'unknown-country': { severity: 'error', summary: 'A country code without public-holiday data (ISO 3166-1 alpha-2).' },
    'unknown-region': { severity: 'error', summary: 'A region that the country has no public-holiday data for.' },
    'unknown-currency': { severity: 'error', summary: 'Not an ISO 4217 currency code.' },
    'unknown-language': { severity: 'error', summary: 'A contract language slac cannot render (nl, en).' },
    'invalid-date': { severity: 'error', summary: 'A date or time that does not exist (2026-02-30, 25:00).' },
    'invalid-range': { severity: 'error', summary: 'A range whose end is not after its start (term, hours, outage, day span).' },
    'overlapping-hours': { severity: 'error', summary: 'Opening hours of one weekday that overlap.' },
    'calendar-never-open': { severity: 'error', summary: 'A calendar without any opening hours.' },
    'value-out-of-range': {
        severity: 'error',
        summary: 'A number outside its range: a percentage outside 0–100, a score above its maximum, a zero duration, a negative amount, a number beyond 10^12, a term over 10 years, a clock over a year.',
    },
    'unit-mismatch': {
        severity: 'error',
        summary: 'A value whose unit does not fit its place: a percentage where money or a duration is expected, and so on.',
    },
    'calendar-required': { severity: 'error', summary: 'Business hours or working days without a calendar to count them on.' },
    'unknown-field-value': { severity: 'error', summary: 'A value of a declared field that its `values` list does not hold.' },
    'unknown-measure': { severity: 'error', summary: 'A channel or verb of a percentage objective that slac cannot measure.' },
    'ladder-gap': { severity: 'warning', summary: 'Between the target and the first band, underperformance earns no credit.' },
    'ladder-overlap': { severity: 'error', summary: 'Two bands with the same threshold, or a band that applies while the target is met.' },
    'ladder-not-monotonic': { severity: 'error', summary: 'A more severe band that credits no more than a milder one.' },
    'cap-below-band': { severity: 'error', summary: 'A cap lower than the credit of a band, so the band can never be paid in full.' },
    'escalation-order': { severity: 'error', summary: 'Escalation steps that are not numbered 1, 2, 3 … or whose times do not increase.' },
    'resolution-before-response': {
        severity: 'error',
        summary: 'A resolution target shorter than the response target of the same priority.',
    },
    'objective-without-target': {
        severity: 'error',
        summary: 'A percentage objective on tickets replied or updated on time while no tier has a next reply or update target: it could count no ticket.',
    },
    'missing-target': { severity: 'error', summary: 'A tier without a response or resolution target for a declared priority.' },
    'matrix-incomplete': { severity: 'error', summary: 'An impact × urgency combination without a priority.' },
    'missing-translation': { severity: 'warning', summary: 'A contract text without one of the contract languages.' },
    'undeclared-language': { severity: 'warning', summary: 'A text in a language that is not a contract language.' },
    'missing-time-zone': { severity: 'error', summary: 'A scenario with times but no time zone (in the scenario or the agreement).' },
    'scenario-failed': {
        severity: 'error',
        summary: 'A scenario whose expectation the evaluation engine does not confirm (expected vs actual), or that could not run; reported by slac test and the language server.',
    },
    'unknown-status': {
        severity: 'error',
        summary: "A status named in a clause (a pause, a clock start, an alias) that the contract's statuses do not declare.",
    },
    'unknown-meaning': {
        severity: 'error',
        summary: 'A status line whose meaning is not starts, pauses, resolves, closes, reopens or none, or a reason on a status that does not pause.',
    },
    'ambiguous-duration': {
        severity: 'error',
        summary: 'Weeks, months, years or bare days counted on a business calendar: `1 week` on office hours is 168 open hours, not 5 working days. A maintenance cap in working or calendar days, months or years, which is no length of time.',
    },
    'too-many-problems': {
        severity: 'error',
        summary: 'More problems in one file than are shown (100); the rest are counted in this one. A warning when all of the rest are warnings.',
    },
    'norm-without-consequence': {
        severity: 'warning',
        summary: 'A norm (an objective, or the response and resolution times of a priority) with no credit, bonus, improvement plan or termination right attached.',
    },
    'kpi-without-wording': {
        severity: 'error',
        summary: 'A kpi objective without a title and a description in every contract language: the document would show its code name.',
    },
    'unknown-article': { severity: 'error', summary: 'A text that refers to an article or annex the document does not have.' },
    'party-name': {
        severity: 'warning',
        summary: 'A text that names a party by its own name instead of the defined term (Dienstverlener, Afnemer).',
    },
    'remedy-in-text': {
        severity: 'warning',
        summary: 'A text that repeats or contradicts the generated remedy clause (sole remedy, damages, penalty).',
    },
    'underpinning-does-not-fit': {
        severity: 'warning',
        summary: 'An SLA target that the agreements under it do not fit in: their targets plus the hand-over times, in business time on their own calendars, end after the SLA target at some instant of the term (the worst case is named), or their terms do not cover the SLA term.',
    },
    'availability-does-not-fit': {
        severity: 'warning',
        summary: 'An availability that its components in series do not support: the product of their targets is below the SLA target, or a component is measured on a narrower window or a longer period than the SLA.',
    },
    'text-without-place': { severity: 'error', summary: 'A text that the document has no place for, so it would be dropped.' },
    'import-not-found': {
        severity: 'error',
        summary: 'An imported file that cannot be read (missing, a directory, not UTF-8); the message gives the path it was resolved to.',
    },
    'import-cycle': { severity: 'error', summary: 'Files that import each other, directly or through others; the message gives the chain.' },
    'unknown-import': { severity: 'error', summary: 'A name or block that the imported file does not declare or import.' },
    'duplicate-import': {
        severity: 'error',
        summary: 'A name imported twice, from two files or twice from one, or imported and also declared in the file.',
    },
    'broken-import': {
        severity: 'error',
        summary: 'An imported file that has errors: the importing file cannot be built until they are fixed.',
    },
    'io-error': { severity: 'error', summary: 'A file that cannot be read: missing, a directory, binary or not UTF-8.' },
    'sql-unsupported': {
        severity: 'error',
        summary: 'A clause the SQL engine (`--engine duckdb`, `--target sql`) does not evaluate yet: use the JavaScript engine.',
    },
};
export function diagnostic(code, range, message, extra = {}) {
    const d = {
        code,
        severity: extra.severity ?? diagnosticCodes[code].severity,
        message,
        range,
        related: extra.related ?? [],
    };
    if (extra.fix)
        d.fix = extra.fix;
    return d;
}
export function hasErrors(diagnostics) {
    return diagnostics.some((d) => d.severity === 'error');
}
/** Source order, so output is deterministic whatever order the passes ran in. */
export function sortDiagnostics(diagnostics) {
    return diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || a.code.localeCompare(b.code));
}
