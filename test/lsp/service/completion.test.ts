import { describe, expect, it } from 'vitest';
import { InsertTextFormat } from 'vscode-languageserver';
import { completionLabels, contract, marked, newService } from '../helpers.js';

const service = newService();
/** The contract with `find` replaced by `replace` (which holds the cursor marker). */
const at = (find: string, replace: string) => {
  if (!contract.includes(find)) throw new Error(`not in the contract: ${find}`);
  return contract.replace(find, replace);
};
const labels = (source: string) => completionLabels(service, source);

describe('completion', () => {
  it('offers the declarations and block snippets at the top level', () => {
    const list = service.complete(marked(`<|>\n${contract}`).document, { line: 0, character: 0 });
    const names = list.items.map((i) => i.label);
    expect(names).toEqual(
      expect.arrayContaining(['calendar', 'tier', 'objective', 'customer responsibilities', 'credit terms', 'credits', 'calendar block']),
    );
    // The contract has its agreement: a second one is never offered.
    expect(names.filter((n) => n.startsWith('agreement'))).toEqual([]);
    expect(labels('<|>')).toEqual(expect.arrayContaining(['agreement', 'agreement block']));
    const snippet = list.items.find((i) => i.label === 'calendar block')!;
    expect(snippet.insertTextFormat).toBe(InsertTextFormat.Snippet);
    expect((snippet.textEdit as { newText: string }).newText).toContain('timezone ${3:Europe/Amsterdam}');
  });

  it('offers the legal frame: party, legal and revisions blocks, and their statements', () => {
    const top = service.complete(marked(`<|>\n${contract}`).document, { line: 0, character: 0 }).items.map((i) => i.label);
    expect(top).toEqual(expect.arrayContaining(['party', 'legal', 'revisions', 'credits']));
    expect(labels(`${contract}\nparty provider {\n  <|>\n}\n`)).toEqual(
      expect.arrayContaining(['kvk', 'address', 'represented by', 'called']),
    );
    expect(labels(`${contract}\nlegal {\n  <|>\n}\n`)).toEqual(
      expect.arrayContaining([
        'main agreement',
        'prevailing language',
        'disputes',
        'renewal every',
        'liability',
        'data processing agreement',
        'audit of measurements',
        'improvement plan for',
        'termination for',
      ]),
    );
    expect(labels(`${contract}\nlegal {\n  termination for <|>\n}\n`)).toEqual(expect.arrayContaining(['uptime']));
    expect(labels(`${contract}\ncredits per ticket {\n  resolution <|>\n}\n`)).toEqual(expect.arrayContaining(['P1', 'P2']));
  });

  it('offers declared calendars after `on`', () => {
    expect(labels(at('response P2 within 2 business hours', 'response P2 within 2 business hours on <|>')).sort()).toEqual([
      'always',
      'office',
    ]);
  });

  it('offers the lifecycle clauses in a targets block, the statuses block at the top level and the clocks after `expect T1`', () => {
    expect(labels(at('  response P1 within 15 minutes', '  <|>'))).toEqual(
      expect.arrayContaining(['next reply', 'update', 'clocks start', 'response', 'paused while']),
    );
    expect(labels(`<|>\n${contract}`)).toEqual(expect.arrayContaining(['statuses', 'aliases']));
    expect(labels(at('expect T1 resolution met', 'expect T1 <|>'))).toEqual(
      expect.arrayContaining(['response', 'resolution', 'next reply', 'update', 'escalation']),
    );
    expect(labels(at('expect T1 resolution met', 'expect credit for ticket <|>'))).toEqual(['T1']);
    expect(labels(at('expect T1 resolution met', 'expect credit for outage of <|>'))).toEqual(expect.arrayContaining(['uptime']));
    expect(labels(at('expect T1 resolution met', 'expect termination for <|>'))).toEqual(expect.arrayContaining(['uptime']));
    expect(labels(at('expect T1 resolution met', 'expect <|>'))).toEqual(
      expect.arrayContaining(['T1', 'uptime', 'credit for', 'improvement plan for', 'termination for']),
    );
  });

  it('offers declared priorities in a target', () => {
    expect(labels(at('  response P1 within 15 minutes', '  response <|>'))).toEqual(expect.arrayContaining(['P1', 'P2']));
  });

  it('offers tiers and priorities of a scenario ticket', () => {
    expect(labels(at('tier Gold created', 'tier <|> created'))).toEqual(['Gold']);
    expect(labels(at('ticket T1 priority P1', 'ticket T1 priority <|>'))).toEqual(expect.arrayContaining(['P1', 'P2']));
  });

  it('offers objectives after `credits for`, tickets and objectives after `expect`', () => {
    expect(labels(at('credits for uptime', 'credits for <|>'))).toEqual(['uptime']);
    expect(labels(at('expect T1 resolution met', 'expect <|>'))).toEqual(expect.arrayContaining(['T1', 'uptime', 'credit for']));
  });

  it('offers services and `service` after `availability of`', () => {
    expect(labels(at('availability of service Platform', 'availability of <|>'))).toEqual(expect.arrayContaining(['service', 'Platform']));
  });

  it('offers IANA time zones after `timezone`, also for a partly typed zone', () => {
    expect(labels(at('  timezone Europe/Amsterdam\n  every day', '  timezone <|>\n  every day'))).toEqual(
      expect.arrayContaining(['UTC', 'Europe/Amsterdam', 'America/New_York']),
    );
    const m = marked(at('  timezone Europe/Amsterdam\n  every day', '  timezone Europe/Ams<|>\n  every day'));
    const item = service.complete(m.document, m.position).items.find((i) => i.label === 'Europe/Amsterdam')!;
    const edit = item.textEdit as { range: { start: { character: number } } };
    expect(edit.range.start.character).toBe(11); // the whole `Europe/Ams` is replaced
  });

  it('offers country codes after `public holidays` and regions after `region`', () => {
    expect(labels(at('closed on public holidays NL', 'closed on public holidays <|>'))).toEqual(
      expect.arrayContaining(['NL', 'DE', 'BE', 'GB']),
    );
    expect(labels(at('closed on public holidays NL', 'closed on public holidays DE region <|>'))).toEqual(
      expect.arrayContaining(['BY', 'NW']),
    );
  });

  it('offers the units after a number, singular after 1', () => {
    const after4 = labels(at('resolution P1 within 4 hours', 'resolution P1 within 4 <|>'));
    expect(after4).toEqual(expect.arrayContaining(['hours', 'minutes', 'business', 'working', 'calendar days']));
    expect(labels(at('resolution P1 within 4 hours', 'resolution P1 within 1 <|>'))).toEqual(expect.arrayContaining(['hour', 'minute']));
  });

  it('completes a keyword being typed and replaces the typed part', () => {
    const m = marked(at('  resolution P1 within 4 hours on always', '  resol<|>'));
    const item = service.complete(m.document, m.position).items.find((i) => i.label === 'resolution')!;
    expect(item).toBeTruthy();
    expect((item.textEdit as { range: unknown }).range).toEqual({ start: { line: m.position.line, character: 2 }, end: m.position });
  });

  it('offers a fixed phrase whole', () => {
    expect(labels(at('  calendar office\n', '  calendar office\n  <|>\n'))).toEqual(
      expect.arrayContaining(['paused while', 'response', 'resolution', 'response … within …']),
    );
    expect(labels(at('  availability of service Platform at least 99.9% per month', '  <|>'))).toEqual(
      expect.arrayContaining(['availability of', 'first time right', 'average', 'reopen ratio', 'excluding', 'availability of service …']),
    );
  });

  it('offers channels and verbs in a percentage objective', () => {
    expect(labels(at('  availability of service Platform at least 99.9% per month', '  80% of <|>'))).toEqual(
      expect.arrayContaining(['calls', 'e-mails', 'tickets']),
    );
    const verbs = labels(at('  availability of service Platform at least 99.9% per month', '  80% of calls <|>'));
    expect(verbs).toEqual(expect.arrayContaining(['answered', 'accepted', 'abandoned']));
    expect(verbs).not.toContain('solved');
  });

  it('offers the contract languages for a text part', () => {
    expect(labels(at('  timezone Europe/Amsterdam\n}', '  text <|>\n  timezone Europe/Amsterdam\n}'))).toEqual(
      expect.arrayContaining(['nl', 'en']),
    );
  });

  it('offers impact and urgency levels in a priority matrix', () => {
    const matrix = 'priority matrix {\n  impact levels high, low\n  urgency levels soon, later\n  high impact and <|>\n}\n';
    expect(labels(`${contract}\n${matrix}`).sort()).toEqual(['later', 'soon']);
    expect(labels(`${contract}\n${matrix.replace('high impact and <|>', '<|>')}`)).toEqual(
      expect.arrayContaining(['high', 'low', 'impact levels', 'urgency levels']),
    );
  });

  it('offers nothing inside a string or a comment', () => {
    expect(labels(at('"Acme IT B.V."', '"Acme <|>IT B.V."'))).toEqual([]);
    expect(labels(`// a comment <|>\n${contract}`)).toEqual([]);
  });

  it('still completes in a document with errors elsewhere', () => {
    const broken = at(
      'service Platform "SaaS platform"',
      'service Platform "SaaS platform" {\n  text en "no closing brace"\n\ncalendar oops {',
    );
    expect(labels(broken.replace('response P2 within 2 business hours', 'response P2 within 2 business hours on <|>'))).toEqual(
      expect.arrayContaining(['office', 'always']),
    );
  });
});
