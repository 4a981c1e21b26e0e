/**
 * The document's view of the ticket lifecycle: the statuses of the provider's tool and their
 * meaning (definitions article), aliases of priorities and statuses, where the clocks start, pause
 * caps, and the lifecycle facts and expectations of scenarios. Wording lives in the templates.
 */
import type * as A from '../../grammar/ast.js';
import type * as M from '../model.js';
import { lowerDuration } from '../lower.js';
import { formatDuration } from './format/duration.js';
import type { DocLang } from './format/locale.js';

export interface VmStatuses {
  /** One row per status line: the names (as the tool writes them) and what they mean. */
  rows: Array<{ names: string[]; meaning: A.StatusMeaning; reason: 'customer' | 'third-party' | null }>;
  /** Status aliases: another name the tool uses for a status. */
  aliases: Array<{ value: string; target: string }>;
}

export function statusesView(model: M.ContractModel): VmStatuses | null {
  if (!model.statuses) return null;
  // One row per status line of the contract (the names of one line share a line number).
  const byLine = new Map<number, VmStatuses['rows'][number]>();
  for (const s of model.statuses.statuses) {
    const row = byLine.get(s.line);
    if (row) row.names.push(s.name);
    else byLine.set(s.line, { names: [s.name], meaning: s.meaning, reason: s.reason });
  }
  const rows = [...byLine.values()];
  return { rows, aliases: model.aliases.filter((a) => a.field === 'status').map((a) => ({ value: a.value, target: a.target })) };
}

/** Priority aliases per priority name: how the tool's export names it. */
export function priorityAliases(model: M.ContractModel): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of model.aliases) if (a.field === 'priority') out.set(a.target, [...(out.get(a.target) ?? []), a.value]);
  return out;
}

export function pauseView(p: M.PauseModel, lang: DocLang): { condition: A.PauseCondition; status: string | null; cap: string | null } {
  return { condition: p.condition, status: p.status, cap: p.cap ? formatDuration(p.cap, lang) : null };
}

export function startView(t: M.TierModel): { at: 'assignment' | 'status'; status: string | null } | null {
  return t.start && t.start.at !== 'creation' ? { at: t.start.at, status: t.start.status } : null;
}

/** What a clock expectation states, in the document's words: a date-time or a duration. */
export function clockExpectation(
  stmt: Extract<A.Expectation, { kind: 'ExpectClock' }>,
  dateTime: (d: A.DateTimeLit) => string,
  lang: DocLang,
): { measure: 'due' | 'elapsed' | 'remaining'; value: string } {
  if (stmt.measure === 'due') return { measure: 'due', value: dateTime(stmt.at) };
  return {
    measure: stmt.measure,
    value: stmt.value.kind === 'Duration' ? formatDuration(lowerDuration(stmt.value), lang) : stmt.value.raw,
  };
}
