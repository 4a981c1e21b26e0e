/**
 * Failures of defects that another branch fixes (issue 8 items 6, 7, 11, 12, 13: branch fix-lang).
 * The fuzzer reports them apart, by item, so a run shows at a glance what is new. Once that branch
 * is merged none of these should occur: delete this table then, and every failure counts again.
 */
import type { Failure } from './check.js';

export interface Known {
  item: number;
  what: string;
}

export function knownIssue(f: Failure, text: string): Known | null {
  if (f.message.includes('Maximum call stack size exceeded')) return { item: 7, what: 'parser stack overflow' };
  if (f.kind === 'hang' && (text.match(/[^\x09\x0a\x0d\x20-\x7e]/g)?.length ?? 0) > 100) return { item: 6, what: 'quadratic lexing of invalid characters' };
  if ((f.kind === 'fmt-reparse' || f.kind === 'fmt-ast' || f.kind === 'fmt-idempotent') && /\d(?:\.\d+)?e[+-]?\d|\d{16,}|\.\d{7,}/.test(text)) return { item: 11, what: 'fmt prints numbers as JavaScript numbers' };
  if (f.kind === 'range' && /\r(?!\n)/.test(text)) return { item: 12, what: 'lone CR line endings' };
  if (f.kind === 'incremental' || f.kind === 'state') return { item: 13, what: 'incremental analysis state' };
  // A text without tokens gets the range a previous incremental analysis left in the parser.
  if (f.kind === 'range' && f.message.includes('outside 0…') && text.replace(/\/\/[^\n\r]*/g, '').trim() === '') return { item: 13, what: 'incremental analysis state' };
  return null;
}
