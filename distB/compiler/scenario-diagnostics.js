import { diagnostic } from '../diagnostics/index.js';
export function scenarioDiagnostics(document, results) {
    const scenarios = document.declarations.filter((d) => d.kind === 'Scenario');
    const out = [];
    for (const result of results) {
        if (result.passed)
            continue;
        const scenario = scenarios.find((s) => s.range.start.line === result.line);
        if (!scenario)
            continue;
        for (const problem of result.problems) {
            out.push(diagnostic('scenario-failed', scenario.title.range, `scenario '${result.title}' did not run cleanly: ${problem}`));
        }
        for (const e of result.expectations) {
            if (e.passed)
                continue;
            const stmt = scenario.body.find((s) => s.kind.startsWith('Expect') && s.range.start.line === e.line) ?? scenario;
            out.push(diagnostic('scenario-failed', stmt.range, `${e.text}: expected ${e.expected}, actual ${e.actual} (correct the contract or the expectation)`));
        }
    }
    return out;
}
