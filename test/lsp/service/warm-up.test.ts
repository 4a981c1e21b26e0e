import { describe, expect, it } from 'vitest';
import { analyze } from '../../../compiler/analyze.js';
import { inSteps } from '../../../lsp/service/steps.js';
import { SAMPLE } from '../../../lsp/service/warm-up.js';
import { contract, hoverText, newService } from '../helpers.js';

describe('the server warm-up', () => {
  it('runs on a contract without errors that has a calendar with public holidays and an availability objective', () => {
    const { diagnostics, model } = analyze(SAMPLE);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model?.calendars.some((c) => c.spec.holidays.length > 0)).toBe(true);
    expect(model?.objectives.map((o) => o.measure.kind)).toContain('availability');
  });

  it('changes no answer: a hover reads the same after it', async () => {
    const cursor = contract.replace('at least 99.9% per month', 'at least 99.<|>9% per month');
    const before = hoverText(newService(), cursor);
    const service = newService();
    await inSteps(() => service.warmUp());
    expect(hoverText(service, cursor)).toBe(before);
    expect(before).toContain('Allowed downtime');
  });
});
