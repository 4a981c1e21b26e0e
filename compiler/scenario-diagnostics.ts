/**
 * Scenario results as diagnostics: a failing expectation is a `scenario-failed` error on its
 * `expect` statement, saying what was expected and what the engine found; a scenario the engine
 * could not run is one on the scenario's title. What `slac test` prints, where the editor shows it.
 */
import type * as A from '../grammar/ast.js';
import { diagnostic, type Diagnostic } from '../diagnostics/index.js';
import type { ScenarioResult } from './scenarios.js';

export function scenarioDiagnostics(document: A.Document, results: readonly ScenarioResult[]): Diagnostic[] {
  const scenarios = document.declarations.filter((d): d is A.ScenarioDecl => d.kind === 'Scenario');
  const out: Diagnostic[] = [];
  for (const result of results) {
    if (result.passed) continue;
    const scenario = scenarios.find((s) => s.range.start.line === result.line);
    if (!scenario) continue;
    for (const problem of result.problems) {
      out.push(diagnostic('scenario-failed', scenario.title.range, `scenario '${result.title}' did not run cleanly: ${problem}`));
    }
    for (const e of result.expectations) {
      if (e.passed) continue;
      const stmt = scenario.body.find((s) => s.kind.startsWith('Expect') && s.range.start.line === e.line) ?? scenario;
      out.push(
        diagnostic(
          'scenario-failed',
          stmt.range,
          `${e.text}: expected ${e.expected}, actual ${e.actual} (correct the contract or the expectation)`,
        ),
      );
    }
  }
  return out;
}
