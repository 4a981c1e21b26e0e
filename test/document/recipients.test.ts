/**
 * Report recipients, warning recipients and escalation contacts are texts like the step roles: a
 * single string is a name or address (the same in both documents); a role is written per language,
 * and a language that is missing shows the marker and a missing-translation warning.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/analyze.js';
import { renderDocument } from '../../compiler/document/index.js';
import { format } from '../../compiler/format.js';
import { contract, modelOf } from './helpers.js';

const body = (warnTo: string, contact: string, reportTo: string) => `priority P1 nl "Kritiek" en "Critical"

targets {
  calendar office
  response P1 within 30 minutes
  resolution P1 within 4 business hours
}

credits per ticket {
  resolution P1 credit EUR 100
}

escalation incidents nl "Escalatie" en "Escalation" {
  warn at 75% of resolution time to ${warnTo}
  step 1 nl "Coördinator" en "Coordinator" after 2 business hours on office contact ${contact}
}

reporting {
  report nl "Maandrapportage" en "Monthly report" monthly to ${reportTo}
}
`;

const render = (source: string, lang: 'nl' | 'en') => renderDocument(modelOf(source), { lang, format: 'md' });

describe('recipients and contacts in both languages', () => {
  const bilingual = contract(
    body(
      'nl "Servicemanager" en "Service manager"',
      'nl "Servicedesk, tel. 030 555 0100" en "Service desk, phone +31 30 555 0100"',
      'nl "Contractmanager gemeente" en "Municipality contract manager"',
    ),
  );

  it('prints each in the language of the document', () => {
    const nl = render(bilingual, 'nl');
    const en = render(bilingual, 'en');
    expect(nl).toContain('stuurt de Dienstverlener een waarschuwing aan Servicemanager');
    expect(nl).toContain('| Servicedesk, tel. 030 555 0100 |');
    expect(nl).toContain('| Contractmanager gemeente |');
    expect(en).toContain('the Provider sends a warning to Service manager');
    expect(en).toContain('| Service desk, phone +31 30 555 0100 |');
    expect(en).toContain('| Municipality contract manager |');
    expect(en).not.toMatch(/Servicemanager|Contractmanager gemeente|Servicedesk, tel/);
    expect(analyze(bilingual).diagnostics.filter((d) => d.code === 'missing-translation')).toEqual([]);
  });

  it('keeps a single string as a name or address that reads the same in both documents', () => {
    const plain = contract(body('"Jan de Vries"', '"servicedesk@acme-it.nl"', '"Stuurgroep ICT"'));
    expect(analyze(plain).diagnostics.filter((d) => d.code === 'missing-translation')).toEqual([]);
    for (const lang of ['nl', 'en'] as const) {
      const doc = render(plain, lang);
      expect(doc).toContain('Jan de Vries');
      expect(doc).toContain('servicedesk@acme-it.nl');
      expect(doc).toContain('| Stuurgroep ICT |');
      expect(doc).not.toContain('[missing');
      expect(doc).not.toContain('[ontbreekt');
    }
  });

  it('marks a role written only in Dutch in the English document, and warns where it stands', () => {
    const dutch = contract(body('nl "Servicemanager"', 'nl "Servicedesk"', 'nl "Contractmanager"'));
    const warnings = analyze(dutch).diagnostics.filter((d) => d.code === 'missing-translation');
    const lines = dutch.split('\n');
    expect(warnings.map((d) => lines[d.range.start.line - 1]!.trim().split(' ')[0])).toEqual(['warn', 'step', 'report']);
    expect(warnings.every((d) => d.message.includes('no en version'))).toBe(true);
    const en = render(dutch, 'en');
    const marker = '**\\[missing: English text\\]**';
    expect(en).toContain(`the Provider sends a warning to ${marker}`);
    expect(en).toContain(`| Coordinator | 2 hours (within the service window Office hours) | ${marker} |`);
    expect(en).toContain(`| Monthly report | monthly | ${marker} |`);
    expect(render(dutch, 'nl')).toContain('een waarschuwing aan Servicemanager');
  });

  it('formats to the same text (both forms)', () => {
    for (const [source, line] of [
      [
        contract(body('nl "Servicemanager" en "Service manager"', 'nl "A" en "B"', 'nl "C" en "D"')),
        'report nl "Maandrapportage" en "Monthly report" monthly to nl "C" en "D"',
      ],
      [contract(body('"X"', '"y@z.nl"', '"W"')), 'report nl "Maandrapportage" en "Monthly report" monthly to "W"'],
    ]) {
      const once = format(source!);
      expect(once.diagnostics).toEqual([]);
      expect(once.text).toContain(line);
      expect(format(once.text).text).toBe(once.text);
    }
  });
});
