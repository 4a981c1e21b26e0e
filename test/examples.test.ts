import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../compiler/analyze.js';
import { format } from '../compiler/format.js';

const dir = join(import.meta.dirname, '../examples');
const examples = readdirSync(dir)
  .filter((f) => f.endsWith('.sla'))
  .sort();

describe('examples', () => {
  it('are the four contracts of the language issue and the Dutch service desk of the lifecycle issue', () => {
    expect(examples).toEqual(['contact-centre.sla', 'internal-ola.sla', 'managed-it.sla', 'saas-platform.sla', 'servicedesk-nl.sla']);
  });

  it.each(examples)('%s checks without errors or warnings and has a model', (file) => {
    const result = analyze(readFileSync(join(dir, file), 'utf8'));
    expect(result.diagnostics).toEqual([]);
    expect(result.model).not.toBeNull();
  });

  it.each(examples)('%s is in the canonical layout', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(format(text).text).toBe(text);
  });
});
