/** What a fuzzing run is made of: the corpus, the n-th mutant of a seed, failure signatures, minimising. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { partOf } from './check.js';
import { mutant, rng } from './mutate.js';
/** Every example and every .sla fixture, in a fixed order. */
export function loadCorpus(root) {
    const files = [];
    const walk = (dir) => {
        for (const name of readdirSync(dir).sort()) {
            const path = join(dir, name);
            if (statSync(path).isDirectory())
                walk(path);
            else if (name.endsWith('.sla'))
                files.push(path);
        }
    };
    walk(join(root, 'examples'));
    walk(join(root, 'test'));
    return files.map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
}
/** The index-th mutant of a seed: each has its own generator, so any one can be replayed alone. */
export function mutantAt(seed, index, corpus) {
    const r = rng((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
    const m = mutant(r, corpus.map((c) => c.text));
    const positions = [0, 1, 2].map(() => r.int(m.text.length + 1));
    return { index, base: corpus[m.base], text: m.text, positions };
}
/** Failures that are the same defect: kind, stage and message with its numbers and quotes blurred. */
export function signature(f) {
    return `${f.kind}|${f.stage}|${f.message
        .replace(/'[^']*'/g, "'…'")
        .replace(/\d+/g, 'N')
        .slice(0, 120)}`;
}
/**
 * Delta debugging on lines, then on characters: the smallest text (within the time budget) that
 * still fails with the same signature.
 */
export async function minimise(m, failure, check, budgetMs) {
    const want = signature(failure);
    const deadline = Date.now() + budgetMs;
    const part = partOf(failure.stage);
    const fails = async (text) => (await check(m.base.text, text, m.positions.map((p) => Math.min(p, text.length)), part)).some((f) => signature(f) === want);
    let text = m.text;
    for (const unit of ['line', 'char']) {
        let parts = unit === 'line' ? text.split(/(?<=\n|\r(?!\n))/) : [...text];
        let chunk = Math.max(1, Math.floor(parts.length / 2));
        while (chunk >= 1 && Date.now() < deadline) {
            let removed = false;
            for (let i = 0; i < parts.length && Date.now() < deadline;) {
                const candidate = [...parts.slice(0, i), ...parts.slice(i + chunk)];
                if (candidate.length < parts.length && (await fails(candidate.join('')))) {
                    parts = candidate;
                    removed = true;
                }
                else
                    i += chunk;
            }
            if (!removed)
                chunk = Math.floor(chunk / 2);
        }
        text = parts.join('');
    }
    return text;
}
