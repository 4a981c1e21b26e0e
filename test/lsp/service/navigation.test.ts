import { describe, expect, it } from 'vitest';
import { UserError } from '../../../lsp/service/index.js';
import { contract, marked, newService } from '../helpers.js';

const service = newService();

describe('definition and references', () => {
  it('goes from a reference to the declaration', () => {
    const m = marked(
      contract
        .replace('calendar always "24/7"', 'calendar <<always>> "24/7"')
        .replace('on always\n  resolution P1', 'on alw<|>ays\n  resolution P1'),
    );
    expect(service.definition(m.document, m.position)).toEqual([{ uri: m.document.uri, range: m.ranges[0] }]);
  });

  it('goes to the ticket of the same scenario', () => {
    const m = marked(contract.replace('ticket T1 priority', 'ticket <<T1>> priority').replace('expect T1', 'expect T<|>1'));
    expect(service.definition(m.document, m.position)).toEqual([{ uri: m.document.uri, range: m.ranges[0] }]);
  });

  it('goes to the ticket from a credit expectation and a clock expectation', () => {
    const source = contract
      .replace('ticket T1 priority', 'ticket <<T1>> priority')
      .replace(
        'expect T1 resolution met',
        'expect T1 resolution met\n  expect T1 resolution due 2026-03-06 21:00\n  expect credit for ticket T<|>1 resolution is none',
      );
    const m = marked(source);
    expect(service.definition(m.document, m.position)).toEqual([{ uri: m.document.uri, range: m.ranges[0] }]);
    expect(service.references(m.document, m.position)).toHaveLength(4);
  });

  it('finds every reference, with or without the declaration', () => {
    const source = contract.replace('objective uptime', 'objective <<uptime>>').replace('credits for uptime', 'credits for <<up<|>time>>');
    const m = marked(source);
    expect(service.references(m.document, m.position).map((l) => l.range)).toEqual(m.ranges);
    expect(service.references(m.document, m.position, { includeDeclaration: false }).map((l) => l.range)).toEqual([m.ranges[1]]);
    expect(service.documentHighlights(m.document, m.position).map((h) => h.kind)).toEqual([3, 2]);
  });

  it('finds nothing on a keyword', () => {
    const m = marked(contract.replace('credits for uptime', 'cre<|>dits for uptime'));
    expect(service.definition(m.document, m.position)).toEqual([]);
    expect(service.references(m.document, m.position)).toEqual([]);
  });
});

describe('rename', () => {
  it('prepares on a name with its range and current spelling', () => {
    const m = marked(contract.replace('tier Gold "Gold"', 'tier <<Go<|>ld>> "Gold"'));
    expect(service.prepareRename(m.document, m.position)).toEqual({ range: m.ranges[0], placeholder: 'Gold' });
    const k = marked(contract.replace('tier Gold "Gold"', 'ti<|>er Gold "Gold"'));
    expect(service.prepareRename(k.document, k.position)).toBeNull();
  });

  it('renames the declaration and every reference', () => {
    const source = contract
      .replace('calendar office nl', 'calendar <<office>> nl')
      .replace('  calendar office\n', '  calendar <<off<|>ice>>\n');
    const m = marked(source);
    const edit = service.rename(m.document, m.position, 'business_hours')!;
    expect(edit.changes![m.document.uri]).toEqual(m.ranges.map((range) => ({ range, newText: 'business_hours' })));
  });

  it('refuses invalid names, keywords and names already taken', () => {
    const m = marked(contract.replace('priority P2 "High"', 'priority P<|>2 "High"'));
    expect(() => service.rename(m.document, m.position, '2fast')).toThrow(UserError);
    expect(() => service.rename(m.document, m.position, 'within')).toThrow(/keyword/);
    expect(() => service.rename(m.document, m.position, 'P1')).toThrow(/already exists/);
    expect(service.rename(m.document, m.position, 'High')!.changes![m.document.uri]).toHaveLength(4); // with credits per ticket
  });
});
