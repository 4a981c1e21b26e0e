/** Reads and checks the contract a command works on. */
import { analyze, type Analysis } from '../compiler/analyze.js';
import { hasErrors } from '../diagnostics/index.js';
import type { ContractModel } from '../compiler/model.js';
import { summaryLine } from '../compiler/render-diagnostics.js';
import { EXIT_ERRORS, EXIT_USAGE, ioError, printDiagnostics, readSource, type CliIo } from './io.js';

export type Loaded = { analysis: Analysis; model: ContractModel; exit: null } | { analysis: null; model: null; exit: number };

/** Prints the contract's diagnostics to stderr; null (and the exit code) when it cannot be used. */
export function loadContract(io: CliIo, file: string): Loaded {
  const source = readSource(io, file);
  if (!source.ok) {
    ioError(io, source.message);
    return { analysis: null, model: null, exit: EXIT_USAGE };
  }
  const analysis = analyze(source.text);
  printDiagnostics(io, 'stderr', analysis.diagnostics, file, source.text);
  if (hasErrors(analysis.diagnostics) || !analysis.model) {
    const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
    io.stderr(`${summaryLine(errors, analysis.diagnostics.length - errors, 1)}\n`);
    return { analysis: null, model: null, exit: EXIT_ERRORS };
  }
  return { analysis, model: analysis.model, exit: null };
}
