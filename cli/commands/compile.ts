/** `slac compile`: the evaluator module of a contract, with its type declarations. */
import { join } from 'node:path';
import { sourceStem } from '../../compiler/source-stem.js';
import { emitEvaluator, evaluatorFiles } from '../../compiler/emit/evaluator.js';
import { emitStandaloneEvaluator } from '../../compiler/emit/standalone.js';
import { loadContract } from '../contract.js';
import { EXIT_OK, EXIT_USAGE, writeOutput, type CliIo } from '../io.js';

export function compile(io: CliIo, file: string, outDir: string, standalone = false): number {
  const { model, exit } = loadContract(io, file);
  if (!model) return exit;
  const { js, dts } = standalone ? emitStandaloneEvaluator(model, file) : emitEvaluator(model, file);
  for (const { path, content } of evaluatorFiles(sourceStem(file), js, dts)) {
    if (!writeOutput(io, join(outDir, path), content)) return EXIT_USAGE;
  }
  return EXIT_OK;
}
