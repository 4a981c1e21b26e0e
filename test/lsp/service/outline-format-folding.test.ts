import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SymbolKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { format } from '../../../compiler/format.js';
import { UserError } from '../../../lsp/service/index.js';
import { contract, marked, newService, root, textDocument } from '../helpers.js';

const service = newService();

describe('document symbols', () => {
  it('outlines every declaration with its targets, measures and tickets', () => {
    const symbols = service.documentSymbols(textDocument(contract));
    expect(symbols.map((s) => [s.name, s.kind])).toEqual([
      ['Managed Workplace', SymbolKind.Namespace],
      ['Platform', SymbolKind.Module],
      ['office', SymbolKind.Class],
      ['always', SymbolKind.Class],
      ['P1', SymbolKind.EnumMember],
      ['P2', SymbolKind.EnumMember],
      ['targets', SymbolKind.Object],
      ['Gold', SymbolKind.Struct],
      ['uptime', SymbolKind.Function],
      ['credits for uptime', SymbolKind.Array],
      ['P1 on a Friday evening', SymbolKind.Method],
      ['credits per ticket', SymbolKind.Array],
    ]);
    const office = symbols[2]!;
    expect(office.detail).toBe('Kantooruren / Office hours');
    expect(office.selectionRange).toEqual({ start: { line: 12, character: 9 }, end: { line: 12, character: 15 } });
    expect(symbols[6]!.children!.map((c) => `${c.name}: ${c.detail}`)).toEqual([
      'response P1: within 15 minutes on always',
      'resolution P1: within 4 hours on always',
      'response P2: within 2 business hours',
      'resolution P2: within 8 business hours',
    ]);
    expect(symbols[8]!.children!.map((c) => c.name)).toEqual(['availability of Platform at least 99.9%']);
    expect(symbols[10]!.children!.map((c) => c.name)).toEqual(['ticket T1']);
  });

  it('outlines a document with errors', () => {
    const symbols = service.documentSymbols(textDocument('calendar office {\n  timezone Europe/Amsterdam\n\ntier Gold {\n  response'));
    expect(symbols.map((s) => s.name)).toEqual(['office', 'Gold']);
  });
});

describe('formatting', () => {
  it('is slac fmt, as line edits', () => {
    const messy = readFileSync(join(root, 'test/fixtures/format/messy.sla'), 'utf8');
    const doc = textDocument(messy);
    const edits = service.format(doc);
    expect(edits.length).toBeGreaterThan(1);
    expect(TextDocument.applyEdits(doc, edits)).toBe(format(messy).text);
  });

  it('changes one line for a one-character change', () => {
    const formatted = format(contract).text;
    const line = formatted.split('\n').findIndex((l) => l.startsWith('  response P1 within 15 minutes'));
    const doc = textDocument(formatted.replace('  response P1 within 15 minutes', '   response P1 within 15 minutes'));
    expect(service.format(doc)).toEqual([
      { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: `${formatted.split('\n')[line]}\n` },
    ]);
  });

  it('formats a range: only the edits that touch it', () => {
    const formatted = format(contract).text;
    const lines = formatted.split('\n');
    const first = lines.findIndex((l) => l.startsWith('  response P1 within 15 minutes'));
    const last = lines.findIndex((l) => l.startsWith('  availability of service'));
    const doc = textDocument(
      formatted
        .replace('  response P1 within 15 minutes', '     response P1 within 15 minutes')
        .replace('  availability of service', '    availability of service'),
    );
    const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 3 } });
    expect(service.format(doc, range(first)).map((e) => e.range.start.line)).toEqual([first]);
    expect(service.format(doc, range(last)).map((e) => e.range.start.line)).toEqual([last]);
    expect(service.format(doc).map((e) => e.range.start.line)).toEqual([first, last]);
  });

  it('changes nothing in a formatted file, and says why it cannot format a file with syntax errors', () => {
    expect(service.format(textDocument(format(contract).text))).toEqual([]);
    expect(() => service.format(textDocument('calendar office {'))).toThrow(
      new UserError(
        "slac cannot format this file until its syntax errors are fixed (line 1: expected a calendar line such as `timezone Europe/Amsterdam`, `monday to friday 08:00 to 18:00`, `closed on public holidays NL`, `open on 2026-12-24 08:00 to 12:00`, or '}' after '{', found the end of the file)",
      ),
    );
  });
});

describe('folding', () => {
  it('folds blocks (keeping the closing brace) and runs of comments', () => {
    const m = marked('// one\n// two\n// three\ncalendar office {\n  timezone Europe/Amsterdam\n  every day\n}\n\nservice Mail "E-mail"\n');
    expect(service.foldingRanges(m.document)).toEqual([
      { startLine: 0, endLine: 2, kind: 'comment' },
      { startLine: 3, endLine: 5 },
    ]);
  });
});
