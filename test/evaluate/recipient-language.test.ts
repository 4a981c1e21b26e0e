/** Warning recipients and escalation contacts in the report: in the report's language, a name as written. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../runtime/evaluate/engine.js';
import { contractOf, sla } from './helpers.js';

const c = contractOf(
  sla(`priority P1 "P1"
targets {
  calendar office
  response P1 within 1 business hour
  resolution P1 within 8 business hours
}
escalation ops "Ops" {
  warn at 50% of resolution time to nl "Teamleider" en "Team lead"
  warn at 75% of resolution time to "Jan de Vries"
  step 1 "Service manager" after 2 business hours on office contact nl "Servicedesk, toestel 100" en "Service desk, extension 100"
  step 2 "Director" after 7 business hours on office contact "director@example.com"
}
`).replace('languages en', 'languages nl, en'),
);
const ticket = { id: 'T1', priority: 'P1', created: '2026-03-02T09:00:00+01:00', responded: '2026-03-02T09:30:00+01:00' };
const now = { now: '2026-03-02T15:00:00+01:00' };

describe('recipients and contacts in the report', () => {
  it('are given in the language asked for (English by default); a name or address stays as written', () => {
    for (const [language, lead, desk] of [
      [undefined, 'Team lead', 'Service desk, extension 100'],
      ['nl', 'Teamleider', 'Servicedesk, toestel 100'],
    ] as const) {
      const options = language ? { language } : {};
      // Monday 15:00: 6 of 8 business hours used (both warnings reached), step 1 after 2 hours reached.
      const r = evaluate(c, { tickets: [ticket] }, { ...now, ...options });
      expect(r.open[0]!.clocks.find((x) => x.kind === 'resolution')!.warnings.map((w) => [w.to, w.reached])).toEqual([
        [lead, true],
        ['Jan de Vries', true],
      ]);
      expect(r.tickets[0]!.escalation.map((e) => [e.step, e.contact])).toEqual([[1, desk]]);
      // Tuesday 10:00: 9 business hours, step 2 after 7 hours reached.
      const later = evaluate(c, { tickets: [ticket] }, { now: '2026-03-03T10:00:00+01:00', ...options });
      expect(later.tickets[0]!.escalation.map((e) => [e.step, e.contact])).toEqual([[2, 'director@example.com']]);
    }
  });
});
