/**
 * The compiled module and the in-process engine give byte-identical reports on every example's
 * data: in memory (`evaluate(data, options)`) and streamed from the files (`createEvaluation`).
 * The module runs from dist/ (through the package's `slac/runtime` export), the in-process engine
 * from the TypeScript sources, so this also checks that the build matches the sources.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emitEvaluator } from '../../compiler/emit/evaluator.js';
import { toRuntimeContract } from '../../compiler/emit/runtime-contract.js';
import { Evaluation, evaluate, type EvaluateOptions } from '../../runtime/evaluate/engine.js';
import type { Report } from '../../runtime/evaluate/report.js';
import { evaluateFiles, type DataFile } from '../../runtime/files.js';
import { formatOfPath, kindOfPath } from '../../runtime/data/read.js';
import type { Dataset } from '../../runtime/data/types.js';
import { exampleDataFiles, exampleDataset, exampleText, examples, modelOf, root } from './helpers.js';

interface CompiledModule {
  evaluate(data: Dataset, options?: EvaluateOptions): Report;
  createEvaluation(options?: EvaluateOptions): Evaluation;
  metadata: { objectives: string[] };
}

const outDir = join(root, 'out', 'test-differential');

async function compile(name: string, text = exampleText(name)): Promise<CompiledModule> {
  const { js, dts } = emitEvaluator(modelOf(text), `examples/${name}.sla`);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${name}.mjs`);
  writeFileSync(file, js);
  writeFileSync(join(outDir, `${name}.d.ts`), dts);
  return (await import(/* @vite-ignore */ `${pathToFileURL(file).href}?v=${Date.now()}`)) as CompiledModule;
}

const optionSets: Array<[string, EvaluateOptions]> = [
  ['all periods', {}],
  ['March 2026', { period: '2026-03' }],
  ['now at the end of March', { period: '2026-03', now: '2026-03-31T18:00:00+02:00' }],
];

describe.each(examples)('examples/%s', (name) => {
  it('compiled module = in-process engine, in memory and streamed', async () => {
    const files = exampleDataFiles(name);
    expect(files.length).toBeGreaterThan(0);
    const mod = await compile(name);
    const contract = toRuntimeContract(modelOf(exampleText(name)), `examples/${name}.sla`);
    const data = await exampleDataset(name);
    const dataFiles: DataFile[] = files.map((path) => ({ path, kind: kindOfPath(path)!, format: formatOfPath(path)! }));
    for (const [, options] of optionSets) {
      const inProcess = JSON.stringify(evaluate(contract, data, options));
      const compiled = JSON.stringify(mod.evaluate(data, options));
      expect(compiled).toBe(inProcess);
      const a = new Evaluation(contract, options);
      await evaluateFiles(
        a,
        dataFiles.map((f) => ({ ...f, path: join(root, f.path) })),
      );
      const b = mod.createEvaluation(options);
      await evaluateFiles(
        b,
        dataFiles.map((f) => ({ ...f, path: join(root, f.path) })),
      );
      const streamed = JSON.stringify(a.finish());
      expect(JSON.stringify(b.finish())).toBe(streamed);
      // Something was evaluated, and the data is clean.
      const report = JSON.parse(inProcess) as Report;
      expect(report.objectives.length + report.tickets.length).toBeGreaterThan(0);
      expect(Object.values(report.data.rejected).reduce((x, y) => x + y, 0)).toBe(0);
    }
    expect(mod.metadata.objectives).toEqual(contract.objectives.map((o) => o.name));
  });
});

/**
 * The constructs no example's data reaches (custom fields, on-time shares, percentiles, special
 * opening hours, maintenance windows, unknown field values): all-constructs.sla on made-up data.
 */
describe('test/fixtures/good/all-constructs.sla', () => {
  it('compiled module = in-process engine', async () => {
    const text = readFileSync(join(root, 'test/fixtures/good/all-constructs.sla'), 'utf8');
    const mod = await compile('all-constructs', text);
    const contract = toRuntimeContract(modelOf(text), 'examples/all-constructs.sla');
    const ticket = (id: string, priority: string, team: string, day: number, hours: number) => ({
      id,
      priority,
      tier: 'Gold',
      channel: 'incident',
      fields: { team },
      created: `2026-12-${String(day).padStart(2, '0')}T09:00:00+01:00`,
      responded: `2026-12-${String(day).padStart(2, '0')}T09:20:00+01:00`,
      resolved: `2026-12-${String(day).padStart(2, '0')}T${String(9 + hours).padStart(2, '0')}:00:00+01:00`,
    });
    const data: Dataset = {
      tickets: [
        ticket('A', 'P1', 'Netwerk', 23, 2),
        ticket('B', 'P2', 'Netwerk', 24, 6),
        ticket('C', 'P1', 'Werkplek', 28, 9),
        ticket('D', 'P1', 'Servicedesk', 29, 1),
      ],
      contacts: [
        { channel: 'phone', arrived: '2026-12-24T12:30:00+01:00', answered: '2026-12-24T12:30:20+01:00', language: 'nl' },
        {
          channel: 'phone',
          arrived: '2026-12-25T11:00:00+01:00',
          answered: '2026-12-25T11:00:40+01:00',
          language: 'nl',
          cause: 'calamity',
        },
      ],
      outages: [{ service: 'Portal', start: '2026-12-27T02:00:00+01:00', end: '2026-12-27T06:30:00+01:00', kind: 'planned' }],
    };
    for (const options of [{}, { period: '2026-12' }, { period: '2026-12', now: '2026-12-29T09:30:00+01:00' }] as EvaluateOptions[]) {
      const inProcess = JSON.stringify(evaluate(contract, data, options));
      expect(JSON.stringify(mod.evaluate(data, options))).toBe(inProcess);
      const report = JSON.parse(inProcess) as Report;
      expect(report.data.unknownValues.map((u) => u.value)).toEqual(['Servicedesk']);
      expect(report.objectives.some((o) => o.detail.kind === 'time' && o.sli !== null)).toBe(true);
    }
  });
});
