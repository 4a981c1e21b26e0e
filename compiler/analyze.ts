/**
 * The front end in stages: parse → check → lower. The checker's passes all run and report
 * together; the contract model is built only from a tree without errors.
 */
import { parse, type ParseResult } from '../grammar/index.js';
import { diagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/index.js';
import { runChecks } from './passes/index.js';
import { lower } from './lower.js';
import type { ContractModel } from './model.js';

/** Diagnostics shown per file; the rest are summed up in one `too-many-problems` diagnostic. */
export const MAX_DIAGNOSTICS = 100;

export interface Analysis extends ParseResult {
  /** Syntax and checker diagnostics together, in source order, at most MAX_DIAGNOSTICS + 1. */
  diagnostics: Diagnostic[];
  /** All problems found, including those not shown. */
  counts: { errors: number; warnings: number };
  /** The contract's meaning; null when there are errors. */
  model: ContractModel | null;
}

export function analyze(text: string): Analysis {
  return checkParsed(parse(text));
}

/** Everything after parsing; the language service's incremental analysis ends here too. */
export function checkParsed(parsed: ParseResult): Analysis {
  const diagnostics = [...parsed.diagnostics];
  if (diagnostics.length === 0) {
    runChecks(parsed.document, diagnostics);
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const model = errors > 0 ? null : lower(parsed.document);
  const counts = { errors, warnings: diagnostics.length - errors };
  return { ...parsed, diagnostics: capped(sortDiagnostics(diagnostics)), counts, model };
}

/** The first MAX_DIAGNOSTICS, then one diagnostic that says how many more there are. */
function capped(sorted: Diagnostic[]): Diagnostic[] {
  if (sorted.length <= MAX_DIAGNOSTICS + 1) return sorted;
  const hidden = sorted.slice(MAX_DIAGNOSTICS);
  const errors = hidden.filter((d) => d.severity === 'error').length;
  const kinds = [errors > 0 ? plural(errors, 'error') : '', hidden.length > errors ? plural(hidden.length - errors, 'warning') : ''];
  const more = diagnostic(
    'too-many-problems',
    hidden[0]!.range,
    `${hidden.length} more problems in this file are not shown (${kinds.filter(Boolean).join(', ')}); fix the ones above first`,
    { severity: errors > 0 ? 'error' : 'warning' },
  );
  return [...sorted.slice(0, MAX_DIAGNOSTICS), more];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
