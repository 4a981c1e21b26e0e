/** norm-without-consequence on the lifecycle clocks: next reply and update are norms of their own. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/analyze.js';

const contract = (credits: string) => `agreement "Test" {
  provider "Provider"
  customer "Customer"
  term 2026-01-01 to 2026-12-31
  monthly fee EUR 1000
  languages en
  timezone Europe/Amsterdam
}
priority P1
targets {
  response P1 within 1 hours
  resolution P1 within 4 hours
  next reply P1 within 2 hours
  update P1 every 2 hours
}
credits per ticket {
${credits}
}
`;
const warnings = (credits: string) =>
  analyze(contract(credits))
    .diagnostics.filter((d) => d.code === 'norm-without-consequence')
    .map((d) => d.message.replace(/:.*/, ''));

describe('norm-without-consequence on ticket clocks', () => {
  it('a resolution band covers response and resolution, not next reply and update', () => {
    expect(warnings('  resolution P1 credit EUR 100')).toEqual([
      'the next reply time of P1 has no consequence',
      'the update time of P1 has no consequence',
    ]);
  });
  it('a band of their own clock covers next reply and update', () => {
    expect(warnings('  resolution P1 credit EUR 100\n  next reply P1 credit EUR 20\n  update P1 credit EUR 20')).toEqual([]);
  });
});
