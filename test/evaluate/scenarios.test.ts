/** Every scenario of every example runs through the engine and passes. */
import { describe, expect, it } from 'vitest';
import { runScenarios } from '../../compiler/scenarios.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleText, examples, modelOf, root } from './helpers.js';

const allConstructs = 'test/fixtures/good/all-constructs.sla';

describe.each([...examples, allConstructs])('scenarios of %s', (name) => {
  const model = modelOf(name === allConstructs ? readFileSync(join(root, name), 'utf8') : exampleText(name));
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
