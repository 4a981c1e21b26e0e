/**
 * `npm run fuzz -- --seed N --count M --minutes K`: a seeded mutation fuzzer over every example and
 * fixture. Each mutant runs in a worker thread under a time bound (a hang is cut off and reported);
 * each distinct failure is printed with its seed and mutant number, minimised, and written to the
 * output folder as a reproducer (`<kind>-<n>.sla` with a `.txt` that says what failed).
 *
 *   --seed N       first seed (default 1)            --count M    mutants to run (default 2000)
 *   --minutes K    stop after K minutes instead       --timeout MS per-mutant bound (default 10000:
 *                                                    a whole example takes 1–3 s on a busy machine)
 *   --out DIR      reproducers (default fuzz-out)     --replay I   run only mutant I of the seed
 *   --minimise S   seconds to minimise each failure (default 20)
 *
 * Exit code 0 when no failure was found, 1 otherwise.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadCorpus, minimise, mutantAt, signature } from './campaign.js';
const root = fileURLToPath(new URL('../../../', import.meta.url));
function options(argv) {
    const get = (name) => {
        const i = argv.indexOf(`--${name}`);
        return i >= 0 ? argv[i + 1] : undefined;
    };
    const num = (name, fallback) => {
        const v = get(name);
        if (v === undefined)
            return fallback;
        const n = Number(v);
        if (!Number.isFinite(n) || n < 0)
            throw new Error(`--${name} needs a number, got '${v}'`);
        return n;
    };
    const minutes = num('minutes', 0);
    return {
        seed: num('seed', 1),
        count: num('count', minutes > 0 ? Infinity : 2000),
        minutes,
        timeout: num('timeout', 10_000),
        out: get('out') ?? join(root, 'fuzz-out'),
        replay: get('replay') === undefined ? null : num('replay', 0),
        minimiseMs: num('minimise', 20) * 1000,
    };
}
/** One worker at a time; a mutant that runs past the bound ends it and a fresh one takes over. */
class Runner {
    timeoutMs;
    warm;
    worker = null;
    next = 0;
    /** `warm`: a clean contract the worker checks once before it is timed. */
    constructor(timeoutMs, warm) {
        this.timeoutMs = timeoutMs;
        this.warm = warm;
    }
    spawn() {
        this.worker ??= new Promise((resolve) => {
            const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: this.warm });
            w.once('message', () => resolve(w));
        });
        return this.worker;
    }
    /** A mutant that misses the bound gets a second chance, six times as long, in a fresh worker: on a busy machine slow is not hung. */
    async check(base, text, positions, part = null) {
        const first = await this.attempt(base, text, positions, part, this.timeoutMs);
        if (first === null) {
            this.slow++;
            const again = await this.attempt(base, text, positions, part, this.timeoutMs * 6);
            return (again ?? [
                {
                    kind: 'hang',
                    stage: 'pipeline',
                    message: `no answer within ${this.timeoutMs} ms, nor within ${this.timeoutMs * 6} ms on a second try`,
                },
            ]);
        }
        return first;
    }
    /** Mutants that missed the bound once. */
    slow = 0;
    async attempt(base, text, positions, part, timeoutMs) {
        const worker = await this.spawn();
        const id = ++this.next;
        return new Promise((resolve) => {
            const timer = setTimeout(() => {
                worker.off('message', onMessage);
                void worker.terminate();
                this.worker = null;
                resolve(null);
            }, timeoutMs);
            const onMessage = (msg) => {
                if (msg.id !== id)
                    return;
                clearTimeout(timer);
                worker.off('message', onMessage);
                resolve(msg.failures);
            };
            worker.on('message', onMessage);
            worker.postMessage({ id, base, text, positions, part });
        });
    }
    async close() {
        await (await this.worker)?.terminate();
    }
}
const printable = (s) => JSON.stringify(s.length > 160 ? `${s.slice(0, 160)}…` : s);
async function main() {
    const o = options(process.argv.slice(2));
    const corpus = loadCorpus(root);
    const runner = new Runner(o.timeout, corpus.find((c) => c.path === 'test/fixtures/good/all-constructs.sla')?.text ?? corpus[0].text);
    rmSync(o.out, { recursive: true, force: true });
    mkdirSync(o.out, { recursive: true });
    const started = Date.now();
    const stopAt = o.minutes > 0 ? started + o.minutes * 60_000 : Infinity;
    const first = new Map();
    const counts = new Map();
    let run = 0;
    const indices = o.replay !== null ? [o.replay] : null;
    for (let i = 0; indices ? run < 1 : i < o.count && Date.now() < stopAt; i++) {
        const m = mutantAt(o.seed, indices ? indices[0] : i, corpus);
        const failures = await runner.check(m.base.text, m.text, m.positions);
        run++;
        for (const f of failures) {
            const sig = signature(f);
            counts.set(sig, (counts.get(sig) ?? 0) + 1);
            if (!first.has(sig)) {
                first.set(sig, { m, f });
                console.log(`FAILURE ${f.kind} in ${f.stage}: ${f.message}\n  seed ${o.seed} mutant ${m.index} of ${m.base.path}: npm run fuzz -- --seed ${o.seed} --replay ${m.index}`);
            }
        }
        if (run % 500 === 0)
            console.log(`… ${run} mutants, ${first.size} distinct failures, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    const seconds = (Date.now() - started) / 1000;
    // Minimise each distinct failure and write its reproducer.
    let n = 0;
    const byKind = new Map();
    for (const [sig, { m, f }] of first) {
        byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + counts.get(sig));
        const small = f.kind === 'hang' ? m.text : await minimise(m, f, (b, t, p, part) => runner.check(b, t, p, part), o.minimiseMs);
        const name = `${f.kind}-${++n}`;
        writeFileSync(join(o.out, `${name}.sla`), small);
        writeFileSync(join(o.out, `${name}.txt`), `${f.kind} in ${f.stage}: ${f.message}\nseed ${o.seed} mutant ${m.index} of ${m.base.path} (${counts.get(sig)} mutants with this failure)\nreplay: npm run fuzz -- --seed ${o.seed} --replay ${m.index}\nminimised from ${m.text.length} to ${small.length} characters: ${printable(small)}\n`);
    }
    await runner.close();
    console.log(`\n${run} mutants of ${corpus.length} files in ${seconds.toFixed(1)} s (seed ${o.seed}, bound ${o.timeout} ms per mutant; ${runner.slow} missed it once and were retried)`);
    if (first.size === 0)
        console.log('no failures');
    for (const [kind, mutants] of byKind)
        console.log(`  ${kind}: ${mutants} mutants`);
    if (first.size > 0)
        console.log(`${first.size} distinct failures, reproducers in ${o.out}`);
    return first.size > 0 ? 1 : 0;
}
main().then((code) => {
    process.exitCode = code;
}, (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
});
