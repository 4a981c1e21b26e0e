/** `slac test`: run the contract's scenarios and report each as passed or failed. */
import { runScenarios } from '../../compiler/scenarios.js';
import { visible } from '../../runtime/escape.js';
import { loadContract } from '../contract.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE } from '../io.js';
export function test(io, files, outputFormat) {
    let failed = 0;
    let passed = 0;
    let exit = EXIT_OK;
    const json = [];
    for (const file of files) {
        const { model, exit: bad } = loadContract(io, file);
        if (!model) {
            exit = bad === EXIT_USAGE || exit === EXIT_USAGE ? EXIT_USAGE : EXIT_ERRORS;
            continue;
        }
        const results = runScenarios(model, { file });
        json.push({ file, scenarios: results });
        if (outputFormat === 'text')
            io.stdout(`${visible(file)}\n`);
        for (const r of results) {
            if (r.passed)
                passed++;
            else
                failed++;
            if (outputFormat === 'json')
                continue;
            io.stdout(`  ${r.passed ? 'ok  ' : 'FAIL'}  ${visible(r.title)} (line ${r.line})\n`);
            if (r.passed)
                continue;
            for (const p of r.problems)
                io.stdout(`        ${visible(p)}\n`);
            for (const e of r.expectations.filter((x) => !x.passed)) {
                io.stdout(`        line ${e.line}: ${visible(e.text)}\n          expected: ${visible(e.expected)}\n          actual:   ${visible(e.actual)}\n`);
            }
        }
        if (outputFormat === 'text' && results.length === 0)
            io.stdout('  (no scenarios)\n');
    }
    if (outputFormat === 'json')
        io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    else
        io.stdout(`${passed + failed} scenario${passed + failed === 1 ? '' : 's'}: ${passed} passed, ${failed} failed\n`);
    if (exit !== EXIT_OK)
        return exit;
    return failed > 0 ? EXIT_ERRORS : EXIT_OK;
}
