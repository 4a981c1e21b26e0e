/** Every scenario of every example runs through the engine and passes. */
import { describe, expect, it } from 'vitest';
import { runScenarios } from '../../compiler/scenarios.js';
import { exampleText, examples, modelOf } from './helpers.js';

describe.each(examples)('scenarios of examples/%s.sla', (name) => {
  const model = modelOf(exampleText(name));
  it('has scenarios', () => expect(model.scenarios.length).toBeGreaterThan(0));
  for (const result of runScenarios(model, { file: `${name}.sla` })) {
    it(`${result.title} (line ${result.line})`, () => {
      const failures = result.expectations.filter((e) => !e.passed).map((e) => `line ${e.line}: ${e.text}: expected ${e.expected}, got ${e.actual}`);
      expect([...result.problems, ...failures]).toEqual([]);
      expect(result.expectations.length).toBeGreaterThan(0);
      expect(result.passed).toBe(true);
    });
  }
});
