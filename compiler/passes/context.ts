/** What every checker pass receives: the tree, the symbol table and the diagnostics sink. */
import type * as A from '../../grammar/ast.js';
import { diagnostic, type Diagnostic, type DiagnosticCode, type Fix, type Related } from '../../diagnostics/index.js';
import { collectSymbols, type SymbolTable } from '../symbols.js';

export class CheckContext {
  readonly symbols: SymbolTable;
  readonly agreement: A.AgreementDecl | undefined;

  constructor(
    readonly document: A.Document,
    readonly diagnostics: Diagnostic[],
  ) {
    this.symbols = collectSymbols(document);
    this.agreement = document.declarations.find((d): d is A.AgreementDecl => d.kind === 'Agreement');
  }

  report(code: DiagnosticCode, range: A.Range, message: string, extra: { related?: Related[]; fix?: Fix } = {}): void {
    this.diagnostics.push(diagnostic(code, range, message, extra));
  }

  /** The agreement's clauses of one kind. */
  clauses<K extends A.AgreementStmt['kind']>(kind: K): Array<Extract<A.AgreementStmt, { kind: K }>> {
    return (this.agreement?.body ?? []).filter((s): s is Extract<A.AgreementStmt, { kind: K }> => s.kind === kind);
  }

  /** The contract languages, as declared by `languages nl, en`. */
  get languages(): string[] {
    return this.clauses('Languages').flatMap((l) => l.languages.map((i) => i.name));
  }

  /** The agreement's default time zone, if it names one. */
  get timeZone(): string | undefined {
    return this.clauses('TimeZone')[0]?.zone.name;
  }

  declarations<K extends A.Declaration['kind']>(kind: K): Array<Extract<A.Declaration, { kind: K }>> {
    return this.document.declarations.filter((d): d is Extract<A.Declaration, { kind: K }> => d.kind === kind);
  }
}

export type CheckPass = (ctx: CheckContext) => void;

/** Reports every statement after the first of a kind that may appear once in its block. */
export function reportRepeated<S extends { kind: string; range: A.Range }>(
  ctx: CheckContext,
  statements: readonly S[],
  kinds: readonly string[],
  describe: (s: S) => string,
  key: (s: S) => string = (s) => s.kind,
): void {
  const seen = new Map<string, S>();
  for (const s of statements) {
    if (!kinds.includes(s.kind)) continue;
    const k = key(s);
    const first = seen.get(k);
    if (first)
      ctx.report('duplicate-clause', s.range, `${describe(s)} is given twice`, {
        related: [{ message: 'first given here', range: first.range }],
      });
    else seen.set(k, s);
  }
}
