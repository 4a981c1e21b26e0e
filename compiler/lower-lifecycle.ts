/** AST → contract model for the ticket lifecycle: statuses, aliases, clock starts, pause caps, warnings. */
import type * as A from '../grammar/ast.js';
import type * as M from './model.js';
import { lowerDuration, lowerText } from './lower.js';

const line = (node: { range: A.Range }): number => node.range.start.line;

export const statusMeanings: readonly A.StatusMeaning[] = ['starts', 'pauses', 'resolves', 'closes', 'reopens', 'none'];

/** The meaning of a status line; the checker has rejected words that are not meanings. */
export function statusMeaning(s: A.StatusStmt): A.StatusMeaning {
  return s.meaning === null
    ? 'none'
    : (statusMeanings as readonly string[]).includes(s.meaning.name)
      ? (s.meaning.name as A.StatusMeaning)
      : 'none';
}

export function lowerStatuses(doc: A.Document): M.StatusesModel | null {
  const blocks = doc.declarations.filter((d): d is A.StatusesDecl => d.kind === 'Statuses');
  if (blocks.length === 0) return null;
  const statuses = blocks.flatMap((b) =>
    b.body.flatMap((s) =>
      s.kind === 'Status' ? s.names.map((n) => ({ line: line(s), name: n.value, meaning: statusMeaning(s), reason: s.reason })) : [],
    ),
  );
  const texts = blocks.flatMap((b) => b.body.flatMap((s) => (s.kind === 'TextStmt' ? [lowerText(s.text)] : [])));
  return { line: line(blocks[0]!), statuses, texts };
}

export function lowerAliases(doc: A.Document): M.AliasModel[] {
  return doc.declarations.flatMap((d) =>
    d.kind === 'Aliases'
      ? d.body.flatMap((s) =>
          s.values.map((v) => ({
            line: line(s),
            field: s.field,
            value: v.value,
            target: s.target.kind === 'Ident' ? s.target.name : s.target.value,
          })),
        )
      : [],
  );
}

export function lowerClockStart(body: readonly A.TargetBlockStmt[]): M.ClockStartModel | null {
  const s = body.find((x): x is A.ClockStartStmt => x.kind === 'ClockStart');
  return s ? { line: line(s), at: s.at, status: s.status?.value ?? null } : null;
}

export function lowerPauseCap(s: A.PauseStmt): M.DurationModel | null {
  return s.cap && s.cap.kind === 'Duration' ? lowerDuration(s.cap) : null;
}

/** The warning ladder of an escalation, in the contract's order (the evaluator orders it by threshold). */
export function lowerWarnings(body: readonly A.EscalationStmt[]): M.EscalationModel['warnings'] {
  return body.flatMap((s) =>
    s.kind === 'Warning' && s.at.kind === 'Percentage'
      ? [{ at: s.at.value, target: s.target, to: s.to ? lowerText(s.to) : null, line: line(s) }]
      : [],
  );
}
