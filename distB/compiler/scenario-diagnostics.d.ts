/**
 * Scenario results as diagnostics: a failing expectation is a `scenario-failed` error on its
 * `expect` statement, saying what was expected and what the engine found; a scenario the engine
 * could not run is one on the scenario's title. What `slac test` prints, where the editor shows it.
 */
import type * as A from '../grammar/ast.js';
import { type Diagnostic } from '../diagnostics/index.js';
import type { ScenarioResult } from './scenarios.js';
export declare function scenarioDiagnostics(document: A.Document, results: readonly ScenarioResult[]): Diagnostic[];
