/**
 * Scenarios and the ticket lifecycle: a scenario ticket becomes a ticket record in the contract's
 * status vocabulary, and the expectations about its clocks (outcome, due instant, elapsed and
 * remaining time, at risk, escalation step) are checked against the report.
 */
import type * as A from '../grammar/ast.js';
import type { RuntimeContract } from '../runtime/contract.js';
import type { Report } from '../runtime/evaluate/report.js';
import type { Vocabulary } from '../runtime/evaluate/statuses.js';
import { type ExpectationResult } from './scenarios.js';
/** The ticket record a scenario's `ticket …` line stands for. */
export declare function scenarioTicket(contract: RuntimeContract, vocabulary: Vocabulary, stmt: A.ScenarioTicket, zone: string): Record<string, unknown>;
export declare function checkLifecycleExpectation(r: Report, stmt: A.ScenarioStmt, zone: string): ExpectationResult | null;
