/**
 * The front end in stages: parse → check. Syntax errors stop before checking (a half-built tree
 * would only produce follow-on noise); the checker's passes all run and report together.
 */
import { createHash } from 'node:crypto';
import { parse, type ParseResult } from '../grammar/index.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/index.js';
import { runChecks } from './passes/index.js';
import { lower } from './lower.js';
import type { ContractModel } from './model.js';

export interface Analysis extends ParseResult {
  /** Syntax and checker diagnostics together, in source order. */
  diagnostics: Diagnostic[];
  /** The contract's meaning; null when there are errors. */
  model: ContractModel | null;
}

/** The SHA-256 of a source text (hex): the documents print it, so a signed PDF names its source. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function analyze(text: string): Analysis {
  const parsed = parse(text);
  const diagnostics = [...parsed.diagnostics];
  if (diagnostics.length === 0) {
    runChecks(parsed.document, diagnostics);
  }
  const model = diagnostics.some((d) => d.severity === 'error') ? null : lower(parsed.document, sourceHash(text));
  return { ...parsed, diagnostics: sortDiagnostics(diagnostics), model };
}
