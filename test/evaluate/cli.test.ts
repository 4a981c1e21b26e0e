/** `slac compile`, `slac evaluate` and `slac test`, run in-process through the CLI's `run` (and once as a real process). */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../runtime/evaluate/report.js';
import { exampleDataFiles, root, sla, slac } from './helpers.js';

const tmp = join(root, 'out', 'test-cli');
mkdirSync(tmp, { recursive: true });

describe('slac compile', () => {
  it('writes <name>.mjs and its types that plain Node can import through slac/runtime', async () => {
    const r = await slac('compile', 'examples/saas-platform.sla', '-o', 'out/test-cli');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(['mjs', 'd.ts', 'd.mts'].map((ext) => `wrote ${join('out/test-cli', `saas-platform.${ext}`)}\n`).join(''));
    const script = `import('./out/test-cli/saas-platform.mjs').then((m) => {
      const r = m.evaluate({ outages: [{ service: 'Platform', start: '2026-03-10T02:00:00+01:00', end: '2026-03-10T02:45:00+01:00', kind: 'unplanned' }] }, { period: '2026-03' });
      process.stdout.write(JSON.stringify([m.metadata.provider, r.credits.find((c) => c.objective === 'platform_uptime').granted.percentOfFee]));
    });`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(['Wolkenveld Software B.V.', 10]);
  });

  it('its types check under TypeScript NodeNext', () => {
    writeFileSync(
      join(tmp, 'use.ts'),
      "import { evaluate, metadata } from './saas-platform.mjs';\nconst r = evaluate({ outages: [] }, { period: '2026-03' });\nexport const n: number = r.objectives.length;\nexport const p: string = metadata.provider;\n",
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    execFileSync(
      process.execPath,
      [
        tsc,
        '--noEmit',
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        '--skipLibCheck',
        join(tmp, 'use.ts'),
      ],
      { cwd: root },
    );
  });

  it('is deterministic and points back to .sla lines', async () => {
    await slac('compile', 'examples/managed-it.sla', '-o', 'out/test-cli/a');
    await slac('compile', 'examples/managed-it.sla', '-o', 'out/test-cli/b');
    const a = readFileSync(join(tmp, 'a/managed-it.mjs'), 'utf8');
    expect(readFileSync(join(tmp, 'b/managed-it.mjs'), 'utf8')).toBe(a);
    expect(a).toMatch(/\/\/ managed-it\.sla line \d+: objective uptime/);
    expect(a.match(/^import .*$/gm)).toEqual(['import { bindContract } from "slac/runtime";']);
  });

  it('refuses a contract with errors (exit 1)', async () => {
    const r = await slac('compile', 'test/cli/fixtures/checker-errors.sla', '-o', 'out/test-cli');
    expect(r.code).toBe(1);
  });
});

describe('slac evaluate', () => {
  const data = exampleDataFiles('managed-it');

  it('prints a JSON report; breaches do not change the exit code', async () => {
    const r = await slac('evaluate', 'examples/managed-it.sla', '--data', ...data, '--period', '2026-03');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.options.period).toBe('2026-03');
    expect(report.objectives.some((o) => o.met === false)).toBe(true);
    expect(report.data.supplied).toEqual(['ticket', 'outage', 'measurement']);
  });

  it('prints a summary table with --format text', async () => {
    const r = await slac(
      'evaluate',
      'examples/managed-it.sla',
      '--data',
      ...data,
      '--period',
      '2026-03',
      '--now',
      '2026-03-31T18:00:00+02:00',
      '--format',
      'text',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Objectives\nobjective');
    expect(r.stdout).toContain('Open tickets at 2026-03-31T18:00:00+02:00');
    // The notification list: warnings and escalation steps reached, in time order, with whom they tell.
    expect(r.stdout).toContain('Notifications (warnings and escalation steps reached, in time order)');
    expect(r.stdout).toMatch(/^2026-03-06T17:00:00\+01:00 +MW-1 +incidents step 1 +Service desk coordinator \(servicedesk@acme-it\.nl\)$/m);
    expect(r.stdout).toMatch(/^2026-03-30T12:30:00\+02:00 +MW-6 +75% of resolution time +-$/m);
  });

  it('reports bad rows and still evaluates the rest; --strict stops at the first (exit 1)', async () => {
    const contract = join(tmp, 'bad-data.sla');
    writeFileSync(
      contract,
      sla(
        'priority P1 "P1"\ntargets {\n  response P1 within 30 minutes on always\n  resolution P1 within 4 hours on always\n}\ncredits per ticket {\n  resolution P1 credit EUR 100\n}\n',
      ),
    );
    const loose = await slac('evaluate', contract, '--data', 'test/fixtures/data/bad/tickets.ndjson', '--format', 'text');
    expect(loose.code).toBe(0);
    expect(loose.stdout).toContain(
      'Data: 2 tickets, 8 rejected\n  test/fixtures/data/bad/tickets.ndjson: 10 read = 2 accepted + 8 rejected + 0 skipped\n',
    );
    const json = await slac('evaluate', contract, '--data', 'test/fixtures/data/bad/tickets.ndjson');
    expect(json.stderr).toBe(
      'test/fixtures/data/bad/tickets.ndjson: 10 read = 2 accepted + 8 rejected + 0 skipped\nwarning: 8 records rejected; see data.problems in the report\n',
    );
    expect(loose.stdout).toContain(
      "  error: test/fixtures/data/bad/tickets.ndjson:2: created: timestamp '2026-06-01T09:00:00' has no UTC offset",
    );
    const strict = await slac('evaluate', contract, '--data', 'test/fixtures/data/bad/tickets.ndjson', '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('error: test/fixtures/data/bad/tickets.ndjson:2: created: timestamp');
  });

  it('reports statuses managed-it.sla does not know with counts and lines, never as a silent breach; --strict stops (exit 1)', async () => {
    const data = 'test/fixtures/data/unknown-statuses/tickets.ndjson';
    const json = await slac('evaluate', 'examples/managed-it.sla', '--data', data);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.data.unknownValues.map((u) => [u.field, u.value, u.count, u.file, u.line, u.id])).toEqual([
      ['status', 'Parked', 2, data, 1, 'U1'],
      ['status', 'Finished', 1, data, 1, 'U1'],
    ]);
    expect(report.tickets.map((t) => t.resolution?.status)).toEqual(['uncertain', 'uncertain']);
    expect(report.ticketSummary.resolutionBreached).toBe(0);
    const text = await slac('evaluate', 'examples/managed-it.sla', '--data', data, '--format', 'text');
    expect(text.stdout).toMatch(
      /^status +Parked +2 +test\/fixtures\/data\/unknown-statuses\/tickets\.ndjson:1 \(ticket U1\) +'Parked' is not a status of the contract/m,
    );
    expect(text.stdout).not.toMatch(/^breached/m);
    const strict = await slac('evaluate', 'examples/managed-it.sla', '--data', data, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("tickets.ndjson:1: events/0/status: unknown status 'Parked'");
  });

  it('usage and I/O problems exit 2', async () => {
    expect((await slac('evaluate', 'examples/managed-it.sla', '--data', 'examples/data/managed-it/unknown.ndjson')).code).toBe(2);
    expect((await slac('evaluate', 'examples/managed-it.sla', '--data', 'tickets=examples/data/managed-it/tickets.txt')).code).toBe(2);
    expect((await slac('evaluate', 'examples/managed-it.sla', '--data', ...data, '--period', 'March')).code).toBe(2);
    expect((await slac('evaluate', 'examples/managed-it.sla', '--data', ...data, '--now', '2026-03-31 18:00')).stderr).toContain(
      'no UTC offset',
    );
    const missing = await slac('evaluate', 'examples/managed-it.sla', '--data', 'tickets-missing.ndjson');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read 'tickets-missing.ndjson': no such file");
    expect((await slac('evaluate', 'examples/managed-it.sla')).code).toBe(2);
  });
});

describe('slac test', () => {
  it('passes the examples (exit 0)', async () => {
    const r = await slac('test', 'examples/contact-centre.sla', 'examples/saas-platform.sla');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ scenarios: \d+ passed, 0 failed$/m);
  });

  it('reports a failing expectation with the difference (exit 1)', async () => {
    const file = join(tmp, 'failing.sla');
    writeFileSync(
      file,
      sla(`service S "S"
priority P1 "P1"
targets {
  response P1 within 30 minutes on always
  resolution P1 within 4 hours on always
}
objective up "Up" {
  availability of service S at least 99.9% per month on always
}
credits for up {
  below 99.9% credit 5% of monthly fee
}
scenario "44 minutes cost nothing" {
  outage of S from 2026-03-10 02:00 to 2026-03-10 02:44
  expect credit for up in 2026-03 is none
}
scenario "wrong on purpose" {
  outage of S from 2026-03-10 02:00 to 2026-03-10 02:50
  expect up in 2026-03 met
  expect credit for up in 2026-03 is none
}
`),
    );
    const r = await slac('test', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  ok    44 minutes cost nothing');
    expect(r.stdout).toContain('  FAIL  wrong on purpose');
    expect(r.stdout).toContain(
      'expect up in 2026-03 met\n          expected: met\n          actual:   breached (99.8878% against at least 99.9%)',
    );
    expect(r.stdout).toContain('actual:   5% of monthly fee (EUR 500.00) at 99.8878, band below 99.9');
    expect(r.stdout).toContain('2 scenarios: 1 passed, 1 failed');
    const json = await slac('test', file, '--format', 'json');
    expect(JSON.parse(json.stdout)[0].scenarios.map((s: { passed: boolean }) => s.passed)).toEqual([true, false]);
  });

  it('a contract with errors fails (exit 1), an unreadable one is a usage error (exit 2)', async () => {
    expect((await slac('test', 'test/cli/fixtures/checker-errors.sla')).code).toBe(1);
    expect((await slac('test', 'nowhere.sla')).code).toBe(2);
    expect(existsSync(join(root, 'nowhere.sla'))).toBe(false);
  });
});
