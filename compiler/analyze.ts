/**
 * The front end in stages: parse → check → lower. The checker's passes all run and report
 * together, also on a tree that error recovery built, so that while a person types, the other
 * mistakes in the file stay in view; what they report inside a declaration with a syntax error is
 * left out (it would be noise that follows from the syntax error). The contract model is built
 * only from a tree without errors.
 */
import type { Declaration } from '../grammar/ast.js';
import { parse, type ParseResult } from '../grammar/index.js';
import { diagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/index.js';
import { lastAtOrBefore } from '../runtime/search.js';
import { runChecks } from './passes/index.js';
import { lower } from './lower.js';
import type { ContractModel } from './model.js';

/** Diagnostics shown per file; the rest are summed up in one `too-many-problems` diagnostic. */
export const MAX_DIAGNOSTICS = 100;

export interface Analysis extends ParseResult {
  /** How the file's imports were resolved (compiler/program.ts); absent for a file without imports. */
  imports?: ImportContext;
  /** Syntax and checker diagnostics together, in source order, at most MAX_DIAGNOSTICS + 1. */
  diagnostics: Diagnostic[];
  /** All problems found, including those not shown. */
  counts: { errors: number; warnings: number };
  /** The contract's meaning; null when there are errors, or when it was not asked for. */
  model: ContractModel | null;
}

/** The SHA-256 of a source text (hex): the documents print it, so a signed PDF names its source. */
export function sourceHash(text: string): string {
  // Loaded on first use: node:crypto costs `slac check`, which builds no model, 4 ms of start-up.
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex');
}

/** What to compute beyond the diagnostics: `model: false` when only they are wanted (`slac check`). */
export interface AnalyzeOptions {
  model?: boolean;
  /** The declarations a file imports, resolved by compiler/program.ts. */
  imports?: ImportContext;
}

/** What a program gives the checker of a file that imports (compiler/program.ts builds it). */
export interface ImportContext {
  /** Imported declarations: checked and lowered with the file's own, as if written in it. */
  declarations: Declaration[];
  /** Problems of the imports themselves (missing file, cycle, unknown name, duplicate), in this file. */
  diagnostics: Diagnostic[];
  /** The texts of the files the declarations come from, by path: the source hash covers them too. */
  sources: ReadonlyArray<{ path: string; text: string }>;
  /**
   * A diagnostic the checker found: undefined when it lies in this file; else what to report in
   * this file instead (at the import), or null when the imported file reports it itself.
   */
  rehome(d: Diagnostic): Diagnostic | null | undefined;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return checkParsed(parse(text), text, options);
}

/** Everything after parsing; the language service's incremental analysis ends here too. */
export function checkParsed(parsed: ParseResult, text: string, { model: wanted = true, imports }: AnalyzeOptions = {}): Analysis {
  const document = imports
    ? { ...parsed.document, declarations: [...parsed.document.declarations, ...imports.declarations] }
    : parsed.document;
  const diagnostics = [...parsed.diagnostics, ...checks(parsed, document, imports)];
  const counts = countProblems(diagnostics);
  // A file of shared definitions has no agreement, and no contract of its own.
  const contract = document.declarations.some((d) => d.kind === 'Agreement');
  const model = counts.errors > 0 || !wanted || !contract ? null : lower(document, sourceHash(hashed(text, imports)));
  const analysis: Analysis = { ...parsed, diagnostics: capped(sortDiagnostics(diagnostics)), counts, model };
  if (imports) analysis.imports = imports;
  return analysis;
}

/** The text a contract's hash covers: its own, then each imported file's (named by its file name). */
function hashed(text: string, imports: ImportContext | undefined): string {
  if (!imports || imports.sources.length === 0) return text;
  return [text, ...imports.sources.map((s) => `\0${s.path.split(/[\\/]/).pop()}\0${s.text}`)].join('');
}

export function countProblems(diagnostics: readonly Diagnostic[]): Analysis['counts'] {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}

/** The checker's diagnostics, without those inside declarations that have syntax errors. */
function checks(parsed: ParseResult, document: ParseResult['document'], imports?: ImportContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (parsed.diagnostics.length === 0 && !imports) {
    runChecks(document, found);
    return found;
  }
  try {
    runChecks(
      document,
      found,
      // An import with errors leaves the contract incomplete too: it is not judged complete.
      [...parsed.diagnostics, ...(imports?.diagnostics ?? [])].some((d) => d.severity === 'error'),
    );
  } catch {
    // A pass that cannot make sense of a recovered tree says nothing; the syntax errors stand.
    return imports?.diagnostics ?? [];
  }
  const rehomed: Diagnostic[] = [...(imports?.diagnostics ?? [])];
  const own = imports
    ? found.filter((d) => {
        const instead = imports.rehome(d);
        if (instead) rehomed.push(instead);
        return instead === undefined;
      })
    : found;
  if (parsed.diagnostics.length === 0) return [...own, ...rehomed];
  const broken = brokenSpans(parsed.document.declarations, parsed.diagnostics);
  const hidden = hiddenNames(parsed);
  return [
    ...rehomed,
    ...own.filter(
      (d) =>
        !broken.some(([from, to]) => d.range.start.offset >= from && d.range.start.offset < to) &&
        !(d.code === 'unknown-reference' && hidden.has(d.range.start.offset)),
    ),
  ];
}

/**
 * References to names that appear in text the parser skipped (`calender office { … }` hides the
 * calendar `office`): by their start offsets. The skipped text is reported already.
 */
function hiddenNames(parsed: ParseResult): Set<number> {
  // Tokens and declarations are both in source order: one sweep tells inside from outside.
  const declarations = parsed.document.declarations;
  let k = 0;
  const inside = parsed.tokens.map((t) => {
    while (k < declarations.length && declarations[k]!.range.end.offset <= t.startOffset) k++;
    return k < declarations.length && declarations[k]!.range.start.offset <= t.startOffset;
  });
  const skipped = new Set(parsed.tokens.filter((t, i) => !inside[i] && t.tokenType.name === 'Identifier').map((t) => t.image));
  const at = new Set<number>();
  if (skipped.size > 0) parsed.tokens.forEach((t, i) => inside[i] && skipped.has(t.image) && at.add(t.startOffset));
  return at;
}

/**
 * The text of each declaration that has a syntax problem, from its start to the next declaration's:
 * a problem belongs to the declaration it stands in or after, and one reported at the first word
 * of a declaration (a missing `}`) to the declaration before it as well. A problem before every
 * declaration may hide one (`agreemnt "…" {`): then what is reported missing at the start of the
 * first declaration is left out too.
 */
function brokenSpans(declarations: readonly Declaration[], syntax: readonly Diagnostic[]): Array<[number, number]> {
  const starts = declarations.map((d) => d.range.start.offset);
  const broken = new Set<number>();
  for (const d of syntax) {
    const at = d.range.start.offset;
    // The last declaration that starts at or before the problem; -1 when none does.
    const k = starts.length > 0 && starts[0]! <= at ? lastAtOrBefore(starts, at) : -1;
    broken.add(k);
    if (k > 0 && starts[k] === at) broken.add(k - 1);
  }
  return [...broken].map((k) => (k < 0 ? [0, (starts[0] ?? Infinity) + 1] : [starts[k]!, starts[k + 1] ?? Infinity]));
}

/** The first MAX_DIAGNOSTICS, then one diagnostic that says how many more there are. */
export function capped(sorted: Diagnostic[]): Diagnostic[] {
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
