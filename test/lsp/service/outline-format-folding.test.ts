import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SymbolKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { format } from '../../../compiler/format.js';
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
  it('is slac fmt, as one edit', () => {
    const messy = readFileSync(join(root, 'test/fixtures/format/messy.sla'), 'utf8');
    const doc = textDocument(messy);
    const edits = service.format(doc);
    expect(edits).toHaveLength(1);
    expect(TextDocument.applyEdits(doc, edits)).toBe(format(messy).text);
  });

  it('changes nothing in a formatted file or a file with syntax errors', () => {
    expect(service.format(textDocument(format(contract).text))).toEqual([]);
    expect(service.format(textDocument('calendar office {'))).toEqual([]);
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
