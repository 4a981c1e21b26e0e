type Params = Record<string, string | number>;
declare const texts: {
    'created-outside-term': () => string;
    'arrived-outside-term': () => string;
    'outside-term': () => string;
    'created-after-now': (p: {
        now: string;
    }) => string;
    'arrived-after-now': (p: {
        now: string;
    }) => string;
    'starts-after-now': (p: {
        now: string;
    }) => string;
    'after-now': (p: {
        now: string;
    }) => string;
    duplicate: (p: {
        kind: string;
        id: string;
        first: string;
    }) => string;
    'far-outside-term': (p: {
        from: string;
        to: string;
    }) => string;
    'unknown-priority': (p: {
        value: string;
        known: string;
    }) => string;
    'unknown-priority-change': (p: {
        value: string;
    }) => string;
    'no-tiers': (p: {
        value: string;
    }) => string;
    'tier-required': (p: {
        known: string;
    }) => string;
    'unknown-tier': (p: {
        value: string;
        known: string;
    }) => string;
    'unknown-service': (p: {
        value: string;
        known: string;
    }) => string;
    'computed-objective': (p: {
        objective: string;
    }) => string;
    'not-quality-objective': (p: {
        objective: string;
    }) => string;
    'unknown-objective': (p: {
        objective: string;
        known: string;
    }) => string;
    'unmeasured-metric': (p: {
        metric: string;
    }) => string;
    'bad-period': (p: {
        value: string;
    }) => string;
    'period-mismatch': (p: {
        objective: string;
        unit: string;
        what: string;
        period: string;
        periodUnit: string;
    }) => string;
    'forecast-not-excluding': (p: {
        objective: string;
    }) => string;
    'forecast-not-percentage': (p: {
        objective: string;
    }) => string;
    'forecast-no-objective': (p: {
        objective: string;
    }) => string;
    'forecast-period': (p: {
        objective: string;
        unit: string;
    }) => string;
    'second-forecast': (p: {
        objective: string;
        period: string;
    }) => string;
    'second-value': (p: {
        objective: string;
        line: number | "";
    }) => string;
    'observation-flag': (p: {
        metric: string;
        flag: string;
    }) => string;
    'csat-score': () => string;
    'score-range': (p: {
        score: number;
        outOf: number;
    }) => string;
    'nps-score': () => string;
    'error-rate-observation': () => string;
    'kpi-value': () => string;
    'unknown-status-value': (p: {
        value: string;
    }) => string;
    'unknown-priority-value': (p: {
        value: string;
    }) => string;
    'unknown-tier-value': (p: {
        value: string;
    }) => string;
    'field-value': (p: {
        value: string;
        field: string;
        allowed: string;
    }) => string;
    'built-in-field': (p: {
        field: string;
    }) => string;
    'undeclared-field': (p: {
        field: string;
        declared: string;
    }) => string;
    'timestamp-no-offset': (p: {
        value: string;
    }) => string;
    'not-a-timestamp': (p: {
        value: string;
    }) => string;
    'impossible-offset': (p: {
        value: string;
    }) => string;
    'not-a-date': (p: {
        value: string;
    }) => string;
    'not-a-time': (p: {
        value: string;
    }) => string;
    'nonexistent-local-time': (p: {
        value: string;
        zone: string;
        before: string;
        after: string;
    }) => string;
    'ambiguous-local-time': (p: {
        value: string;
        zone: string;
        first: string;
        second: string;
    }) => string;
    'event-before-created': () => string;
    required: (p: {
        field: string;
    }) => string;
    'unknown-field': (p: {
        field: string;
    }) => string;
    'not-in-form': (p: {
        value: string;
    }) => string;
    'one-of': (p: {
        allowed: string;
    }) => string;
    'event-form': () => string;
    'wrong-type': (p: {
        type: string;
    }) => string;
    'assigned-before-created': () => string;
    'responded-before-created': () => string;
    'resolved-before-created': () => string;
    'answered-and-abandoned': () => string;
    'answered-before-arrived': () => string;
    'abandoned-before-arrived': () => string;
    'ended-unanswered': () => string;
    'ended-before-answered': () => string;
    'outage-order': () => string;
    'forecast-objective': () => string;
    'forecast-needs-period': () => string;
    'forecast-only': () => string;
    'measurement-subject': () => string;
    'kpi-name': () => string;
    'period-or-at': () => string;
    'value-needs-period': () => string;
    'value-or-observation': () => string;
    'value-needed': () => string;
    'one-observation': () => string;
    'errors-with-tasks': () => string;
};
export type ProblemCode = keyof typeof texts;
/** Every code (a test checks that each report language words each one). */
export declare const PROBLEM_CODES: ProblemCode[];
/** A problem as code, parameters and the English message. */
export interface Worded {
    code: ProblemCode;
    params: Params;
    message: string;
}
type ParamsOf<C extends ProblemCode> = Parameters<(typeof texts)[C]> extends [infer P] ? P : Record<string, never>;
export declare function worded<C extends ProblemCode>(code: C, ...params: ParamsOf<C> extends Record<string, never> ? [] : [ParamsOf<C>]): Worded;
export {};
