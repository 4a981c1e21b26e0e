import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../compiler/analyze.js';
import { Program } from '../../compiler/program.js';
// A Program checks underpinning blocks once the check is loaded (as the command line does).
import '../../compiler/underpinning/program-check.js';
import { scenarioDiagnostics } from '../../compiler/scenario-diagnostics.js';
import { runScenarios } from '../../compiler/scenarios.js';
import { diagnosticCodes } from '../../diagnostics/index.js';

const dir = join(import.meta.dirname, '../fixtures/check');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.sla'))
  .sort();

function expectedCodes(text: string): string[] {
  const m = /^\/\/ expect: (.*)$/m.exec(text);
  return (m?.[1] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .sort();
}

describe('checker fixtures', () => {
  it('has a bad fixture for every diagnostic code the analyzer can produce', () => {
    const covered = new Set(fixtures.flatMap((f) => expectedCodes(readFileSync(join(dir, f), 'utf8'))));
    // io-error is the CLI's: a file that cannot be read never reaches the analyzer (test/cli covers it);
    // sql-unsupported is the SQL emitter's (test/sql covers it with test/fixtures/sql).
    const outside = new Set(['io-error', 'sql-unsupported']);
    const missing = Object.keys(diagnosticCodes).filter((c) => !outside.has(c) && !covered.has(c));
    expect(missing).toEqual([]);
  });

  // A fixture may import files of test/fixtures/check/imports/ (the import diagnostics).
  it.each(fixtures)('%s gives exactly the expected codes', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const analysis = new Program().analyze(join(dir, file));
    // Scenario failures come from running the scenarios (slac test, the language server).
    const failures = analysis.model ? scenarioDiagnostics(analysis.document, runScenarios(analysis.model)) : [];
    const codes = [...new Set([...analysis.diagnostics, ...failures].map((d) => d.code))].sort();
    expect(codes).toEqual(expectedCodes(text));
  });
});

const base = `agreement "T" {
  provider "P"
  customer "C"
  term 2026-01-01 to 2026-12-31
  languages en
}
calendar office { timezone Europe/Amsterdam  monday to friday 09:00 to 17:00 }
`;

function diagnosticsOf(src: string) {
  return analyze(base + src).diagnostics;
}

describe('checker messages', () => {
  it('suggests the closest name and offers a fix that replaces the reference', () => {
    const [d] = diagnosticsOf('priority P1\ntargets { response P1 within 1 hours on ofice\n resolution P1 within 2 hours on office }');
    expect(d?.code).toBe('unknown-reference');
    expect(d?.message).toContain("did you mean 'office'?");
    expect(d?.fix?.edits[0]?.newText).toBe('office');
    expect(d?.range.start.line).toBe(9);
  });

  it('points a duplicate at its first declaration', () => {
    const [d] = diagnosticsOf('calendar office { timezone UTC  every day }');
    expect(d?.code).toBe('duplicate-name');
    expect(d?.related[0]?.message).toBe('first declared here');
    expect(d?.related[0]?.range.start.line).toBe(7);
  });

  it('explains conditions that a target or a credit per ticket cannot take, and a conditioned target given twice', () => {
    const messages = diagnosticsOf(
      `field team "Team" values "Netwerk"
priority P1
targets {
  response P1 within 1 hour
  resolution P1 within 4 hours
  resolution P1 within 2 hours for priority P1
  resolution P1 within 8 hours for team "Netwerk"
  resolution P1 within 6 hours for team "Netwerk"
}
credits per ticket { resolution P1 credit EUR 100 for tier Gold }`,
    ).map((d) => `${d.code}: ${d.message}`);
    expect(messages).toContain('misplaced-clause: a target cannot be restricted by priority: the line names its priorities already');
    expect(messages).toContain('duplicate-clause: the resolution target of P1 for team "Netwerk" is given twice');
    expect(messages).toContain('misplaced-clause: a credit cannot be restricted by tier: a credit per ticket applies to every tier');
  });

  it('suggests a time zone', () => {
    const [d] = diagnosticsOf('calendar x { timezone Europe/Amsterdm  every day }');
    expect(d?.fix?.edits[0]?.newText).toBe('Europe/Amsterdam');
  });

  it('does not mistake P2 for a typo of P1', () => {
    const d = diagnosticsOf('priority P1\ntargets { response P2 within 1 hours on office\n resolution P1 within 2 hours on office }').find(
      (x) => x.code === 'unknown-reference',
    );
    expect(d?.message).toBe("unknown priority 'P2' (declared: P1)");
    expect(d?.fix).toBeUndefined();
  });

  it('keeps percentages, money and durations apart', () => {
    const codes = diagnosticsOf(
      'service W\nobjective up { availability of service W at least EUR 5 per month on office }\npriority P1\ntargets { response P1 within 99% on office\n resolution P1 within 2 hours on office }',
    ).map((d) => `${d.code}:${d.message.split(',')[0]}`);
    expect(codes).toEqual([
      'unit-mismatch:an availability target must be a percentage such as `99.9%`',
      'unit-mismatch:a response target must be a duration such as `4 hours`',
    ]);
  });

  it('accepts 24:00 as the end of the day and rejects it as a start', () => {
    expect(diagnosticsOf('calendar late { timezone UTC  monday 18:00 to 24:00 }')).toEqual([]);
    expect(diagnosticsOf('calendar late { timezone UTC  monday 24:00 to 24:00 }').map((d) => d.code)).toContain('invalid-date');
  });

  it('compares the response and resolution of a tier with the defaults merged in', () => {
    const ds = diagnosticsOf(
      'priority P1\ntargets { response P1 within 4 hours on office }\ntier Gold { resolution P1 within 2 hours on office }',
    );
    expect(ds.map((d) => d.code)).toEqual(['resolution-before-response']);
  });

  it('reports syntax errors without running the checker', () => {
    const ds = analyze('agreement "x" {\n provider "p"\n term 2026-01-01 2026-12-31\n}\n').diagnostics;
    expect(ds.map((d) => d.code)).toEqual(['syntax-error']);
    expect(ds[0]?.message).toBe("expected 'to' after '2026-01-01', found '2026-12-31'");
  });
});
