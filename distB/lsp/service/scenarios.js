import { scenarioDiagnostics as diagnoseScenarios } from '../../compiler/scenario-diagnostics.js';
import { runScenarios } from '../../compiler/scenarios.js';
import { toLspDiagnostic } from './diagnostics.js';
import { spend } from './steps.js';
const RESULTS = 'scenario-results';
/** The command a lens runs: `workspace/executeCommand` with the document's URI. */
import { RUN_SCENARIOS_COMMAND } from './protocol.js';
export { RUN_SCENARIOS_COMMAND };
/** Results of every scenario of this version; null while the contract has errors (no model). */
export function scenarioResults(doc) {
    return doc.fact(RESULTS, () => {
        const model = doc.analysis.model;
        if (!model || model.scenarios.length === 0)
            return model ? [] : null;
        spend();
        try {
            return runScenarios(model, { file: doc.uri });
        }
        catch (error) {
            // An engine bug must not take the editor down; the scenario lenses say it could not run.
            return model.scenarios.map((s) => ({
                title: '',
                line: s.line,
                passed: false,
                expectations: [],
                problems: [`internal error: ${error instanceof Error ? error.message : String(error)}; this is a bug in slac`],
            }));
        }
    });
}
export function scenarioDiagnostics(doc) {
    const results = scenarioResults(doc);
    return results ? diagnoseScenarios(doc.document, results).map((d) => toLspDiagnostic(doc, d)) : [];
}
/** The scenario diagnostics if this version's scenarios have run, else none (never runs them). */
export function knownScenarioDiagnostics(doc) {
    return doc.known(RESULTS) === undefined ? [] : scenarioDiagnostics(doc);
}
/** Per scenario: "▶ run scenario", or once run, how many expectations pass. */
export function codeLenses(doc) {
    const results = doc.known(RESULTS);
    const lenses = [];
    for (const decl of doc.document.declarations) {
        if (decl.kind !== 'Scenario')
            continue;
        const range = doc.range(decl.title.range.end.offset > decl.title.range.start.offset ? decl.title.range : decl.range);
        const command = (title) => ({ range, command: { title, command: RUN_SCENARIOS_COMMAND, arguments: [doc.uri] } });
        const result = results?.find((r) => r.line === decl.range.start.line);
        lenses.push(command(result ? summary(decl, result) : '▶ run scenario'));
    }
    return lenses;
}
function summary(decl, r) {
    const total = r.expectations.length;
    const passed = r.expectations.filter((e) => e.passed).length;
    if (r.problems.length > 0 && !r.passed)
        return `✗ could not run: ${r.problems[0]}`;
    if (total === 0)
        return decl.body.length === 0 ? '▶ run scenario (no expectations)' : '✓ ran (no expectations)';
    return passed === total ? `✓ ${passed} of ${total} expectations pass` : `✗ ${total - passed} of ${total} expectations fail`;
}
