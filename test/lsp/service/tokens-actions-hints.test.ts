import { describe, expect, it } from 'vitest';
import { CodeActionKind, DiagnosticSeverity } from 'vscode-languageserver';
import { semanticTokensLegend } from '../../../lsp/service/index.js';
import { contract, marked, newService, textDocument } from '../helpers.js';

const service = newService();

/** Semantic tokens decoded to `line:char text type[+declaration]`. */
function decode(text: string): string[] {
  const doc = textDocument(text);
  const data = service.semanticTokens(doc).data;
  const lines = text.split('\n');
  const out: string[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    char = data[i]! === 0 ? char + data[i + 1]! : data[i + 1]!;
    const type = semanticTokensLegend.tokenTypes[data[i + 3]!];
    const decl = data[i + 4]! & 1 ? '+declaration' : '';
    out.push(`${line}:${char} ${lines[line]!.slice(char, char + data[i + 2]!)} ${type}${decl}`);
  }
  return out;
}

describe('semantic tokens', () => {
  it('tells names of each kind apart and marks declarations', () => {
    const tokens = decode(contract);
    expect(tokens).toEqual(
      expect.arrayContaining([
        '12:0 calendar keyword',
        '12:9 office class+declaration',
        '12:16 nl macro',
        '12:19 "Kantooruren" string',
        '14:2 monday keyword',
        '14:19 08:00 number',
        '13:11 Europe/Amsterdam type',
        '27:11 office class',
        '28:11 P1 enumMember',
        '34:5 Gold enum+declaration',
        '38:10 uptime function+declaration',
        '39:26 Platform namespace',
        '39:44 99.9% number',
        '48:9 T1 variable+declaration',
        '49:9 T1 variable',
      ]),
    );
  });

  it('includes comments, in order', () => {
    const tokens = decode('// head\nservice Mail "E-mail" // tail\n');
    expect(tokens).toEqual([
      '0:0 // head comment',
      '1:0 service keyword',
      '1:8 Mail namespace+declaration',
      '1:13 "E-mail" string',
      '1:22 // tail comment',
    ]);
  });
});

describe('diagnostics and quick fixes', () => {
  const typo = contract.replace('response P1 within 15 minutes on always', 'response P1 within 15 minutes on <<alwais>>');

  it('converts diagnostics to 0-based LSP ranges with code, source and the fix in data', () => {
    const m = marked(typo);
    const [d] = service.validate(m.document);
    expect(d).toMatchObject({ range: m.ranges[0], code: 'unknown-reference', source: 'slac', severity: DiagnosticSeverity.Error });
    expect(d!.message).toContain("did you mean 'always'?");
    expect(d!.data).toEqual({ version: 1, fix: { title: "Change to 'always'", edits: [{ range: m.ranges[0], newText: 'always' }] } });
  });

  it('reports related places (the first declaration of a duplicate)', () => {
    const m = marked(`${contract}\ncalendar office "again" {\n  timezone Europe/Amsterdam\n  every day\n}\n`);
    const dup = service.validate(m.document).find((d) => d.code === 'duplicate-name')!;
    expect(dup.relatedInformation?.[0]?.location.range.start.line).toBe(12);
  });

  it('offers the fix of a diagnostic under the cursor as a preferred quick fix', () => {
    const m = marked(typo);
    const actions = service.codeActions(m.document, m.ranges[0]!, { diagnostics: [] });
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ title: "Change to 'always'", kind: CodeActionKind.QuickFix, isPreferred: true });
    expect(actions[0]!.edit!.changes![m.document.uri]).toEqual([{ range: m.ranges[0], newText: 'always' }]);
    expect(service.codeActions(m.document, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } })).toEqual([]);
    expect(service.codeActions(m.document, m.ranges[0]!, { diagnostics: [], only: [CodeActionKind.Refactor] })).toEqual([]);
  });

  it('closes an unterminated string', () => {
    const m = marked('agreement "Title {\n}\n');
    const actions = service.codeActions(m.document, { start: { line: 0, character: 10 }, end: { line: 0, character: 10 } });
    expect(actions.map((a) => a.title)).toEqual(['Close the string']);
    expect(actions[0]!.edit!.changes![m.document.uri]).toEqual([
      { range: { start: { line: 0, character: 18 }, end: { line: 0, character: 18 } }, newText: '"' },
    ]);
  });
});

describe('inlay hints', () => {
  it('shows allowed downtime, money for fee percentages and weekly hours', () => {
    const doc = textDocument(contract);
    const hints = service.inlayHints(doc).map((h) => `${h.position.line}:${h.position.character} ${h.label as string}`);
    expect(hints).toEqual(['12:50 50 h/week', '18:22 168 h/week', '39:59 ≈ 43m 50s downtime', '43:38 = EUR 625', '44:28 = EUR 3,750']);
  });

  it('shows the range of allowed downtime on a calendar with opening hours', () => {
    const text = contract.replace('at least 99.9% per month', 'at least 99.5% per month on office').replace('below 99.9%', 'below 99.5%');
    const hint = service.inlayHints(textDocument(text)).find((h) => (h.label as string).includes('downtime'))!;
    expect(hint.label).toBe('≈ 57m – 1h 9m downtime'); // the figures of the contract document: 99.5% of each month's open time
  });

  it('keeps to the requested range', () => {
    const doc = textDocument(contract);
    expect(service.inlayHints(doc, { start: { line: 39, character: 0 }, end: { line: 40, character: 0 } }).map((h) => h.label)).toEqual([
      '≈ 43m 50s downtime',
    ]);
  });
});
