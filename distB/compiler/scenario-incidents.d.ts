/**
 * Scenario expectations on credits per incident and on repeated-breach rules, compared with the
 * report (`incidentCredits`, `breachRules`):
 *  - `expect credit for ticket T1 resolution is EUR 250`: the credit granted (after caps and the
 *    acceptance period) for that clock of that ticket; `is none` when it earns none;
 *  - `expect credit for outage of uptime from 2026-03-10 02:00 is 5% of monthly fee`: the credit of
 *    the stretch of counted downtime that contains that instant (an outage that starts before the
 *    service window opens is counted from the opening: name a time inside the stretch);
 *  - `expect improvement plan for uptime in 2026-05`: some rule of that kind naming the objective is
 *    first triggered by that period; `… none`: none is triggered.
 */
import type * as A from '../grammar/ast.js';
import type { Report } from '../runtime/evaluate/report.js';
import { type ExpectationResult } from './scenarios.js';
export declare function checkIncidentExpectation(r: Report, stmt: A.ScenarioStmt, zone: string): ExpectationResult | null;
