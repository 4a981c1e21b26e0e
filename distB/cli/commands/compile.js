/** `slac compile`: the evaluator module of a contract, with its type declarations. */
import { join } from 'node:path';
import { sourceStem } from '../../compiler/source-stem.js';
import { emitEvaluator, evaluatorFiles, STANDALONE_TYPES_DIR } from '../../compiler/emit/evaluator.js';
import { emitStandaloneEvaluator } from '../../compiler/emit/standalone.js';
import { readFileSync } from 'node:fs';
import { toRuntimeContract } from '../../compiler/emit/runtime-contract.js';
import { summaryLine } from '../../compiler/render-diagnostics.js';
import { sqlGate } from '../engines/gate.js';
import { loadContract } from '../contract.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, printDiagnostics, writeOutput } from '../io.js';
export function compile(io, file, outDir, standalone = false) {
    const { model, exit } = loadContract(io, file);
    if (!model)
        return exit;
    const emitted = standalone ? emitStandaloneEvaluator(model, file) : { ...emitEvaluator(model, file), types: [] };
    for (const { path, content } of evaluatorFiles(sourceStem(file), emitted.js, emitted.dts)) {
        if (!writeOutput(io, join(outDir, path), content))
            return EXIT_USAGE;
    }
    if (emitted.types.length === 0)
        return EXIT_OK;
    // The runtime's declarations: one line for the folder, not one per file.
    for (const { path, content } of emitted.types) {
        if (!writeOutput(io, join(outDir, path), content, false))
            return EXIT_USAGE;
    }
    io.stdout(`wrote ${join(outDir, STANDALONE_TYPES_DIR)}/ (the runtime's types, ${emitted.types.length} files)\n`);
    return EXIT_OK;
}
/**
 * `slac compile --target sql`: `<name>.<dialect>.sql` (the contract's tables) and
 * `<name>.<dialect>.evaluate.sql` (the evaluation; `views`: as views), or `sql-unsupported` errors
 * for clauses the SQL engine does not cover.
 */
export async function compileSql(io, file, outDir, dialect, views = false) {
    const { model, exit } = loadContract(io, file);
    if (!model)
        return exit;
    const contract = toRuntimeContract(model, file);
    const text = readFileSync(file, 'utf8');
    const refused = sqlGate(contract, text);
    if (refused.length > 0) {
        printDiagnostics(io, 'stderr', refused, file, text);
        io.stderr(`${summaryLine(refused.length, 0, 1)}\n`);
        return EXIT_ERRORS;
    }
    // The calendars (holiday rules) load only for --target sql: `slac compile` stays light.
    const { scriptFileNames, sqlScript } = await import('../../compiler/emit/sql/script.js');
    const script = sqlScript(dialect, contract, views);
    const names = scriptFileNames(sourceStem(file), dialect);
    for (const part of ['contract', 'evaluate'])
        if (!writeOutput(io, join(outDir, names[part]), script[part]))
            return EXIT_USAGE;
    return EXIT_OK;
}
