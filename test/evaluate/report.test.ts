/** Reports on every example's data validate against runtime/schemas/report.json; they are deterministic; the text form is a table. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import AjvModule from 'ajv';
import { toRuntimeContract } from '../../compiler/emit/runtime-contract.js';
import { Evaluation, type EvaluateOptions } from '../../runtime/evaluate/engine.js';
import { renderText } from '../../runtime/evaluate/text.js';
import { evaluateFiles } from '../../runtime/files.js';
import { formatOfPath, kindOfPath } from '../../runtime/data/read.js';
import { reportSchema } from '../../runtime/data/validate.js';
import type { Report } from '../../runtime/evaluate/report.js';
import { exampleDataFiles, exampleText, examples, modelOf, root } from './helpers.js';

type AjvClass = typeof import('ajv').default;
const Ajv = ((AjvModule as unknown as { default?: AjvClass }).default ?? AjvModule) as AjvClass;
const validate = new Ajv({ allErrors: true, strict: true }).compile(reportSchema);

async function reportOf(name: string, options: EvaluateOptions): Promise<Report> {
  const ev = new Evaluation(toRuntimeContract(modelOf(exampleText(name)), `${name}.sla`), options);
  await evaluateFiles(
    ev,
    exampleDataFiles(name).map((path) => ({ path: join(root, path), kind: kindOfPath(path)!, format: formatOfPath(path)! })),
  );
  return ev.finish();
}

describe.each(examples)('report of examples/%s', (name) => {
  for (const [label, options] of [
    ['all periods', {}],
    ['2026-03 with now', { period: '2026-03', now: '2026-03-31T18:00:00+02:00' }],
  ] as Array<[string, EvaluateOptions]>) {
    it(`validates against report.json (${label})`, async () => {
      const report = await reportOf(name, options);
      const ok = validate(JSON.parse(JSON.stringify(report)));
      expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
      expect(ok).toBe(true);
      // Deterministic: the same input gives the same bytes.
      expect(JSON.stringify(await reportOf(name, options))).toBe(JSON.stringify(report));
      const text = renderText(report);
      expect(text).toContain(report.contract.provider);
      if (report.objectives.length > 0) expect(text).toMatch(/^objective +period +measured +target +margin +result$/m);
    });
  }
});

describe('report schema', () => {
  it('rejects a report with a missing section', async () => {
    const report = (await reportOf(examples[0]!, {})) as unknown as Record<string, unknown>;
    delete report['credits'];
    expect(validate(report)).toBe(false);
  });

  it('every breach and every credit carries an explanation with source lines', async () => {
    for (const name of examples) {
      const r = await reportOf(name, {});
      for (const o of r.objectives.filter((x) => x.met === false)) {
        expect(o.explain.length, `${name} ${o.objective} ${o.period}`).toBeGreaterThan(0);
        expect(o.explain.every((e) => e.line === null || e.line > 0)).toBe(true);
      }
      for (const c of [...r.credits, ...r.bonuses].filter((x) => x.band !== null)) {
        expect(c.explain.some((e) => e.rule.endsWith('.band') && e.line === c.band!.line)).toBe(true);
      }
      for (const t of r.tickets) {
        for (const clock of [t.response, t.resolution]) {
          if (clock?.status === 'breached') expect(clock.explain.map((e) => e.rule)).toContain('ticket.deadline');
        }
      }
    }
  });
});
