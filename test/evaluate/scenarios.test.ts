/** Every scenario of every example (and of the lifecycle and all-constructs fixtures) runs through the engine and passes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenarios } from '../../compiler/scenarios.js';
import { exampleText, examples, modelOf, root } from './helpers.js';

const sources: Array<[string, string]> = [
  ...examples.map((name): [string, string] => [`examples/${name}.sla`, exampleText(name)]),
  ...['test/fixtures/good/lifecycle.sla', 'test/fixtures/good/all-constructs.sla'].map((file): [string, string] => [
    file,
    readFileSync(join(root, file), 'utf8'),
  ]),
];

describe.each(sources)('scenarios of %s', (file, text) => {
  const name = file.replace(/^.*\//, '').replace(/\.sla$/, '');
  const model = modelOf(text);
  it('has scenarios', () => expect(model.scenarios.length).toBeGreaterThan(0));
  for (const result of runScenarios(model, { file: `${name}.sla` })) {
    it(`${result.title} (line ${result.line})`, () => {
      const failures = result.expectations
        .filter((e) => !e.passed)
        .map((e) => `line ${e.line}: ${e.text}: expected ${e.expected}, got ${e.actual}`);
      expect([...result.problems, ...failures]).toEqual([]);
      expect(result.expectations.length).toBeGreaterThan(0);
      expect(result.passed).toBe(true);
    });
  }
});
