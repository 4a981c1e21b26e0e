/**
 * The one diagnostic type shared by the grammar, the compiler, the CLI, the language server and the
 * tests, and the registry of every diagnostic kind: a stable code, its default severity and what it
 * means. Tests assert codes, never wording. It sits below the grammar, so nothing imports upwards.
 */
/** 1-based line and column (as humans and rustc-style output count), 0-based character offset. */
export interface Position {
    line: number;
    column: number;
    offset: number;
}
export interface Range {
    start: Position;
    end: Position;
}
export type Severity = 'error' | 'warning';
export interface TextEdit {
    range: Range;
    newText: string;
}
export interface Fix {
    title: string;
    edits: TextEdit[];
}
export interface Related {
    message: string;
    range: Range;
    /** The file the range is in, when it is another file than the diagnostic's (an import). */
    file?: string;
}
export interface Diagnostic {
    code: DiagnosticCode;
    severity: Severity;
    message: string;
    range: Range;
    related: Related[];
    fix?: Fix;
}
export declare const diagnosticCodes: {
    readonly 'syntax-error': {
        readonly severity: "error";
        readonly summary: "The text does not follow the grammar.";
    };
    readonly 'invalid-character': {
        readonly severity: "error";
        readonly summary: "A character that no token of the language starts with.";
    };
    readonly 'unterminated-string': {
        readonly severity: "error";
        readonly summary: "A string without its closing quote on the same line.";
    };
    readonly 'unknown-reference': {
        readonly severity: "error";
        readonly summary: "A name that is not declared (calendar, priority, tier, service, objective, field, ticket, impact or urgency level).";
    };
    readonly 'duplicate-name': {
        readonly severity: "error";
        readonly summary: "A name declared twice in the same namespace.";
    };
    readonly 'duplicate-clause': {
        readonly severity: "error";
        readonly summary: "A clause that may appear once per block appears again (two terms, two time zones, two targets for one priority).";
    };
    readonly 'missing-clause': {
        readonly severity: "error";
        readonly summary: "A required clause is missing (agreement without parties or term, calendar without time zone, objective without measure).";
    };
    readonly 'misplaced-clause': {
        readonly severity: "error";
        readonly summary: "A clause that does not belong where it stands (exclusions on an objective that is not availability).";
    };
    readonly 'unknown-time-zone': {
        readonly severity: "error";
        readonly summary: "Not an IANA time zone known to luxon.";
    };
    readonly 'unknown-country': {
        readonly severity: "error";
        readonly summary: "A country code without public-holiday data (ISO 3166-1 alpha-2).";
    };
    readonly 'unknown-region': {
        readonly severity: "error";
        readonly summary: "A region that the country has no public-holiday data for.";
    };
    readonly 'unknown-currency': {
        readonly severity: "error";
        readonly summary: "Not an ISO 4217 currency code.";
    };
    readonly 'unknown-language': {
        readonly severity: "error";
        readonly summary: "A contract language slac cannot render (nl, en).";
    };
    readonly 'invalid-date': {
        readonly severity: "error";
        readonly summary: "A date or time that does not exist (2026-02-30, 25:00).";
    };
    readonly 'invalid-range': {
        readonly severity: "error";
        readonly summary: "A range whose end is not after its start (term, hours, outage, day span).";
    };
    readonly 'overlapping-hours': {
        readonly severity: "error";
        readonly summary: "Opening hours of one weekday that overlap.";
    };
    readonly 'calendar-never-open': {
        readonly severity: "error";
        readonly summary: "A calendar without any opening hours.";
    };
    readonly 'value-out-of-range': {
        readonly severity: "error";
        readonly summary: "A number outside its range: a percentage outside 0–100, a score above its maximum, a zero duration, a negative amount, a number beyond 10^12, a term over 10 years, a clock over a year.";
    };
    readonly 'unit-mismatch': {
        readonly severity: "error";
        readonly summary: "A value whose unit does not fit its place: a percentage where money or a duration is expected, and so on.";
    };
    readonly 'calendar-required': {
        readonly severity: "error";
        readonly summary: "Business hours or working days without a calendar to count them on.";
    };
    readonly 'unknown-field-value': {
        readonly severity: "error";
        readonly summary: "A value of a declared field that its `values` list does not hold.";
    };
    readonly 'unknown-measure': {
        readonly severity: "error";
        readonly summary: "A channel or verb of a percentage objective that slac cannot measure.";
    };
    readonly 'ladder-gap': {
        readonly severity: "warning";
        readonly summary: "Between the target and the first band, underperformance earns no credit.";
    };
    readonly 'ladder-overlap': {
        readonly severity: "error";
        readonly summary: "Two bands with the same threshold, or a band that applies while the target is met.";
    };
    readonly 'ladder-not-monotonic': {
        readonly severity: "error";
        readonly summary: "A more severe band that credits no more than a milder one.";
    };
    readonly 'cap-below-band': {
        readonly severity: "error";
        readonly summary: "A cap lower than the credit of a band, so the band can never be paid in full.";
    };
    readonly 'escalation-order': {
        readonly severity: "error";
        readonly summary: "Escalation steps that are not numbered 1, 2, 3 … or whose times do not increase.";
    };
    readonly 'resolution-before-response': {
        readonly severity: "error";
        readonly summary: "A resolution target shorter than the response target of the same priority.";
    };
    readonly 'objective-without-target': {
        readonly severity: "error";
        readonly summary: "A percentage objective on tickets replied or updated on time while no tier has a next reply or update target: it could count no ticket.";
    };
    readonly 'missing-target': {
        readonly severity: "error";
        readonly summary: "A tier without a response or resolution target for a declared priority.";
    };
    readonly 'matrix-incomplete': {
        readonly severity: "error";
        readonly summary: "An impact × urgency combination without a priority.";
    };
    readonly 'missing-translation': {
        readonly severity: "warning";
        readonly summary: "A contract text without one of the contract languages.";
    };
    readonly 'undeclared-language': {
        readonly severity: "warning";
        readonly summary: "A text in a language that is not a contract language.";
    };
    readonly 'missing-time-zone': {
        readonly severity: "error";
        readonly summary: "A scenario with times but no time zone (in the scenario or the agreement).";
    };
    readonly 'scenario-failed': {
        readonly severity: "error";
        readonly summary: "A scenario whose expectation the evaluation engine does not confirm (expected vs actual), or that could not run; reported by slac test and the language server.";
    };
    readonly 'unknown-status': {
        readonly severity: "error";
        readonly summary: "A status named in a clause (a pause, a clock start, an alias) that the contract's statuses do not declare.";
    };
    readonly 'unknown-meaning': {
        readonly severity: "error";
        readonly summary: "A status line whose meaning is not starts, pauses, resolves, closes, reopens or none, or a reason on a status that does not pause.";
    };
    readonly 'ambiguous-duration': {
        readonly severity: "error";
        readonly summary: "Weeks, months, years or bare days counted on a business calendar: `1 week` on office hours is 168 open hours, not 5 working days. A maintenance cap in working or calendar days, months or years, which is no length of time.";
    };
    readonly 'too-many-problems': {
        readonly severity: "error";
        readonly summary: "More problems in one file than are shown (100); the rest are counted in this one. A warning when all of the rest are warnings.";
    };
    readonly 'norm-without-consequence': {
        readonly severity: "warning";
        readonly summary: "A norm (an objective, or the response and resolution times of a priority) with no credit, bonus, improvement plan or termination right attached.";
    };
    readonly 'kpi-without-wording': {
        readonly severity: "error";
        readonly summary: "A kpi objective without a title and a description in every contract language: the document would show its code name.";
    };
    readonly 'unknown-article': {
        readonly severity: "error";
        readonly summary: "A text that refers to an article or annex the document does not have.";
    };
    readonly 'party-name': {
        readonly severity: "warning";
        readonly summary: "A text that names a party by its own name instead of the defined term (Dienstverlener, Afnemer).";
    };
    readonly 'remedy-in-text': {
        readonly severity: "warning";
        readonly summary: "A text that repeats or contradicts the generated remedy clause (sole remedy, damages, penalty).";
    };
    readonly 'underpinning-does-not-fit': {
        readonly severity: "warning";
        readonly summary: "An SLA target that the agreements under it do not fit in: their targets plus the hand-over times, in business time on their own calendars, end after the SLA target at some instant of the term (the worst case is named), or their terms do not cover the SLA term.";
    };
    readonly 'availability-does-not-fit': {
        readonly severity: "warning";
        readonly summary: "An availability that its components in series do not support: the product of their targets is below the SLA target, or a component is measured on a narrower window or a longer period than the SLA.";
    };
    readonly 'text-without-place': {
        readonly severity: "error";
        readonly summary: "A text that the document has no place for, so it would be dropped.";
    };
    readonly 'import-not-found': {
        readonly severity: "error";
        readonly summary: "An imported file that cannot be read (missing, a directory, not UTF-8); the message gives the path it was resolved to.";
    };
    readonly 'import-cycle': {
        readonly severity: "error";
        readonly summary: "Files that import each other, directly or through others; the message gives the chain.";
    };
    readonly 'unknown-import': {
        readonly severity: "error";
        readonly summary: "A name or block that the imported file does not declare or import.";
    };
    readonly 'duplicate-import': {
        readonly severity: "error";
        readonly summary: "A name imported twice, from two files or twice from one, or imported and also declared in the file.";
    };
    readonly 'broken-import': {
        readonly severity: "error";
        readonly summary: "An imported file that has errors: the importing file cannot be built until they are fixed.";
    };
    readonly 'io-error': {
        readonly severity: "error";
        readonly summary: "A file that cannot be read: missing, a directory, binary or not UTF-8.";
    };
    readonly 'sql-unsupported': {
        readonly severity: "error";
        readonly summary: "A clause the SQL engine (`--engine duckdb`, `--target sql`) does not evaluate yet: use the JavaScript engine.";
    };
};
export type DiagnosticCode = keyof typeof diagnosticCodes;
export declare function diagnostic(code: DiagnosticCode, range: Range, message: string, extra?: {
    related?: Related[];
    fix?: Fix;
    severity?: Severity;
}): Diagnostic;
export declare function hasErrors(diagnostics: readonly Diagnostic[]): boolean;
/** Source order, so output is deterministic whatever order the passes ran in. */
export declare function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[];
