/**
 * describeClause builds only the clause it words. The hover used to build the whole document view,
 * computing the allowed downtime of every objective to word one (2–5 s on a large contract). Here
 * another objective's calendar is made impossible to compute: wording the first must not touch it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/analyze.js';
import { describeClause, renderDocument } from '../../compiler/document/index.js';

const contract = `agreement "T" {
  provider "P"
  customer "C"
  term 2026-01-01 to 2026-12-31
  languages en
  timezone Europe/Amsterdam
}
service A "A"
service B "B"
calendar early "Early" {
  timezone Europe/Amsterdam
  monday to friday 08:00 to 18:00
}
calendar late "Late" {
  timezone Europe/Amsterdam
  monday to friday 09:00 to 17:00
}
objective upA "A up" {
  availability of service A at least 99.5% per month on early
}
objective upB "B up" {
  availability of service B at least 99.5% per month on late
}
`;

describe('describeClause', () => {
  it('computes the allowed downtime of the clause it words only', () => {
    const model = analyze(contract).model!;
    const late = model.calendars.find((c) => c.name === 'late')!;
    late.spec = { ...late.spec, zone: 'Nowhere/Zone' };
    expect(() => renderDocument(model, { lang: 'en', format: 'md' })).toThrow(/unknown time zone/);
    expect(describeClause(model, { kind: 'objective', name: 'upA' }, 'en')).toContain('allowed downtime');
  });
});
