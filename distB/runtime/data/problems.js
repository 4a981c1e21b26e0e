/**
 * The problems slac finds in data records, as codes with parameters: the JSON report carries the
 * code, the parameters and the English message made from them here; a report in another language
 * words the same code and parameters in its own templates (compiler/report/templates/<lang>/
 * words.hbs, `problem-<code>`), never by translating the English. Parameters are values (clipped
 * when they echo the data), lists already joined with `, `.
 */
import { clip } from './echo.js';
/** The parameters that echo the data, clipped once (echo.ts) before they reach the message or the report. */
const ECHOED = new Set(['value', 'id', 'objective', 'metric', 'period']);
const q = (value) => `'${value}'`;
const texts = {
    // Records outside what the contract evaluates (warnings: skipped).
    'created-outside-term': () => 'created outside the contract term: not evaluated',
    'arrived-outside-term': () => 'arrived outside the contract term: not evaluated',
    'outside-term': () => 'outside the contract term: not evaluated',
    'created-after-now': (p) => `created after now (${p.now}): not evaluated`,
    'arrived-after-now': (p) => `arrived after now (${p.now}): not evaluated`,
    'starts-after-now': (p) => `starts after now (${p.now}): not evaluated`,
    'after-now': (p) => `after now (${p.now}): not evaluated`,
    duplicate: (p) => `duplicate ${p.kind} id ${q(p.id)}: first read at ${p.first}; this record is not evaluated (the first one counts)`,
    'far-outside-term': (p) => `more than a year outside the contract term ${p.from} … ${p.to}: this contract cannot evaluate it`,
    // Values the contract does not know.
    'unknown-priority': (p) => `unknown priority ${q(p.value)} (this contract has ${p.known}; a value of the tool's own is declared with \`aliases { priority "…" is P1 }\`)`,
    'unknown-priority-change': (p) => `unknown priority ${q(p.value)}`,
    'no-tiers': (p) => `this contract has no tiers, but the ticket names tier ${q(p.value)}`,
    'tier-required': (p) => `'tier' is required: this contract has tiers ${p.known}`,
    'unknown-tier': (p) => `unknown tier ${q(p.value)} (this contract has ${p.known})`,
    'unknown-service': (p) => `unknown service ${q(p.value)} (this contract has ${p.known || 'no services'})`,
    'computed-objective': (p) => `objective ${q(p.objective)} is computed from the ticket data: it takes no measurements`,
    'not-quality-objective': (p) => `objective ${q(p.objective)} is not a quality objective`,
    'unknown-objective': (p) => `unknown objective ${q(p.objective)}${p.known ? ` (quality objectives: ${p.known})` : ''}`,
    'unmeasured-metric': (p) => `no objective of this contract measures ${p.metric}`,
    'bad-period': (p) => `${q(p.value)} is not a period such as 2026-03, 2026-Q1 or 2026`,
    'period-mismatch': (p) => `objective '${p.objective}' is measured per ${p.unit}; a ${p.what} for ${p.period} (a ${p.periodUnit}) cannot be used`,
    'forecast-not-excluding': (p) => `objective '${p.objective}' does not exclude volume above a forecast`,
    'forecast-not-percentage': (p) => `objective '${p.objective}' is not a percentage objective: only those take a forecast`,
    'forecast-no-objective': (p) => `objective '${p.objective}' is not an objective of this contract`,
    'forecast-period': (p) => `objective '${p.objective}' is measured per ${p.unit}: a forecast must be for one ${p.unit}, such as 2026-03`,
    'second-forecast': (p) => `a second forecast for '${p.objective}' in ${p.period}`,
    // Quality measurements (runtime/evaluate/quality.ts).
    'second-value': (p) => `objective '${p.objective}' already has a value for this period${p.line !== '' ? ` (line ${p.line})` : ''}`,
    'observation-flag': (p) => `a ${p.metric} observation needs '${p.flag}'`,
    'csat-score': () => "a CSAT observation needs a 'score'",
    'score-range': (p) => `score ${p.score} is not between 0 and ${p.outOf}`,
    'nps-score': () => 'an NPS answer is a score from 0 to 10',
    'error-rate-observation': () => "an error-rate observation needs 'errors' and 'tasks'",
    'kpi-value': () => "a kpi is measured with a period 'value'",
    // The unknown values list (runtime/evaluate/unknown-values.ts).
    'unknown-status-value': (p) => `'${p.value}' is not a status of the contract (declare it in \`statuses\` or \`aliases\`; its tickets are uncertain, not breached)`,
    'unknown-priority-value': (p) => `'${p.value}' is not a priority of the contract (declare it, or map it in \`aliases\`)`,
    'unknown-tier-value': (p) => `'${p.value}' is not a tier of the contract (declare it, or map it in \`aliases\`)`,
    'field-value': (p) => `'${p.value}' is not a value of field '${p.field}' (the contract allows ${p.allowed})`,
    'built-in-field': (p) => `'${p.field}' is a column of its own, not a custom field`,
    'undeclared-field': (p) => `the contract declares no field '${p.field}'${p.declared ? ` (it declares ${p.declared})` : ''}`,
    // Timestamps (runtime/time.ts parseTimestamp).
    'timestamp-no-offset': (p) => `timestamp ${q(p.value)} has no UTC offset: add one, e.g. '${p.value}+01:00' or '${p.value}Z', or give the export's zone (--data-timezone)`,
    'not-a-timestamp': (p) => `${q(p.value)} is not an ISO 8601 timestamp such as 2026-03-06T17:00:00+01:00`,
    'impossible-offset': (p) => `${q(p.value)} has an impossible UTC offset`,
    'not-a-date': (p) => `${q(p.value)} is not a real date`,
    'not-a-time': (p) => `${q(p.value)} is not a real time of day`,
    'nonexistent-local-time': (p) => `local time '${p.value}' does not exist in ${p.zone}: the clocks skip it (from ${p.before} to ${p.after}); write the offset the tool meant, e.g. '${p.value}${p.after}'`,
    'ambiguous-local-time': (p) => `local time '${p.value}' happens twice in ${p.zone} (at ${p.first} and at ${p.second}): write the offset to say which, e.g. '${p.value}${p.first}'`,
    'event-before-created': () => 'this event is before the ticket was created',
    // The record's own form and order (runtime/data/validate.ts).
    required: (p) => `'${p.field}' is required`,
    'unknown-field': (p) => `unknown field '${p.field}'`,
    'not-in-form': (p) => `${q(p.value)} is not in the expected form`,
    'one-of': (p) => `must be one of ${p.allowed}`,
    'event-form': () => 'an event needs `at` and one of `status`, `priority` or `message`',
    'wrong-type': (p) => `has the wrong type (${p.type})`,
    'assigned-before-created': () => 'the ticket is assigned before it was created',
    'responded-before-created': () => 'the first response is before the ticket was created',
    'resolved-before-created': () => 'the ticket is resolved before it was created',
    'answered-and-abandoned': () => 'a contact is either answered or abandoned, not both',
    'answered-before-arrived': () => 'answered before it arrived',
    'abandoned-before-arrived': () => 'abandoned before it arrived',
    'ended-unanswered': () => 'a contact that was not answered has no end of handling',
    'ended-before-answered': () => 'handling ended before the contact was answered',
    'outage-order': () => 'the outage ends before (or when) it starts',
    'forecast-objective': () => "a 'forecast' is for the 'objective' whose volume it forecasts",
    'forecast-needs-period': () => "a 'forecast' covers a 'period'",
    'forecast-only': () => "a forecast record has 'objective', 'period' and 'forecast' only",
    'measurement-subject': () => "give the 'objective' it measures, or its 'metric'",
    'kpi-name': () => "a kpi measurement needs the 'kpi' name or the 'objective'",
    'period-or-at': () => "give either the 'period' it covers or the instant it was taken ('at'), not both",
    'value-needs-period': () => "a 'value' covers a 'period': give the period instead of 'at'",
    'value-or-observation': () => "a record is either a period 'value' or one observation, not both",
    'value-needed': () => "give a 'value', or an observation: 'score', 'firstTimeRight', 'reopened' or 'errors' with 'tasks'",
    'one-observation': () => 'one observation per record',
    'errors-with-tasks': () => "'errors' and 'tasks' go together",
};
/** Every code (a test checks that each report language words each one). */
export const PROBLEM_CODES = Object.keys(texts);
export function worded(code, ...params) {
    const p = Object.fromEntries(Object.entries((params[0] ?? {})).map(([k, v]) => [k, typeof v === 'string' && ECHOED.has(k) ? clip(v) : v]));
    return { code, params: p, message: texts[code](p) };
}
