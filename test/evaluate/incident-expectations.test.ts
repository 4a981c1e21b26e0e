/**
 * Scenario expectations on credits per ticket and per outage and on repeated-breach rules
 * (`expect credit for ticket …`, `expect credit for outage of …`, `expect improvement plan …`,
 * `expect termination …`): run through `slac test`, checked by the checker, kept by `slac fmt`.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/analyze.js';
import { format } from '../../compiler/format.js';
import { runScenarios } from '../../compiler/scenarios.js';
import { root, sla, slac } from './helpers.js';

const contract = (scenarios: string) =>
  sla(`service S "S"
priority P1 "P1"
priority P2 "P2"
targets {
  response P1 within 30 minutes on always
  resolution P1 within 4 hours on always
  response P2 within 1 hour on always
  resolution P2 within 8 hours on always
}
objective up "Up" {
  availability of service S at least 99.9% per month on always
  excluding customer caused
}
objective other "Other" {
  availability of service S at least 95% per month on always
}
credits for up {
  below 99.9% credit 5% of monthly fee
}
credits per outage for up {
  at least 30 minutes credit 2% of monthly fee
  at least 2 hours credit EUR 750
}
credits per ticket {
  resolution P1 credit EUR 250
  response P1, P2 credit EUR 100
  at most EUR 350 per month
}
legal {
  improvement plan for up, other after 2 consecutive breaches within 10 working days
  termination for up after 3 consecutive breaches
}
${scenarios}`);

/** The line of the contract (with these scenarios) that holds the text. */
const lineOf = (scenarios: string, text: string) =>
  contract(scenarios)
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;
const planLine = lineOf('', 'improvement plan for up');
const terminationLine = lineOf('', 'termination for up');

function results(scenarios: string) {
  const a = analyze(contract(scenarios));
  expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return runScenarios(a.model!).flatMap((s) => s.expectations);
}

describe('expect credit for ticket', () => {
  const scenario = `scenario "late P1 tickets" {
  // T1: response 40 min > 30 min, resolution 5 h > 4 h: EUR 100 + EUR 250
  ticket T1 priority P1 created 2026-03-02 10:00 responded 2026-03-02 10:40 resolved 2026-03-02 15:00
  // T2: response 45 min > 30 min: EUR 100, but the month's cap of EUR 350 leaves nothing for it
  ticket T2 priority P1 created 2026-03-03 10:00 responded 2026-03-03 10:45 resolved 2026-03-03 11:00
  // T3: in time
  ticket T3 priority P2 created 2026-03-04 10:00 responded 2026-03-04 10:30 resolved 2026-03-04 12:00
  expect credit for ticket T1 resolution is EUR 250
  expect credit for ticket T1 response is EUR 100
  expect credit for ticket T2 response is none
  expect credit for ticket T3 response is none
  expect credit for ticket T1 resolution is EUR 200
  expect credit for ticket T3 resolution is EUR 250
}`;

  it('compares the credit granted after caps, per ticket and clock', () => {
    const r = results(scenario);
    expect(r.map((e) => e.passed)).toEqual([true, true, true, true, false, false]);
    expect(r[4]).toMatchObject({ text: 'expect credit for ticket T1 resolution is EUR 200', expected: 'EUR 200' });
    expect(r[4]!.actual).toMatch(/^2\.5% of monthly fee \(EUR 250\.00\) \(band resolution P1: EUR 250(\.00)?, line \d+\)$/);
    expect(r[5]).toMatchObject({ expected: 'EUR 250', actual: 'none' });
  });

  it('says when a cap took the credit', () => {
    const r = results(scenario.replace('expect credit for ticket T2 response is none', 'expect credit for ticket T2 response is EUR 100'));
    expect(r[2]!.passed).toBe(false);
    expect(r[2]!.actual).toMatch(/^none, capped \(band response P1/);
  });
});

describe('expect credit for outage of', () => {
  const scenario = (expects: string) => `scenario "two outages in March" {
  outage of S from 2026-03-10 02:00 to 2026-03-10 02:45
  outage of S from 2026-03-20 10:00 to 2026-03-20 12:30
  outage of S from 2026-03-25 10:00 to 2026-03-25 10:20
  outage of S from 2026-03-15 08:00 to 2026-03-15 09:00 customer caused
${expects}
}`;

  it('finds the outage counted at the instant named and compares its credit', () => {
    const r = results(
      scenario(`  expect credit for outage of up from 2026-03-10 02:00 is 2% of monthly fee
  expect credit for outage of up from 2026-03-20 11:00 is EUR 750
  expect credit for outage of up from 2026-03-25 10:00 is none
  expect credit for outage of up from 2026-03-10 02:00 is 5% of monthly fee`),
    );
    expect(r.map((e) => e.passed)).toEqual([true, true, true, false]);
    expect(r[3]!.expected).toBe('5% of monthly fee');
    expect(r[3]!.actual).toBe(
      `2% of monthly fee (EUR 200.00) (outage 2026-03-10T02:00:00+01:00 … 2026-03-10T02:45:00+01:00, band at least 30 minutes: 2% of monthly fee, line ${lineOf('', 'at least 30 minutes')})`,
    );
  });

  it('lists the credited outages when none is counted at that instant (an excluded outage)', () => {
    const r = results(scenario('  expect credit for outage of up from 2026-03-15 08:00 is 2% of monthly fee'));
    expect(r[0]!.passed).toBe(false);
    expect(r[0]!.actual).toBe(
      'no credited outage of up at 2026-03-15T08:00:00+01:00 (credited: 2026-03-10T02:00:00+01:00 … 2026-03-10T02:45:00+01:00, 2026-03-20T10:00:00+01:00 … 2026-03-20T12:30:00+01:00)',
    );
  });
});

describe('expect improvement plan / termination', () => {
  const months = `  // 60 minutes in March, April and May: below 99.9% each month (Other, 95%, is met)
  outage of S from 2026-03-03 10:00 to 2026-03-03 11:00
  outage of S from 2026-04-07 10:00 to 2026-04-07 11:00
  outage of S from 2026-05-05 10:00 to 2026-05-05 11:00`;

  it('holds when the rule is first triggered by the period named, or not at all', () => {
    const r = results(`scenario "three months" {
${months}
  expect improvement plan for up in 2026-04
  expect termination for up in 2026-05
  expect improvement plan for other none
  expect termination for up in 2026-04
  expect improvement plan for up none
}`);
    expect(r.map((e) => e.passed)).toEqual([true, true, true, false, false]);
    expect(r[3]).toMatchObject({
      expected: 'triggered in 2026-04',
      actual: `triggered in 2026-05 (consecutive breaches; breached 2026-03, 2026-04, 2026-05; rule line ${terminationLine})`,
    });
    expect(r[4]).toMatchObject({
      expected: 'not triggered',
      actual: `triggered in 2026-04 (consecutive breaches; breached 2026-03, 2026-04, 2026-05; rule line ${planLine})`,
    });
  });

  it('says when the rule is not triggered', () => {
    const r = results(`scenario "one month" {
  outage of S from 2026-03-03 10:00 to 2026-03-03 11:00
  expect termination for up in 2026-03
}`);
    expect(r[0]).toMatchObject({ passed: false, actual: `not triggered (breached 2026-03 of 1 periods; rule line ${terminationLine})` });
  });
});

describe('the checker', () => {
  const codes = (source: string) => analyze(source).diagnostics.map((d) => `${d.range.start.line}:${d.code}: ${d.message}`);
  const line = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;

  it('rejects unknown tickets and objectives, and expectations no clause can produce', () => {
    const source = contract(`scenario "names" {
  ticket T1 priority P1 created 2026-03-02 10:00
  expect credit for ticket T9 resolution is EUR 250
  expect credit for ticket T1 update is none
  expect credit for outage of upp from 2026-03-10 02:00 is none
  expect credit for outage of other from 2026-03-10 02:00 is none
  expect improvement plan for upp in 2026-04
  expect termination for other none
  outage of S from 2026-03-10 02:00 to 2026-03-10 02:45
  expect credit for outage of up from 2026-03-10 02:45 is none
}`);
    const found = codes(source);
    expect(found).toEqual([
      `${line(source, 'ticket T9')}:unknown-reference: no ticket 'T9' is declared before this line in the scenario`,
      `${line(source, 'T1 update')}:missing-clause: no credit per ticket is agreed for the update time: add \`credits per ticket { update P1 credit EUR 100 }\` or expect another clock`,
      expect.stringMatching(new RegExp(`^${line(source, 'outage of upp')}:unknown-reference: .*'upp'.*`)),
      `${line(source, 'outage of other')}:missing-clause: 'other' has no credits per outage: add \`credits per outage for other { at least 30 minutes credit 5% of monthly fee }\``,
      expect.stringMatching(new RegExp(`^${line(source, 'plan for upp')}:unknown-reference: .*'upp'.*`)),
      `${line(source, 'termination for other')}:missing-clause: no termination rule names 'other': add it to a \`termination for …\` line in the \`legal\` block`,
      `${line(source, 'from 2026-03-10 02:45')}:unknown-reference: no outage of this scenario is under way at 2026-03-10 02:45: name an instant from an \`outage of …\` line above`,
    ]);
  });

  it('rejects an expected credit in a unit that is no amount', () => {
    expect(
      codes(
        contract(`scenario "unit" {
  ticket T1 priority P1 created 2026-03-02 10:00
  expect credit for ticket T1 resolution is 4 hours
}`),
      ).some((c) => c.includes('unit-mismatch')),
    ).toBe(true);
  });
});

describe('slac fmt and slac test', () => {
  const scenario = `scenario "all three" {
  ticket T1 priority P1 created 2026-03-02 10:00 responded 2026-03-02 10:40 resolved 2026-03-02 15:00
  outage of S from 2026-03-10 02:00 to 2026-03-10 02:45
  expect credit for ticket   T1 resolution is EUR 250
  expect credit   for outage of up from  2026-03-10 02:00 is 2% of monthly fee
  expect improvement plan for up   none
  expect termination for up in 2026-03
}`;

  it('formats the expectations canonically and idempotently', () => {
    const once = format(contract(scenario));
    expect(once.diagnostics).toEqual([]);
    expect(once.text).toContain('  expect credit for ticket T1 resolution is EUR 250\n');
    expect(once.text).toContain('  expect credit for outage of up from 2026-03-10 02:00 is 2% of monthly fee\n');
    expect(once.text).toContain('  expect improvement plan for up none\n');
    expect(once.text).toContain('  expect termination for up in 2026-03\n');
    expect(format(once.text).text).toBe(once.text);
  });

  it('reports a failing expectation with expected and actual (exit 1)', async () => {
    const dir = join(root, 'out', 'test-incident-expectations');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'incidents.sla');
    const text = format(contract(scenario)).text;
    writeFileSync(file, text);
    const rule = text.split('\n').findIndex((l) => l.includes('termination for up')) + 1;
    const r = await slac('test', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  FAIL  all three');
    expect(r.stdout).toContain(
      `expect termination for up in 2026-03\n          expected: triggered in 2026-03\n          actual:   not triggered (breached 2026-03 of 1 periods; rule line ${rule})`,
    );
    expect(r.stdout).not.toContain('expect credit for ticket T1 resolution is EUR 250\n          expected');
  });
});
