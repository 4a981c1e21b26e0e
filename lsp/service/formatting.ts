/** Formatting is `slac fmt`: the compiler's formatter, as one edit over the whole document. */
import type { TextEdit } from 'vscode-languageserver';
import { format as formatText } from '../../compiler/format.js';
import type { SlacDocument } from './document.js';

export function format(doc: SlacDocument): TextEdit[] {
  // The formatter refuses text with syntax errors (it returns it unchanged): no edit then.
  const result = formatText(doc.text);
  if (result.text === doc.text || result.diagnostics.some((d) => d.severity === 'error')) return [];
  return [{ range: { start: { line: 0, character: 0 }, end: doc.positionAt(doc.text.length) }, newText: result.text }];
}
