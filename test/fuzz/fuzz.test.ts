/**
 * A short, deterministic run of the project's mutation fuzzer (scripts/fuzz): a few hundred mutants
 * of every example and fixture through the whole pipeline, in process. `npm run fuzz` runs many
 * thousands, each under a time bound in a worker thread, and minimises what it finds.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, mutantAt, signature } from '../../scripts/fuzz/campaign.js';
import { checkMutant } from '../../scripts/fuzz/check.js';
import { root } from '../hostile/helpers.js';

const SEED = 20261201;
const COUNT = 100;

describe('mutation fuzzer', () => {
  const corpus = loadCorpus(root);

  it('covers every example and fixture', () => {
    expect([...corpus.filter((c) => c.path.startsWith('examples/')).map((c) => c.path)].sort()).toEqual(
      // Folders of several files (examples/managed-it/) included.
      readdirSync(join(root, 'examples'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.sla'))
        .map((f) => `examples/${f.replace(/\\/g, '/')}`)
        .sort(),
    );
    expect(corpus.length).toBeGreaterThan(40);
  });

  it('gives the same mutants for the same seed', () => {
    expect(mutantAt(SEED, 7, corpus)).toEqual(mutantAt(SEED, 7, corpus));
    expect(mutantAt(SEED, 7, corpus).text).not.toBe(mutantAt(SEED, 8, corpus).text);
  });

  it(`finds no failure in ${COUNT} mutants (seed ${SEED})`, () => {
    const failures: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      const m = mutantAt(SEED, i, corpus);
      for (const f of checkMutant(m.base.text, m.text, m.positions)) {
        failures.push(`${signature(f)} — mutant ${i} of ${m.base.path}; replay: npm run fuzz -- --seed ${SEED} --replay ${i}`);
      }
    }
    expect(failures).toEqual([]);
  }, 180_000); // 20–40 s; the bound leaves room for a machine shared with other work
});
