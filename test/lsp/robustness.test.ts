/**
 * Every request on every prefix of every example: the language service never throws and always
 * answers something well-formed. Every fifth character prefix (of the examples every thirteenth, see
 * prefixStep) gets diagnostics and completion at its end (as when a contract is typed from the
 * first character to the last); every line prefix gets every other request too, at its end and at
 * a spread of positions inside.
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity, type Position, type Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, UserError, type LanguageService } from '../../lsp/service/index.js';
import { prefixLengths, prefixStep, readSample, sampleFiles } from './helpers.js';

function inside(doc: TextDocument, p: Position): boolean {
  return (
    p.line >= 0 &&
    p.character >= 0 &&
    p.line < doc.lineCount &&
    doc.offsetAt(p) <= doc.getText().length &&
    doc.positionAt(doc.offsetAt(p)).character === p.character
  );
}

function rangeOk(doc: TextDocument, r: Range): boolean {
  return inside(doc, r.start) && inside(doc, r.end) && doc.offsetAt(r.start) <= doc.offsetAt(r.end);
}

const problems: string[] = [];
function check(ok: boolean, what: string): void {
  if (!ok && problems.length < 20) problems.push(what);
}

function validateAndComplete(service: LanguageService, doc: TextDocument, at: Position): void {
  for (const d of service.validate(doc))
    check(rangeOk(doc, d.range) && typeof d.message === 'string' && d.message.length > 0, `diagnostic ${JSON.stringify(d)}`);
  const list = service.complete(doc, at);
  for (const item of list.items) {
    const edit = item.textEdit as { range: Range; newText: string } | undefined;
    check(
      typeof item.label === 'string' && item.label.length > 0 && !!edit && rangeOk(doc, edit.range) && edit.range.end.line === at.line,
      `completion ${JSON.stringify(item)}`,
    );
  }
}

function everything(service: LanguageService, doc: TextDocument, at: Position): void {
  validateAndComplete(service, doc, at);
  const hover = service.hover(doc, at);
  if (hover) check(typeof hover.contents === 'object' && (!hover.range || rangeOk(doc, hover.range)), `hover ${JSON.stringify(hover)}`);
  for (const l of service.definition(doc, at)) check(l.uri === doc.uri && rangeOk(doc, l.range), 'definition');
  for (const l of service.references(doc, at)) check(l.uri === doc.uri && rangeOk(doc, l.range), 'references');
  for (const h of service.documentHighlights(doc, at)) check(rangeOk(doc, h.range), 'highlight');
  const prepared = service.prepareRename(doc, at);
  if (prepared) {
    check(rangeOk(doc, prepared.range), 'prepareRename');
    const edit = service.rename(doc, at, `${prepared.placeholder}_renamed`);
    const edits = edit?.changes?.[doc.uri] ?? [];
    check(edits.length > 0 && edits.every((e) => rangeOk(doc, e.range)), 'rename');
  }
}

function wholeDocument(service: LanguageService, doc: TextDocument): void {
  const all = { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) };
  const walk = (symbols: ReturnType<LanguageService['documentSymbols']>): void => {
    for (const s of symbols) {
      check(rangeOk(doc, s.range) && rangeOk(doc, s.selectionRange) && s.name.length > 0, `symbol ${s.name}`);
      walk(s.children ?? []);
    }
  };
  walk(service.documentSymbols(doc));
  try {
    for (const e of service.format(doc)) check(rangeOk(doc, e.range), 'format');
  } catch (error) {
    // Refusing is allowed only with a reason, for a text with syntax errors.
    check(
      error instanceof UserError && service.validate(doc).some((d) => d.severity === DiagnosticSeverity.Error),
      `format threw ${String(error)}`,
    );
  }
  for (const l of service.codeLenses(doc)) check(rangeOk(doc, l.range) && !!l.command, 'code lens');
  for (const l of service.documentLinks(doc)) check(rangeOk(doc, l.range) && /^(mailto|https):/.test(l.target ?? ''), 'document link');
  const data = service.semanticTokens(doc).data;
  check(data.length % 5 === 0 && data.every((n) => Number.isInteger(n) && n >= 0), 'semantic tokens');
  for (const a of service.codeActions(doc, all))
    check(
      Object.values(a.edit?.changes ?? {})
        .flat()
        .every((e) => rangeOk(doc, e.range)),
      'code action',
    );
  for (const f of service.foldingRanges(doc)) check(f.startLine <= f.endLine && f.endLine < doc.lineCount, 'folding');
  for (const h of service.inlayHints(doc, all)) check(inside(doc, h.position), 'inlay hint');
}

describe('every request on every prefix', () => {
  for (const file of sampleFiles()) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    it(`${name}`, () => {
      problems.length = 0;
      const text = readSample(file);
      const service = createLanguageService();
      const uri = `file:///robust/${name}`;
      let version = 0;
      for (const n of prefixLengths(text, prefixStep(file))) {
        const prefix = text.slice(0, n);
        const doc = TextDocument.create(uri, 'slac', ++version, prefix);
        const end = doc.positionAt(n);
        validateAndComplete(service, doc, end);
        if (n === text.length || text[n] === '\n') {
          everything(service, doc, end);
          // A spread of positions inside the prefix: names, keywords, values, blanks.
          const step = Math.max(1, Math.floor(n / 7));
          for (let o = n % step; o < n; o += step) everything(service, doc, doc.positionAt(o));
          wholeDocument(service, doc);
        }
      }
      expect(problems).toEqual([]);
      // Every prefix is checked too (the checker runs after syntax errors): minutes on a busy machine.
    }, 300_000);
  }
});
