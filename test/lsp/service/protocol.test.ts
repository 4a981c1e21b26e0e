import { describe, expect, it } from 'vitest';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver';
import { inSteps } from '../../../lsp/service/index.js';
import { completionLabels, contract, marked, newService, textDocument } from '../helpers.js';

const service = newService();
const at = (find: string, replace: string) => {
  if (!contract.includes(find)) throw new Error(`not in the contract: ${find}`);
  return contract.replace(find, replace);
};
const items = (source: string): CompletionItem[] => {
  const m = marked(source);
  return service.complete(m.document, m.position).items;
};

describe('completion for prefix-matching clients', () => {
  it('finds a time zone by its city: `timezone Ams` → Europe/Amsterdam', () => {
    const zone = items(at('  timezone Europe/Amsterdam\n  every day', '  timezone Ams<|>\n  every day')).find(
      (i) => i.label === 'Europe/Amsterdam',
    )!;
    expect(zone.filterText!.startsWith('Ams')).toBe(true);
    expect((zone.textEdit as { newText: string }).newText).toBe('Europe/Amsterdam');
    // Once the region is typed, the zone itself is matched.
    const typed = items(at('  timezone Europe/Amsterdam\n  every day', '  timezone Europe/Am<|>\n  every day')).find(
      (i) => i.label === 'Europe/Amsterdam',
    )!;
    expect(typed.filterText).toBe('Europe/Amsterdam');
  });

  it('offers only units after `within 30 `, not `out of`, `per` or `on`', () => {
    const labels = completionLabels(service, at('resolution P1 within 4 hours', 'resolution P1 within 30 <|>'));
    expect(labels).toEqual(expect.arrayContaining(['minutes', 'hours', 'business', 'working', 'calendar days']));
    expect(labels.filter((l) => /^(out of|per|on)\b/.test(l))).toEqual([]);
  });
});

describe('completionItem/resolve', () => {
  const doc = (i: CompletionItem) => (service.resolveCompletion(i).documentation as MarkupContent | undefined)?.value;

  it('documents a zone with its offsets, from fixed dates', () => {
    const zone = items(at('  timezone Europe/Amsterdam\n  every day', '  timezone Ams<|>\n  every day')).find(
      (i) => i.label === 'Europe/Amsterdam',
    )!;
    expect(zone.documentation).toBeUndefined();
    expect(doc(zone)).toBe('IANA time zone **Europe/Amsterdam**: UTC+01:00 in January, UTC+02:00 in July (2026)');
  });

  it('documents a declared name with its title', () => {
    const office = items(at('response P2 within 2 business hours', 'response P2 within 2 business hours on <|>')).find(
      (i) => i.label === 'office',
    )!;
    expect(doc(office)).toBe('**calendar** `office` — Kantooruren / Office hours');
  });

  it('shows a snippet as the text it inserts', () => {
    const snippet = items(`<|>\n${contract}`).find((i) => i.label === 'calendar block')!;
    expect(doc(snippet)).toMatch(/^```slac\ncalendar .*\n {2}timezone Europe\/Amsterdam/);
  });
});

describe('document links', () => {
  it('links mailto: and https: only, without trailing punctuation', () => {
    const text = `${contract}\nescalation major {\n  for P1\n  step 1 "Desk" after 1 hours contact "desk@acme.example; see https://status.acme.example/a?b=1)."\n  step 2 "Boss" after 2 hours contact "http://plain.example command:x file:///etc javascript:alert(1)"\n}\n`;
    const links = service.documentLinks(textDocument(text));
    expect(
      links.map((l) => [l.target, text.split('\n')[l.range.start.line]!.slice(l.range.start.character, l.range.end.character)]),
    ).toEqual([
      ['https://status.acme.example/a?b=1', 'https://status.acme.example/a?b=1'],
      ['mailto:desk@acme.example', 'desk@acme.example'],
    ]);
  });
});

describe('workspace symbols', () => {
  it('lists the declarations of the indexed files, best match first, and forgets deleted files', () => {
    const s = newService();
    s.workspace.set('file:///w/a.sla', contract);
    s.workspace.set('file:///w/b.sla', 'calendar offsite "Off-site" {\n  timezone UTC\n  every day\n}\n');
    expect(s.workspaceSymbols('off').map((x) => x.name)).toEqual(['office', 'offsite']);
    expect(s.workspaceSymbols('upt').map((x) => [x.name, x.kind])).toEqual([
      ['uptime', 12],
      ['credits for uptime', 18],
    ]);
    s.workspace.delete('file:///w/b.sla');
    expect(s.workspaceSymbols('off').map((x) => x.name)).toEqual(['office']);
  });
});

describe('requests in steps', () => {
  it('gives the event loop a turn between costly facts, with the same answer', async () => {
    const m = marked(at('credits for uptime', 'credits for up<|>time'));
    const direct = newService().hover(m.document, m.position);
    const stepped = newService();
    let turns = 0;
    const hover = await inSteps(() => stepped.hover(m.document, m.position), { yieldTurn: async () => void turns++ });
    expect(hover).toEqual(direct);
    // Two contract sentences (en, nl) and the downtime fact: at least three steps.
    expect(turns).toBeGreaterThanOrEqual(3);
  });

  it('abandons the request when told to', async () => {
    const m = marked(at('credits for uptime', 'credits for up<|>time'));
    let turns = 0;
    await expect(
      inSteps(() => newService().hover(m.document, m.position), { yieldTurn: async () => void turns++, cancelled: () => turns > 1 }),
    ).rejects.toThrow('abandoned');
  });
});

describe('scenarios', () => {
  it('puts a failing expectation on its expect line, with expected and actual', () => {
    const m = marked(at('  expect T1 resolution met', '  <<expect T1 resolution breached>>'));
    const s = newService();
    expect(s.validate(m.document)).toEqual([]); // the diagnostics of an edit never run scenarios
    expect(s.knownScenarioDiagnostics(m.document)).toEqual([]);
    expect(s.codeLenses(m.document).map((l) => l.command?.title)).toEqual(['▶ run scenario']);
    const [d, ...rest] = s.scenarioDiagnostics(m.document);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'scenario-failed', severity: 1, range: m.ranges[0] });
    expect(d!.message).toBe(
      'expect T1 resolution breached: expected breached, actual met (4 hours on always, due 2026-03-06T21:00:00+01:00, stopped 2026-03-06T20:00:00+01:00) (correct the contract or the expectation)',
    );
    expect(s.codeLenses(m.document).map((l) => l.command?.title)).toEqual(['✗ 1 of 1 expectations fail']);
  });

  it('says when every expectation passes', () => {
    const s = newService();
    const doc = textDocument(contract);
    expect(s.scenarioDiagnostics(doc)).toEqual([]);
    expect(s.codeLenses(doc).map((l) => [l.command?.title, l.command?.command, l.command?.arguments])).toEqual([
      ['✓ 1 of 1 expectations pass', 'slac.server.runScenarios', [doc.uri]],
    ]);
  });
});
