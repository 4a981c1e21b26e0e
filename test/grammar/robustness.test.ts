/** Hostile input through the grammar and the analysis: no throw, bounded output, one line-break rule. */
import { describe, expect, it } from 'vitest';
import { analyze, MAX_DIAGNOSTICS } from '../../compiler/analyze.js';
import { renderDiagnostics } from '../../compiler/render-diagnostics.js';
import { parse } from '../../grammar/index.js';
import { createLanguageService } from '../../lsp/service/index.js';
import { textDocument } from '../lsp/helpers.js';

const at = (d: { range: { start: { line: number; column: number } } } | undefined) => d && `${d.range.start.line}:${d.range.start.column}`;

describe('invalid characters', () => {
  it('reports a run of them once, with the range of the whole run and a fix that removes it', () => {
    const text = 'service A\n  @@ # @   §\nservice B @\n';
    const ds = parse(text).diagnostics;
    expect(ds.map((d) => [d.code, at(d), d.range.end.column, d.message])).toEqual([
      ['invalid-character', '2:3', 13, "unexpected characters '@@ # @   §'"],
      ['invalid-character', '3:11', 12, "unexpected character '@'"],
    ]);
    expect(ds[0]!.fix?.edits).toEqual([{ range: ds[0]!.range, newText: '' }]);
  });

  it('40,000 invalid characters on one line are one diagnostic, quoted in short', () => {
    const { diagnostics } = analyze('\\` '.repeat(40000));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toBe("unexpected characters '\\` \\` \\` \\` \\` \\` \\`…'");
    expect(diagnostics[0]!.range.end.offset).toBe(3 * 40000 - 1);
  });

  it('positions of invalid characters far into a file are exact', () => {
    const text = `${'service A\n'.repeat(3000)}  @`;
    expect(at(parse(text).diagnostics[0])).toBe('3001:3');
  });
});

describe('many mistakes', () => {
  const met = Array.from({ length: 5000 }, (_, k) => `service s${k} met`).join('\n');

  it('5,000 broken lines parse without a stack overflow, one syntax error each', () => {
    const { diagnostics, document } = parse(met);
    expect(document.declarations).toHaveLength(5000);
    expect(diagnostics).toHaveLength(5000);
    expect(diagnostics.every((d) => d.code === 'syntax-error')).toBe(true);
    expect(at(diagnostics[4999])).toBe('5000:15');
  });

  it('the analysis shows the first 100 and counts the rest in one diagnostic', () => {
    const { diagnostics, counts } = analyze(met);
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
    const last = diagnostics[MAX_DIAGNOSTICS]!;
    expect([last.code, last.severity, at(last)]).toEqual(['too-many-problems', 'error', '101:14']);
    expect(last.message).toBe('4900 more problems in this file are not shown (4900 errors); fix the ones above first');
    expect(counts).toEqual({ errors: 5000, warnings: 0 });
  });

  it('the language service validates it without throwing', () => {
    const service = createLanguageService();
    expect(service.validate(textDocument(met))).toHaveLength(MAX_DIAGNOSTICS + 1);
    const blocks = `targets {\n${'  response P1 witin 4 hours\n'.repeat(3000)}`;
    expect(service.validate(textDocument(blocks)).length).toBeGreaterThan(0);
  });
});

describe('one line-break rule: LF, CRLF and a lone CR', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('%s: parser, lexer errors and the rendered location agree', (_name, nl) => {
    const text = `service A${nl}}${nl}service B @`;
    const ds = analyze(text).diagnostics;
    expect(ds.map((d) => [d.code, at(d)])).toEqual([
      ['syntax-error', '2:1'],
      ['invalid-character', '3:11'],
    ]);
    const out = renderDiagnostics(ds, 'x.sla', text);
    expect(out).toContain(' --> x.sla:2:1\n  |\n2 | }\n  | ^\n');
    expect(out).toContain(' --> x.sla:3:11\n  |\n3 | service B @\n  |           ^\n');
  });

  it('"\\r}": the brace after a lone CR is on line 2, in every stage', () => {
    const text = '\r}';
    const [d] = analyze(text).diagnostics;
    expect(at(d)).toBe('2:1');
    expect(parse(text).tokens[0]).toMatchObject({ startLine: 2, startColumn: 1 });
    expect(renderDiagnostics([d!], 'x.sla', text)).toContain('2 | }\n  | ^');
    const lsp = createLanguageService().validate(textDocument(text))[0];
    expect(lsp?.range.start).toEqual({ line: 1, character: 0 });
  });

  it('an unterminated string ends at a lone CR', () => {
    const ds = parse('agreement "T\r{ }').diagnostics;
    expect(ds.map((d) => [d.code, at(d), d.range.end.line])).toEqual([['unterminated-string', '1:11', 1]]);
  });
});
