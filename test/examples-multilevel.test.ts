/**
 * The multilevel example (examples/managed-it/): every file checks clean through the program
 * loader and is in the canonical layout, the SLA's document names its underpinning agreements in
 * an annex, and its sample tickets evaluated across the levels show which level caused each breach.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../cli/main.js';
import type { CliIo } from '../cli/io.js';
import { renderDocument } from '../compiler/document/index.js';
import { format } from '../compiler/format.js';
import { Program } from '../compiler/program.js';
// A Program checks underpinning blocks once the check is loaded (as the command line does).
import '../compiler/underpinning/program-check.js';
import type { LevelBreach } from '../runtime/evaluate/levels.js';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'examples/managed-it');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.sla'))
  .sort();

describe('examples/managed-it/', () => {
  const program = new Program();

  it('is the SLA, the network OLA, the hardware UC and the definitions they share', () => {
    expect(files).toEqual(['ola-network.sla', 'shared.sla', 'sla.sla', 'uc-hardware.sla']);
  });

  it.each(files)('%s checks without errors or warnings and is in the canonical layout', (file) => {
    const analysis = program.analyze(join(dir, file));
    expect(analysis.diagnostics).toEqual([]);
    if (file !== 'shared.sla') expect(analysis.model).not.toBeNull();
    const text = readFileSync(join(dir, file), 'utf8');
    expect(format(text).text).toBe(text);
  });

  it('names the underpinning agreements in an annex of the SLA, in Dutch and in English', () => {
    const model = program.analyze(join(dir, 'sla.sla')).model!;
    const nl = renderDocument(model, { lang: 'nl', format: 'md' });
    expect(nl).toMatch(/## Bijlage [A-H] Onderliggende overeenkomsten/);
    expect(nl).toContain(
      '| Operational Level Agreement Netwerkbeheer | Interne service level agreement (operational level agreement) | Netwerkbeheer Acme IT, voor Servicedesk Acme IT |',
    );
    expect(nl).toContain(
      'De oplostijd van prioriteit Kritiek in serviceniveau Vitaal steunt op Operational Level Agreement Netwerkbeheer, na overdracht binnen 30 minuten, daarna Onderhoudscontract Hardware (serviceniveau Spoed), na overdracht binnen 30 minuten.',
    );
    expect(nl).toContain('Samen komen hun normen uit op ten hoogste 99,7002%.');
    expect(nl).toContain('(artikel 6:76 BW)');
    const en = renderDocument(model, { lang: 'en', format: 'md' });
    expect(en).toMatch(/## Annex [A-H] Underpinning agreements/);
    expect(en).toContain('Together their targets come to at most 99.7002%.');
    // Each agreement renders on its own.
    for (const file of ['ola-network.sla', 'uc-hardware.sla']) {
      const own = renderDocument(program.analyze(join(dir, file)).model!, { lang: 'en', format: 'md' });
      expect(own).not.toContain('Underpinning agreements');
    }
  });
});

describe('evaluation across levels', () => {
  let out = '';
  let exit = -1;
  let breaches: LevelBreach[] = [];
  beforeAll(async () => {
    const io: CliIo = { stdout: (t) => void (out += t), stderr: () => {}, colorStdout: false, colorStderr: false };
    exit = await run(
      ['evaluate', 'examples/managed-it/sla.sla', '--with-underpinning', '--data', 'examples/data/managed-it/levels/tickets.ndjson'],
      io,
    );
    breaches = (JSON.parse(out) as { breaches: LevelBreach[] }).breaches;
  });

  it('runs the SLA and both agreements under it on the same tickets', () => {
    expect(exit).toBe(0);
    const levels = (JSON.parse(out) as { levels: Array<{ name: string; report: { ticketSummary: { total: number } } }> }).levels;
    expect(levels.map((l) => [l.name, l.report.ticketSummary.total])).toEqual([
      ['network', 6],
      ['hardware', 6],
    ]);
  });

  it('shows for each breach of the SLA which level caused it, or that none did', () => {
    expect(breaches.map((b) => [b.ticket, b.clock, b.causedBy])).toEqual([
      // P1 Vitaal: the supplier took 8 h of its 4 h around the clock.
      ['ML-2', 'resolution', ['hardware']],
      // P2: the network team used 8 h of its 4 business hours.
      ['ML-4', 'resolution', ['network']],
      // P1 Standaard: both levels were in time; the ticket lay at the service desk until the next morning.
      ['ML-6', 'resolution', []],
    ]);
    const ml6 = breaches[2]!;
    expect(ml6.levels.map((l) => [l.level, l.status, l.started, l.spentMs])).toEqual([
      ['network', 'met', '2026-03-25T09:00:00+01:00', 90 * 60_000],
      ['hardware', 'met', '2026-03-25T10:30:00+01:00', 150 * 60_000],
    ]);
  });
});
